// Stories for <ladder-provider>: one ladder loaded once and shared by the elements inside it. The
// provider renders nothing of its own (its children show the loading and error states).
import { html, nothing } from 'lit';
import '../src/elements/level-card/level-card.js';
import '../src/elements/provider/provider.js';
import { branchingLadder } from '../test/fixtures/ladders.js';
import { fakeFetch } from '../test/support/fetch-double.js';

export default {
  title: 'Elements/Provider',
  component: 'ladder-provider',
  tags: ['autodocs'],
  // The provider is `display: contents`: its cards become items of this grid, with a gap between them.
  decorators: [
    (story: () => unknown) => html`<div class="stack">
      <style>
        .stack { display: grid; gap: 1em; }
      </style>
      ${story()}
    </div>`,
  ],
};

interface Args {
  ladder?: string;
  src?: string;
}

/** The playground: its `ladder` (a bundled id) or `src` (a URL) is what both cards inside show. */
export const Default = {
  args: { ladder: 'engineering' },
  render: ({ ladder, src }: Args) => html`<ladder-provider ladder=${ladder || nothing} src=${src || nothing}>
    <ladder-level-card level="L2" compact></ladder-level-card>
    <ladder-level-card level="L3" compact></ladder-level-card>
  </ladder-provider>`,
};

export const BundledLadder = {
  render: () => html`<ladder-provider ladder="engineering">
    <ladder-level-card level="L1" compact></ladder-level-card>
    <ladder-level-card level="L5" compact></ladder-level-card>
  </ladder-provider>`,
};

export const FromSrc = {
  // One request for both cards.
  render: () => html`<ladder-provider src="hosted-ladders/engineering.json">
    <ladder-level-card level="L3" compact></ladder-level-card>
    <ladder-level-card level="L4" compact></ladder-level-card>
  </ladder-provider>`,
};

export const LadderObject = {
  render: () => html`<ladder-provider .ladder=${branchingLadder()}>
    <ladder-level-card level="IC4" compact></ladder-level-card>
    <ladder-level-card level="M1" compact></ladder-level-card>
  </ladder-provider>`,
};

export const ChildWithItsOwnLadder = {
  // A child's own `ladder`/`src` wins over its provider's.
  render: () => html`<ladder-provider .ladder=${branchingLadder()}>
    <ladder-level-card level="IC4" compact></ladder-level-card>
    <ladder-level-card ladder="engineering" level="L4" compact></ladder-level-card>
  </ladder-provider>`,
};

export const Loading = {
  render: () => html`<ladder-provider src=${fakeFetch('fake/provider-never-answers.json', 'never')}>
    <ladder-level-card level="L1"></ladder-level-card>
  </ladder-provider>`,
};

export const ErrorUnknownLadder = {
  render: () => html`<ladder-provider ladder="no-such-ladder">
    <ladder-level-card level="L1"></ladder-level-card>
  </ladder-provider>`,
};

export const ErrorInvalidLadder = {
  render:
    () => html`<ladder-provider src=${fakeFetch('fake/provider-invalid.json', { body: JSON.stringify({ schemaVersion: 2, id: 'x', levels: 'none' }) })}>
    <ladder-level-card level="L1"></ladder-level-card>
  </ladder-provider>`,
};
