/** UI strings of <ladder-checklist>; part of LadderStrings (see src/strings.ts). */
import type { RatingPoint, RatingsMarkdownLabels } from '../../model/ratings.js';

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

export interface ChecklistStrings extends RatingsMarkdownLabels {
  checklistTitle: (levelTitle: string) => string;
  checklistIntro: string;
  /** The default scale, lowest first (a `.scale` property replaces it). */
  ratingScale: readonly RatingPoint[];
  exampleDone: string;
  notePlaceholder: string;
  fromLevel: (levelId: string, levelTitle: string, count: number) => string;
  summaryHeading: string;
  ratedCount: (rated: number, total: number) => string;
  applyingCount: (applying: number, total: number) => string;
  doneCount: (done: number, total: number) => string;
  pointCount: (label: string, count: number) => string;
  readinessMet: (levelTitle: string) => string;
  readinessTopics: (levelTitle: string) => string;
  readinessUnrated: (count: number) => string;
  readinessLowest: (count: number, label: string) => string;
  readinessTopShare: (percent: number, needed: number, label: string) => string;
  readinessRedFlags: (count: number) => string;
  readinessNote: string;
  compareNext: string;
  gapHeading: (levelTitle: string) => string;
  gapNothing: string;
  gapBack: (levelTitle: string) => string;
  actionsLabel: string;
  copyMarkdown: string;
  markdownCopied: string;
  markdownCopyFailed: string;
  downloadJson: string;
  importJson: string;
  print: string;
  reset: string;
  cancel: string;
  importInvalid: (fileName: string) => string;
  importConfirm: (count: number, replacing: number) => string;
  importOtherLadder: (ladderId: string) => string;
  importConfirmButton: string;
  imported: (count: number) => string;
  resetConfirm: (count: number) => string;
  resetConfirmButton: string;
  resetDone: string;
  storageBlocked: string;
  storageFull: string;
  storageCorruptKept: (reason: string, key: string) => string;
  storageCorruptUnsaved: (reason: string) => string;
  orphans: (count: number) => string;
}

export const checklistStrings: ChecklistStrings = {
  checklistTitle: (title) => `Self-assessment: ${title}`,
  checklistIntro:
    'Rate yourself against each expectation to prepare a 1:1 or a promotion conversation. It is a starting point for talking with your manager, not a test: leave what you are unsure about as a question.',
  ratingScale: [
    { value: 'not-yet', label: 'Not yet' },
    { value: 'sometimes', label: 'Sometimes' },
    { value: 'consistently', label: 'Consistently' },
  ],
  notApplicable: 'Not applicable',
  notRated: 'Not rated',
  redFlagApplies: 'Applies to me',
  redFlagDoesNotApply: 'Does not apply',
  exampleDone: 'I have done this',
  noteLabel: 'Note',
  notePlaceholder: 'Evidence, links…',
  fromLevel: (id, title, n) => `From ${id} · ${title} (${n})`,
  summaryHeading: 'Where you stand',
  ratedCount: (rated, total) => `${rated} of ${total} ${s(total, 'expectation', 'expectations')} rated`,
  applyingCount: (n, total) => `${n} of ${total} red ${s(total, 'flag applies', 'flags apply')} to you`,
  doneCount: (n, total) => `${n} of ${total} ${s(total, 'example', 'examples')} done`,
  pointCount: (label, n) => `${label}: ${n}`,
  readinessMet: (title) => `Your ratings match the readiness rule for ${title}: a good moment to talk it through with your manager.`,
  readinessTopics: (title) => `Worth talking through for ${title}:`,
  readinessUnrated: (n) => `${n} ${s(n, 'expectation', 'expectations')} not rated yet`,
  readinessLowest: (n, label) => `${n} ${s(n, 'expectation', 'expectations')} rated “${label}”`,
  readinessTopShare: (percent, needed, label) =>
    `“${label}” for ${percent}% of the applicable expectations (the rule looks for ${needed}%)`,
  readinessRedFlags: (n) => `${n} red ${s(n, 'flag', 'flags')} you feel ${s(n, 'applies', 'apply')}`,
  readinessNote: 'This is an aid for the conversation, not a score: your team may set the rule differently.',
  compareNext: 'Compare with the next level',
  gapHeading: (title) => `What ${title} adds`,
  gapNothing: 'The next level adds no new expectations.',
  gapBack: (title) => `Back to ${title}`,
  actionsLabel: 'Checklist actions',
  copyMarkdown: 'Copy as Markdown',
  markdownCopied: 'Copied as Markdown.',
  markdownCopyFailed: 'Copying is not allowed here. Select the text below and copy it.',
  downloadJson: 'Download JSON',
  importJson: 'Import JSON',
  print: 'Print',
  reset: 'Reset',
  cancel: 'Cancel',
  importInvalid: (name) => `“${name}” cannot be imported:`,
  importConfirm: (n, replacing) =>
    `Import ${n} saved ${s(n, 'item', 'items')}? ${replacing ? `${replacing} of them would replace what you have entered.` : 'Nothing you have entered is replaced.'} Everything else stays as it is.`,
  importOtherLadder: (id) => `The file was made for another ladder (“${id}”).`,
  importConfirmButton: 'Import',
  imported: (n) => `${n} ${s(n, 'item', 'items')} imported.`,
  resetConfirm: (n) =>
    `Clear your ratings and notes for the ${n} ${s(n, 'item', 'items')} of this checklist? This cannot be undone; download JSON first to keep a copy.`,
  resetConfirmButton: 'Clear ratings',
  resetDone: 'Ratings cleared.',
  storageBlocked:
    'This browser does not let the page save data: your ratings stay only while the page is open. Download JSON to keep them.',
  storageFull: 'This browser’s storage for the site is full: your latest changes are not saved. Download JSON to keep them.',
  storageCorruptKept: (reason, key) =>
    `Your saved ratings could not be read (${reason}). They were set aside, unchanged, under “${key}” in this browser’s storage; new ratings are saved as usual.`,
  storageCorruptUnsaved: (reason) =>
    `Your saved ratings could not be read (${reason}), and this checklist does not save so as not to overwrite them. Download JSON to keep your new ratings.`,
  orphans: (n) =>
    `${n} saved ${s(n, 'rating refers', 'ratings refer')} to expectations that are no longer in this ladder. ${s(n, 'It is', 'They are')} kept, and included when you download JSON.`,
};
