// Stories for <ladder-checklist> (CSF3 for web components). Each story saves its own ratings under
// its own storage-key before rendering, so every state looks the same on each visit. Every other arg
// is set as a property of the element (as Storybook's default render does), so every control
// changes the story.
import { withActions } from 'storybook/actions/decorator';
import '../src/elements/checklist/checklist.js';
import type { LadderChecklistElement } from '../src/elements/checklist/checklist.element.js';
import { getRegisteredLadder } from '../src/data/registry.js';
import { type RatingsStore, StoreError, type StoredRatings } from '../src/data/stores/ratings-store.js';
import type { Ratings, RatingScale } from '../src/model/ratings.js';
import type { ReadinessRule } from '../src/model/readiness.js';
import { orderedItems, resolveLevel } from '../src/model/resolve.js';

interface Args extends Partial<Pick<LadderChecklistElement, 'ladder' | 'src' | 'name' | 'strings'>> {
  level: string;
  storageKey: string;
  /** Saved before rendering: ratings, or raw text (to show unreadable data). */
  saved?: (ids: { expectations: string[]; redFlags: string[] }) => Ratings | string;
  compareTo?: string;
  syncUrl?: boolean;
  theme?: 'light' | 'dark';
  scale?: RatingScale;
  naLabel?: string;
  noNa?: boolean;
  readinessRule?: Partial<ReadinessRule>;
  /** A store of the host's own (`.store`). */
  store?: RatingsStore;
}

const ladder = getRegisteredLadder('engineering')!;
const storageName = (storageKey: string) => `ladder-elements:ratings:${ladder.id}:${storageKey}`;

function itemIds(level: string) {
  const kinds = new Map(ladder.sections.map((s) => [s.id, s.kind]));
  const items = orderedItems(resolveLevel(ladder, level));
  return {
    expectations: items.filter((i) => kinds.get(i.sectionId) === 'expectation').map((i) => i.id),
    redFlags: items.filter((i) => kinds.get(i.sectionId) === 'red-flag').map((i) => i.id),
  };
}

const rated = (ids: string[], value: string, note?: (i: number) => string | undefined): Ratings =>
  Object.fromEntries(ids.map((id, i) => [id, { value, note: note?.(i), updatedAt: Date.now() }]));

// "Storage unavailable": this story's key behaves as in a browser that blocks site data.
const BLOCKED = storageName('story-unavailable');
const { getItem, setItem } = Storage.prototype;
Storage.prototype.getItem = function (this: Storage, key: string) {
  if (key === BLOCKED) throw new DOMException('The operation is insecure.', 'SecurityError');
  return getItem.call(this, key);
};
Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
  if (key === BLOCKED) throw new DOMException('The operation is insecure.', 'SecurityError');
  setItem.call(this, key, value);
};

export default {
  title: 'Elements/Checklist',
  component: 'ladder-checklist',
  tags: ['autodocs'],
  args: { level: 'L4', storageKey: 'story-empty' },
  argTypes: {
    level: { control: 'select', options: ['L1', 'L2', 'L3', 'L4', 'L5', 'L9'] },
    compareTo: { control: 'select', options: [undefined, 'L2', 'L3', 'L4', 'L5'] },
    // Not a property: what the story saves before rendering.
    saved: { table: { disable: true } },
  },
  // Every rating, "applies to me", "done" and note shows up in the Actions panel.
  parameters: { actions: { handles: ['ladder-rating-change'] } },
  decorators: [withActions],
  render: ({ saved: save, ...properties }: Args) => {
    const key = storageName(properties.storageKey);
    if (key !== BLOCKED) {
      const saved = save?.(itemIds(properties.level));
      if (saved === undefined) localStorage.removeItem(key);
      else localStorage.setItem(key, typeof saved === 'string' ? saved : JSON.stringify({ version: 1, ratings: saved }));
    }
    const element = document.createElement('ladder-checklist');
    Object.assign(element, Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined)));
    return element;
  },
};

/** A long list as a new reader meets it: note boxes closed ("Add note"), inherited groups closed with their progress, the progress bar. */
export const Empty = {};

