/** UI strings of <ladder-checklist>; part of LadderStrings (see src/strings.ts). */
export interface ChecklistStrings {}

export const checklistStrings: ChecklistStrings = {};
