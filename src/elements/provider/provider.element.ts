import { provide } from '@lit/context';
import { css, html, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { type LadderState, ladderContext } from '../../context/ladder-context.js';
import type { Ladder } from '../../model/types.js';
import { LadderElement } from '../shared/ladder-element.js';

/**
 * Loads one ladder and shares it with every ladder element inside it, so a page that shows a card,
 * a comparison and a checklist fetches and validates the ladder once.
 *
 * @summary Shares one ladder with the ladder elements inside it.
 * @tag ladder-provider
 *
 * The provider draws nothing of its own (`display: contents`): the elements inside it show the
 * loading state and any error, each in its own place.
 *
 * @slot - The ladder elements (and any other content) that use this ladder.
 */
export class LadderProviderElement extends LadderElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The state descendants see. A new object on every change, never mutated. */
  @provide({ context: ladderContext })
  @state()
  protected shared: LadderState = { status: 'loading' };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const next = this.ladderState;
    if (next !== this.shared) this.shared = next;
  }

  protected override renderLadder(_ladder: Ladder): unknown {
    return html`<slot></slot>`;
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}
