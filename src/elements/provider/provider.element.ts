import { provide } from '@lit/context';
import { css, html, LitElement } from 'lit';
import { property, state } from '../shared/decorators.js';
import { type LadderState, ladderContext } from '../../context/ladder-context.js';
import { ladderInputConverter } from '../../data/ladder-source.js';
import type { Ladder } from '../../model/types.js';
import { LadderController } from '../shared/ladder-controller.js';

/**
 * Loads one ladder and shares it with every ladder element inside it, so a page that shows a card,
 * a comparison and a checklist fetches and validates the ladder once.
 *
 * @summary Shares one ladder with the ladder elements inside it.
 * @tag ladder-provider
 *
 * The provider draws nothing of its own (`display: contents`): the elements inside it show the
 * loading state and any error, each in its own place, and their "Try again" retries the provider's
 * request. Without `ladder` and `src` it passes on what an enclosing provider shares, else the
 * default bundled ladder.
 *
 * @slot - The ladder elements (and any other content) that use this ladder.
 */
export class LadderProviderElement extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** A bundled or registered ladder's id (attribute), or a ladder object (property), which is validated. */
  @property({ converter: ladderInputConverter }) ladder?: string | Ladder | object;

  /** URL of a ladder JSON file, fetched and validated once for every element inside. Takes precedence over a `ladder` id. */
  @property() src?: string;

  private readonly loader = new LadderController(this);

  /** The state descendants see. A new object on every change, never mutated. */
  @provide({ context: ladderContext })
  @state()
  protected shared: LadderState = this.loader.state;

  /** Loads `src` again after a failed request. */
  retry(): void {
    this.loader.retry();
  }

  protected override willUpdate(): void {
    const next = this.loader.state;
    if (next !== this.shared) this.shared = next;
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}
