/** UI strings of <ladder-checklist>; part of LadderStrings (see src/strings.ts). */
// biome-ignore lint/suspicious/noEmptyInterface: the element fills it in
export interface ChecklistStrings {}

export const checklistStrings: ChecklistStrings = {};
