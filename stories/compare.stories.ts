// Stories for <ladder-compare>: one per meaningful state. Plain CSF3 objects; a story without
// `render` uses the renderer's default, which creates the element and sets each arg as a property
// (so `syncUrl` is camelCase; `levels` takes the attribute's form, 'L3 L4', as React and Vue pass it). Controls and the API table come from
// custom-elements.json (`npm run manifest`), i.e. from the element's JSDoc.
import { html } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import '../src/elements/compare/compare.js';
import { bigLadder } from '../test/fixtures/big-ladder.js';
import { branchingLadder } from '../test/fixtures/ladders.js';

export default {
  title: 'Elements/Compare',
  component: 'ladder-compare',
  tags: ['autodocs'],
  args: { mode: 'delta' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['delta', 'cumulative'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  // Adding or removing a level and switching the mode show up in the Actions panel.
  parameters: { actions: { handles: ['ladder-compare-change'] } },
  decorators: [withActions],
};

/** The playground: every level of the bundled ladder, each showing what it adds. */
export const Default = {};

/** What each level adds or replaces, relative to the level it builds on. */
export const Delta = { args: { levels: 'L2 L3 L4', mode: 'delta' } };

/** Everything each level expects: carried-over items say where they come from, new ones are marked. */
export const Cumulative = { args: { levels: 'L2 L3 L4', mode: 'cumulative' } };

export const TwoLevels = { args: { levels: 'L3 L4' } };

/** The filter narrows every column and highlights the matches. */
export const FilterActive = { args: { levels: 'L3 L4 L5', mode: 'cumulative', filter: 'design' } };

/** IC4 and M1 both build on L3: each column's delta is relative to L3, not to its neighbour. */
export const BranchingLadder = {
  args: { ladder: branchingLadder(), levels: 'L3 IC4 M1', mode: 'cumulative' },
  // The ladder is an object here (a property), not a bundled ladder's id.
  argTypes: { ladder: { control: 'object' } },
};

/** In a 360px wiki column the table shows one level at a time, with a level picker. */
export const NarrowContainer = {
  render: () => html`<div class="narrow">
    <style>
      .narrow { inline-size: 360px; }
    </style>
    <ladder-compare mode="cumulative"></ladder-compare>
  </div>`,
};

export const DarkTheme = {
  render: () => html`<div class="dark-page">
    <style>
      .dark-page { background: #0f1218; color: #e7eaf0; padding: 1em; }
    </style>
    <ladder-compare theme="dark" levels="L3 L4" mode="cumulative" filter="team"></ladder-compare>
  </div>`,
};

/** A level the ladder does not have (a stale shared link): a note names it, and the known levels are compared. */
export const StaleLevel = { args: { levels: 'L3 L9' } };

/** 15 generated levels of 100 items each: columns keep their width and the table scrolls inside itself. */
export const FifteenLevels = { args: { ladder: bigLadder(15, 100) }, argTypes: { ladder: { control: 'object' } } };

/** Levels and mode follow the page's URL hash (`#ladder-compare=L3,L4;delta`): change them and copy the link. */
export const SyncUrl = { args: { levels: 'L3 L4', syncUrl: true } };
