// Stories for <ladder-review> (CSF3 for web components): the bundled ladder's L4, with assessments
// written here in the shape a checklist's "Download JSON" gives. Nothing is saved by any of them.
import { html, nothing } from 'lit';
import '../src/elements/review/review.js';
import { getRegisteredLadder } from '../src/data/registry.js';
import type { Ratings } from '../src/model/ratings.js';
import type { ReviewAssessment } from '../src/model/review.js';
import { orderedItems, resolveLevel } from '../src/model/resolve.js';

interface Args {
  level?: string;
  theme?: 'light' | 'dark';
  assessments: ReviewAssessment[];
}

const ladder = getRegisteredLadder('engineering')!;
const LEVEL = 'L4';
const kinds = new Map(ladder.sections.map((s) => [s.id, s.kind]));
const items = orderedItems(resolveLevel(ladder, LEVEL));
const ofKind = (kind: string) => items.filter((i) => kinds.get(i.sectionId) === kind).map((i) => i.id);
const expectations = ofKind('expectation');
const redFlags = ofKind('red-flag');
const examples = ofKind('example');

const at = Date.UTC(2026, 4, 1);
const file = (ratings: Ratings, exportedAt = '2026-05-01T09:30:00.000Z') => ({
  version: 1,
  ladder: ladder.id,
  level: LEVEL,
  exportedAt,
  ratings,
});

/** Self: most expectations consistently, a few sometimes, one red flag, two examples. */
const self: Ratings = Object.fromEntries([
  ...expectations.slice(0, 24).map((id, i) => [
    id,
    {
      value: i % 5 === 4 ? 'sometimes' : 'consistently',
      updatedAt: at,
      ...(i === 0 ? { note: 'Led the billing split: https://example.com/doc' } : {}),
    },
  ]),
  [redFlags[0], { applies: true, note: 'Came up in my last review.', updatedAt: at }],
  ...examples.slice(0, 2).map((id) => [id, { done: true, updatedAt: at }]),
]);

/** Manager: agrees on most, differs on some ratings, not on the red flag, one example. */
const manager: Ratings = Object.fromEntries([
  ...expectations.slice(0, 28).map((id, i) => [
    id,
    {
      value: i % 7 === 3 ? 'not-yet' : i % 5 === 4 || i % 6 === 1 ? 'sometimes' : 'consistently',
      updatedAt: at,
      ...(i === 1 ? { note: 'Design reviews still need a second reviewer.' } : {}),
    },
  ]),
  ...examples.slice(0, 1).map((id) => [id, { done: true, updatedAt: at }]),
]);

/** A peer: rated only a handful. */
const peer: Ratings = Object.fromEntries(
  expectations.slice(0, 8).map((id, i) => [id, { value: i < 5 ? 'consistently' : 'sometimes', updatedAt: at }]),
);

export default {
  title: 'Elements/Review',
  component: 'ladder-review',
  args: { assessments: [] },
  render: (args: Args) =>
    html`<ladder-review level=${args.level ?? nothing} theme=${args.theme ?? nothing} .assessments=${args.assessments}></ladder-review>`,
};

/** No files yet: "Open files…" picks several at once (nothing is saved). */
export const Empty = {};

/** Two assessments that agree on every item. */
export const Agreeing = {
  args: {
    assessments: [
      { label: 'Self', ratings: file(self) },
      { label: 'Manager', ratings: file(self, '2026-05-03T15:00:00.000Z') },
    ],
  },
};

/** Self and manager differ on some items: those come first, as the agenda. */
export const Disagreeing = {
  args: {
    assessments: [
      { label: 'Self', ratings: file(self) },
      { label: 'Manager', ratings: file(manager, '2026-05-03T15:00:00.000Z') },
    ],
  },
};

/** Three columns: self, manager and a peer. */
export const ThreeAssessments = {
  args: {
    assessments: [...Disagreeing.args.assessments, { label: 'Peer', ratings: file(peer, '2026-05-02T11:00:00.000Z') }],
  },
};

/** One file is not a ratings file: its problems are listed with their JSON paths; the others are still compared. */
export const BrokenFile = {
  args: {
    assessments: [
      ...Disagreeing.args.assessments,
      {
        label: 'ratings (edited by hand).json',
        ratings: '{\n  "version": 1,\n  "ratings": {\n    "x": { "value": "consistently", },\n  }\n}',
      },
      { label: 'old-format.json', ratings: { version: 1, ratings: { [expectations[0]!]: { value: 3, updatedAt: 'last week' } } } },
    ],
  },
};

export const DarkTheme = { args: { ...Disagreeing.args, theme: 'dark' } };
