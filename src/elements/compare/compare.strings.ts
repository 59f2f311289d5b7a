/** UI strings of <ladder-compare>; part of LadderStrings (see src/strings.ts). */
export interface CompareStrings {}

export const compareStrings: CompareStrings = {};