/** Does in the story's checklist what a reader would: `act` gets its shadow root once it has rendered. */
function act(what: (root: ShadowRoot) => void) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('ladder-checklist')!;
    await el.updateComplete;
    what(el.shadowRoot!);
    await el.updateComplete;
  };
}
const click = (root: ShadowRoot, selector: string) => root.querySelector<HTMLElement>(selector)?.click();

export const PartlyRated = {
  args: {
    storageKey: 'story-partly',
    saved: ({ expectations }: { expectations: string[] }) => ({
      ...rated(expectations.slice(0, 6), 'consistently', (i) =>
        i === 0 ? 'Design doc for the billing split: https://example.com/doc' : undefined,
      ),
      ...rated(expectations.slice(6, 10), 'sometimes'),
      ...rated(expectations.slice(10, 12), 'not-yet', () => 'Ask for a project where I can practise this.'),
    }),
  },
};

/** "Add note" pressed on the first row: its note box is open and focused. */
export const NoteOpened = { args: { storageKey: 'story-note-open' }, play: act((root) => click(root, '[data-action="add-note"]')) };

/** The first inherited group opened: "From L3 · 2 of 5 rated" and its rows. */
export const InheritedGroupOpened = {
  args: {
    storageKey: 'story-group-open',
    saved: ({ expectations }: { expectations: string[] }) => rated(expectations.slice(6, 8), 'sometimes'),
  },
  play: act((root) => click(root, '[part~="group-toggle"]')),
};

/** "Only unrated": the expectations not rated yet, inherited ones included (their groups open). */
export const OnlyUnrated = {
  args: { ...PartlyRated.args, storageKey: 'story-only-unrated' },
  play: act((root) => click(root, '.progress-filter input')),
};

/** "Next unrated": focus on the first choice of the next row still to rate, scrolled into view. */
export const NextUnrated = {
  args: { ...PartlyRated.args, storageKey: 'story-next-unrated' },
  play: act((root) => click(root, '.next-unrated')),
};

/** A rating cleared with its row's "Clear rating" (its note stays); focus on the row's first choice. */
export const RatingCleared = {
  args: { ...PartlyRated.args, storageKey: 'story-cleared' },
  play: act((root) => click(root, '.row:has(:checked) [data-action="clear"]')),
};

/** "Reset" with nothing rated says there is nothing to clear instead of asking. */
export const ResetWithNothingRated = {
  args: { storageKey: 'story-reset-nothing' },
  play: act((root) => [...root.querySelectorAll<HTMLElement>('[part~="action"]')].find((b) => b.textContent?.trim() === 'Reset')?.click()),
};

/** In a scrolling column: the progress bar stays in view at the top while the rows pass under it. */
export const StickyProgress = {
  args: { ...PartlyRated.args, storageKey: 'story-sticky' },
  decorators: [
    (story: () => HTMLElement) => {
      // A focusable, named region: a scrolling box must be reachable by keyboard (axe: scrollable-region-focusable).
      const column = document.createElement('div');
      column.className = 'story-column';
      column.tabIndex = 0;
      column.setAttribute('role', 'region');
      column.setAttribute('aria-label', 'A scrolling column 320 px wide');
      const style = document.createElement('style');
      style.textContent = '.story-column { width: 320px; height: 480px; overflow: auto; }';
      column.append(style, story());
      return column;
    },
  ],
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('ladder-checklist')!;
    await el.updateComplete;
    canvasElement.querySelector('.story-column')?.scrollTo(0, 2600);
  },
};

export const Ready = {
  args: {
    storageKey: 'story-ready',
    saved: ({ expectations }: { expectations: string[] }) => ({
      ...rated(expectations.slice(0, -3), 'consistently'),
      ...rated(expectations.slice(-3, -1), 'sometimes'),
      ...rated(expectations.slice(-1), 'na'),
    }),
  },
};

export const RedFlagApplies = {
  args: {
    storageKey: 'story-red-flag',
    saved: ({ expectations, redFlags }: { expectations: string[]; redFlags: string[] }) => ({
      ...rated(expectations, 'consistently'),
      [redFlags[0]!]: { applies: true, note: 'Came up in my last review.', updatedAt: Date.now() },
    }),
  },
};

