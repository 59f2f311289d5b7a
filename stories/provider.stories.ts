// Stories for <ladder-provider>: one ladder shared by several elements.
import { html } from 'lit';
import '../src/elements/level-card/level-card.js';
import '../src/elements/provider/provider.js';
import { branchingLadder } from '../test/fixtures/ladders.js';

export default {
  title: 'Elements/Provider',
  component: 'ladder-provider',
};

export const BundledLadder = {
  render: () => html`<ladder-provider ladder="engineering">
    <ladder-level-card level="L1" compact></ladder-level-card>
    <ladder-level-card level="L5" compact></ladder-level-card>
  </ladder-provider>`,
};
export const LadderObject = {
  render: () => html`<ladder-provider .ladder=${branchingLadder()}>
    <ladder-level-card level="IC4" compact></ladder-level-card>
    <ladder-level-card level="M1" compact></ladder-level-card>
  </ladder-provider>`,
};
export const ErrorState = {
  render: () => html`<ladder-provider ladder="no-such-ladder">
    <ladder-level-card level="L1"></ladder-level-card>
  </ladder-provider>`,
};
