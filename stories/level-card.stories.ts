// Stories for <ladder-level-card>: one per meaningful state. Plain CSF3 objects; a story without
// `render` uses the renderer's default, which creates the element and sets each arg as a property
// (so args are named like properties: `showInherited`, not `show-inherited`). Controls and the API
// table come from custom-elements.json (`npm run manifest`), i.e. from the element's JSDoc.
import { html } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import '../src/elements/level-card/level-card.js';
import '../src/elements/provider/provider.js';
import { branchingLadder } from '../test/fixtures/ladders.js';
import { fakeFetch } from '../test/support/fetch-double.js';
import { manyLevelsLadder } from './fixtures.js';

const LEVELS = ['L1', 'L2', 'L3', 'L4', 'L5'];

export default {
  title: 'Elements/Level card',
  component: 'ladder-level-card',
  tags: ['autodocs'],
  args: { level: 'L4' },
  argTypes: {
    level: { control: 'select', options: [...LEVELS, 'L9'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  // Picking a level ("Builds on …") shows up in the Actions panel.
  parameters: { actions: { handles: ['ladder-level-select'] } },
  decorators: [withActions],
};

/** The playground: every control drives the card. */
export const Default = {};

// One story per level of the bundled `engineering` ladder.
export const LevelL1 = { name: 'Level L1', args: { level: 'L1' } };
export const LevelL2 = { name: 'Level L2', args: { level: 'L2' } };
export const LevelL3 = { name: 'Level L3', args: { level: 'L3' } };
export const LevelL4 = { name: 'Level L4', args: { level: 'L4' } };
export const LevelL5 = { name: 'Level L5', args: { level: 'L5' } };

export const InheritedOpen = { args: { level: 'L5', showInherited: true } };
export const Compact = { args: { compact: true } };

export const LevelLinks = {
  // "Builds on …" and the inherited groups' headings become links instead of buttons.
  args: { level: 'L3', showInherited: true, levelHref: '?level={level}' },
};

export const Slots = {
  render: () => html`<ladder-level-card level="L2">
    <button slot="header-end" type="button">Rate yourself</button>
    <p slot="footer">Last reviewed by the career-ladder working group.</p>
  </ladder-level-card>`,
};

export const Dark = {
  render: () => html`<div class="dark-page">
    <style>
      .dark-page { background: #0f1218; color: #e7eaf0; padding: 1em; }
    </style>
    <ladder-level-card level="L4" theme="dark" show-inherited></ladder-level-card>
  </div>`,
};

export const CustomTheme = {
  render: () => html`<div class="custom-theme">
    <style>
      .custom-theme {
        --ladder-accent: #8a1274;
        --ladder-border: #8a1274;
        --ladder-subtle: #fbeef8;
        --ladder-radius: 0;
        --ladder-spacing: 1.25em;
        --ladder-font-family: Georgia, serif;
        --ladder-font-size: 1.05rem;
      }
      .custom-theme ladder-level-card::part(title) { text-transform: uppercase; letter-spacing: 0.05em; }
    </style>
    <ladder-level-card level="L3" show-inherited></ladder-level-card>
  </div>`,
};

export const NarrowContainer = {
  render: () => html`<div class="narrow">
    <style>
      .narrow { max-width: 18em; display: grid; gap: 1em; }
    </style>
    <ladder-level-card level="L4" show-inherited></ladder-level-card>
    <ladder-level-card level="L4" compact></ladder-level-card>
  </div>`,
};

export const BranchingLadderWithReplacements = {
  // IC4 and M1 both build on L3; IC4 replaces items of the levels below (a replacement chain).
  render: () => html`<div class="branches">
    <style>
      .branches { display: grid; gap: 1em; grid-template-columns: repeat(auto-fit, minmax(20em, 1fr)); align-items: start; }
    </style>
    <ladder-provider .ladder=${branchingLadder()}>
      <ladder-level-card level="IC4" show-inherited></ladder-level-card>
      <ladder-level-card level="M1" show-inherited></ladder-level-card>
    </ladder-provider>
  </div>`,
};

export const ManyLevels = {
  // The twelfth level of a twelve-level line: eleven inherited groups and a long replacement chain.
  render: () => html`<ladder-level-card .ladder=${manyLevelsLadder(12)} level="L12" show-inherited></ladder-level-card>`,
};

export const FromProvider = {
  render: () => html`<div class="stack">
    <style>
      .stack { display: grid; gap: 1em; }
    </style>
    <ladder-provider src="hosted-ladders/engineering.json">
      <ladder-level-card level="L2" compact></ladder-level-card>
      <ladder-level-card level="L3" compact></ladder-level-card>
    </ladder-provider>
  </div>`,
};

export const FromSrc = {
  render: () => html`<ladder-level-card src="hosted-ladders/engineering.json" level="L1"></ladder-level-card>`,
};

export const Loading = {
  // A request that never answers (see test/support/fetch-double.ts): the card keeps its loading message.
  render: () => html`<ladder-level-card src=${fakeFetch('fake/never-answers.json', 'never')} level="L4"></ladder-level-card>`,
};

export const ErrorHttp = {
  // The server answers 404 (the browser logs it as a failed resource; the test allows that here).
  render: () => html`<ladder-level-card src="does-not-exist.json" level="L4"></ladder-level-card>`,
};

export const ErrorNetwork = {
  render: () => html`<ladder-level-card src=${fakeFetch('fake/offline.json', 'network-error')} level="L4"></ladder-level-card>`,
};

export const ErrorInvalidJson = {
  render: () =>
    html`<ladder-level-card src=${fakeFetch('fake/not-json.json', { body: '{\n  "schemaVersion": 1,\n  "id": "acme",,\n}' })} level="L4"></ladder-level-card>`,
};

export const ErrorInvalidLadder = {
  // Validation problems are listed with their JSON paths.
  render: () => html`<ladder-level-card
    .ladder=${{
      schemaVersion: 1,
      id: 'Not A Slug',
      title: '',
      sections: [{ id: 'skills', title: 'Skills', kind: 'skill' }],
      levels: [{ id: 'L1', title: 'One', inherits: 'L0', items: { skills: [{ id: 'x', text: '' }] } }],
    }}
    level="L1"
  ></ladder-level-card>`,
};

export const ErrorUnknownLevel = { args: { level: 'L9' } };

export const ErrorUnknownLadder = {
  render: () => html`<ladder-level-card ladder="no-such-ladder" level="L1"></ladder-level-card>`,
};

export const ErrorNoLevel = {
  render: () => html`<ladder-level-card></ladder-level-card>`,
};

export const LongText = {
  render: () => {
    const ladder = branchingLadder();
    const level = ladder.levels[0]!;
    level.title = `${level.title}: a level title long enough to wrap over several lines in a narrow card`;
    level.summary = 'A summary that goes on. '.repeat(10);
    level.items.skills![0]!.text =
      `${'A very long expectation that keeps going and going. '.repeat(12)}Averyveryverylongwordwithoutanyspacesthatmustwrapinsteadofoverflowingthecard, and a link: https://example.com/${'segment/'.repeat(12)}end.`;
    return html`<div class="narrow">
      <style>
        .narrow { max-width: 22em; }
      </style>
      <ladder-level-card .ladder=${ladder} level="L1"></ladder-level-card>
    </div>`;
  },
};

export const OtherLanguage = {
  // German strings for this card only (`.strings`); `setLadderStrings` would translate the whole page.
  render: () => html`<ladder-level-card
    level="L4"
    show-inherited
    .strings=${{
      buildsOn: 'Baut auf',
      inheritedToggle: (n: number) => `${n} geerbte Erwartungen zeigen`,
      inheritedFrom: (l: string) => `Von ${l}`,
      replaces: 'Ersetzt',
      copyLink: 'Link kopieren',
      copyLinkLabel: (text: string) => `Link zu „${text.length > 60 ? `${text.slice(0, 57)}…` : text}“ kopieren`,
      linkCopied: 'Link kopiert.',
      kindLabel: { expectation: 'Erwartung', 'red-flag': 'Warnsignal', example: 'Beispiel' },
    }}
  ></ladder-level-card>`,
};