export const StorageUnavailable = { args: { storageKey: 'story-unavailable' } };

export const UnreadableSavedData = { args: { storageKey: 'story-corrupt', saved: () => '{"version": 1, "ratings": {' } };

export const OrphanedRatings = {
  args: {
    storageKey: 'story-orphans',
    saved: ({ expectations }: { expectations: string[] }) => ({
      ...rated(expectations.slice(0, 3), 'sometimes'),
      ...rated(['retired-expectation-1', 'retired-expectation-2'], 'consistently'),
    }),
  },
};

/** What the next level adds: the heading says so ("What Engineer L5 adds"). */
export const NextLevelGap = {
  args: {
    storageKey: 'story-gap',
    compareTo: 'L5',
    saved: ({ expectations }: { expectations: string[] }) => rated(expectations, 'consistently'),
  },
};

/** A linked view (`sync-url`): the page's hash `#ladder-checklist=L3;L4` opens L3 compared with L4, and follows the reader's choice. */
export const LinkedView = {
  args: { storageKey: 'story-linked', syncUrl: true },
  decorators: [
    (story: () => HTMLElement) => {
      history.replaceState(history.state, '', '#ladder-checklist=L3;L4');
      return story();
    },
  ],
};

export const DarkTheme = { args: { ...PartlyRated.args, storageKey: 'story-dark', theme: 'dark' } };

export const CustomScale = {
  args: {
    storageKey: 'story-scale',
    scale: [
      { value: 'rarely', label: 'Rarely' },
      { value: 'often', label: 'Often' },
      { value: 'mostly', label: 'Mostly' },
      { value: 'always', label: 'Always' },
    ],
    naLabel: 'Not in my role',
    readinessRule: { minTopShare: 0.6, allowLowest: true },
    saved: ({ expectations }: { expectations: string[] }) => ({
      ...rated(expectations.slice(0, 8), 'always'),
      ...rated(expectations.slice(8, 10), 'rarely'),
    }),
  },
};

export const WithHistory = {
  args: {
    storageKey: 'story-history',
    saved: ({ expectations }: { expectations: string[] }) =>
      JSON.stringify({
        version: 2,
        ratings: { ...rated(expectations.slice(0, 8), 'consistently'), ...rated(expectations.slice(8, 12), 'sometimes') },
        snapshots: [
          {
            id: 's-story-1',
            takenAt: Date.UTC(2026, 2, 2, 9, 30),
            reason: 'manual',
            level: 'L4',
            ratings: { ...rated(expectations.slice(0, 3), 'consistently'), ...rated(expectations.slice(3, 8), 'sometimes') },
          },
          {
            id: 's-story-2',
            takenAt: Date.UTC(2026, 5, 1, 14, 0),
            reason: 'export',
            level: 'L4',
            ratings: { ...rated(expectations.slice(0, 6), 'consistently'), ...rated(expectations.slice(6, 10), 'not-yet') },
          },
        ],
      }),
  },
};

/** A host's store that keeps the file in memory, as a server would (compare-and-swap on a version). */
function memoryStore(location: string): RatingsStore {
  let stored: StoredRatings = {};
  let version = 0;
  return {
    id: `story:${location}`,
    location,
    writeAhead: false,
    load: () => stored,
    save: (file, previous) => {
      if (previous !== stored.version) return { ok: false };
      stored = { file, version: String(++version) };
      return { ok: true, version: stored.version };
    },
  };
}

export const SavedToServer = { args: { storageKey: 'story-server', store: memoryStore('https://ratings.example.com/alex-2026') } };

export const NotSignedIn = {
  args: {
    storageKey: 'story-signed-out',
    store: {
      id: 'story:signed-out',
      location: 'https://ratings.example.com/alex-2026',
      writeAhead: false,
      load: () => {
        throw new StoreError('auth', 'the server answered 401', false, 401);
      },
      save: () => {
        throw new StoreError('auth', 'the server answered 401', false, 401);
      },
    } satisfies RatingsStore,
  },
};
