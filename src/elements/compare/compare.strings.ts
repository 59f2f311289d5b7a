/** UI strings of <ladder-compare>; part of LadderStrings (see src/strings.ts). */
// biome-ignore lint/suspicious/noEmptyInterface: the element fills it in
export interface CompareStrings {}

export const compareStrings: CompareStrings = {};
