import { provide } from '@lit/context';
import { css, html, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { type LadderState, ladderContext } from '../../context/ladder-context.js';
import type { Ladder } from '../../model/types.js';
import { LadderElement } from '../shared/ladder-element.js';
import { sharedStyles } from '../shared/shared.styles.js';

/**
 * Loads one ladder and shares it with every ladder element inside it, so a page that shows a card,
 * a comparison and a checklist fetches and validates the ladder once.
 *
 * @summary Shares one ladder with the ladder elements inside it.
 * @tag ladder-provider
 *
 * @slot - The ladder elements (and any other content) that use this ladder.
 *
 * @csspart status - The loading message, shown above the content while the ladder loads.
 * @csspart error - The error message (role="alert") when the ladder cannot be loaded.
 *
 * @cssprop [--ladder-red-flag=#b42318] - Accent of the error message.
 */
export class LadderProviderElement extends LadderElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: contents;
      }
      .error {
        display: block;
        margin-block-end: var(--_space);
      }
    `,
  ];

  /** The state descendants see. A new object on every change, never mutated. */
  @provide({ context: ladderContext })
  @state()
  protected shared: LadderState = { status: 'loading' };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const next = this.ladderState;
    if (next !== this.shared) this.shared = next;
  }

  // The provider shows no ladder itself; its children render it (and their own loading/error states).
  protected override renderLadder(_ladder: Ladder): unknown {
    return html`<slot></slot>`;
  }

  protected override render(): unknown {
    // Descendants show the loading state themselves; the provider only keeps its slot.
    return html`<slot></slot>`;
  }
}
