// Stories for <ladder-level-card>: one per meaningful state. Plain CSF3 objects (Storybook's
// web-components renderer reads them); each `render` returns a Lit template.
import { html } from 'lit';
import '../src/elements/level-card/level-card.js';
import '../src/elements/provider/provider.js';
import { branchingLadder } from '../test/fixtures/ladders.js';

interface Args {
  level: string;
  compact: boolean;
  showInherited: boolean;
  theme: '' | 'light' | 'dark';
}

export default {
  title: 'Elements/Level card',
  component: 'ladder-level-card',
  args: { level: 'L4', compact: false, showInherited: false, theme: '' } satisfies Args,
  argTypes: {
    level: { control: 'select', options: ['L1', 'L2', 'L3', 'L4', 'L5'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args: Args) =>
    html`<ladder-level-card
      level=${args.level}
      ?compact=${args.compact}
      ?show-inherited=${args.showInherited}
      theme=${args.theme || 'light'}
    ></ladder-level-card>`,
};

export const Default = {};
export const EachLevel = {
  render: () => html`${['L1', 'L2', 'L3', 'L4', 'L5'].map((l) => html`<ladder-level-card level=${l}></ladder-level-card><br />`)}`,
};
export const InheritedOpen = { args: { showInherited: true } };
export const Compact = { args: { compact: true } };
export const Dark = { args: { theme: 'dark' } };
export const CustomTheme = {
  render: () => html`<div class="custom-theme">
    <style>
      .custom-theme { --ladder-accent: #b5179e; --ladder-radius: 0; --ladder-border: #b5179e; --ladder-font-family: Georgia, serif; }
    </style>
    <ladder-level-card level="L3"></ladder-level-card>
  </div>`,
};
export const BranchingLadderWithReplacements = {
  render: () => html`<ladder-level-card .ladder=${branchingLadder()} level="IC4" show-inherited></ladder-level-card>`,
};
export const FromProvider = {
  render: () => html`<ladder-provider ladder="engineering">
    <ladder-level-card level="L2" compact></ladder-level-card>
    <ladder-level-card level="L3" compact></ladder-level-card>
  </ladder-provider>`,
};
export const Loading = {
  // A src that never answers within the story's life shows the loading state.
  render: () => html`<ladder-level-card src="/never-answers.json?delay" level="L4"></ladder-level-card>`,
};
export const ErrorHttp = { render: () => html`<ladder-level-card src="/does-not-exist.json" level="L4"></ladder-level-card>` };
export const ErrorInvalidLadder = {
  render: () => html`<ladder-level-card .ladder=${{ schemaVersion: 1, id: 'x', title: '', sections: [], levels: [] }} level="L1"></ladder-level-card>`,
};
export const ErrorUnknownLevel = { args: { level: 'L9' } };
export const LongText = {
  render: () => {
    const ladder = branchingLadder();
    ladder.levels[0]!.items.skills![0]!.text = `${'A very long expectation that keeps going and going. '.repeat(12)}Averyveryverylongwordwithoutanyspacesthatmustwrapinsteadofoverflowingthecard.`;
    return html`<div class="narrow"><style>.narrow { max-width: 22em; }</style><ladder-level-card .ladder=${ladder} level="L1"></ladder-level-card></div>`;
  },
};
export const OtherLanguage = {
  render: () => html`<ladder-level-card
    level="L4"
    .strings=${{
      buildsOn: 'Baut auf',
      inheritedToggle: (n: number) => `${n} geerbte Erwartungen zeigen`,
      inheritedFrom: (l: string) => `Von ${l}`,
      copyLink: 'Link kopieren',
      kindLabel: { expectation: 'Erwartung', 'red-flag': 'Warnsignal', example: 'Beispiel' },
    }}
  ></ladder-level-card>`,
};
