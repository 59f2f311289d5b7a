import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type LadderState, ladderContext } from '../../context/ladder-context.js';
import { LadderLoadError, loadLadder } from '../../data/fetch.js';
import { DEFAULT_LADDER_ID, getRegisteredLadder, registeredLadderIds } from '../../data/registry.js';
import type { Ladder } from '../../model/types.js';
import { parseLadder } from '../../model/validate.js';
import { getLadderStrings, type LadderStrings, onLadderStringsChange } from '../../strings.js';

/** `ladder="engineering"` is a string; `.ladder = {...}` is an object. One property takes both. */
const ladderConverter = {
  fromAttribute: (value: string | null) => (value === null ? undefined : value),
  toAttribute: () => null,
};

// One state object per ladder, so that re-reading the same ladder is not a change (providers compare by identity).
const readyStates = new WeakMap<Ladder, LadderState>();

function stateFromId(id: string): LadderState {
  const ladder = getRegisteredLadder(id);
  if (ladder) {
    let ready = readyStates.get(ladder);
    if (!ready) readyStates.set(ladder, (ready = { status: 'ready', ladder }));
    return ready;
  }
  return {
    status: 'error',
    error: new LadderLoadError(`There is no ladder "${id}". Available ladders: ${registeredLadderIds().join(', ')}.`, [], id),
  };
}

function stateFromObject(value: unknown): LadderState {
  let result: ReturnType<typeof parseLadder>;
  try {
    result = parseLadder(value);
  } catch (e) {
    // Only a host's own object can get here (a Proxy or a getter that throws): JSON data never throws.
    let reason = 'reading it threw an exception';
    try {
      if (e instanceof Error) reason = `reading it threw ${e.name}: ${e.message}`;
    } catch {
      // an exception with throwing getters: keep the generic reason
    }
    return { status: 'error', error: new LadderLoadError(`The ladder given to the element could not be read: ${reason}.`, [], 'property') };
  }
  if (result.ok) return { status: 'ready', ladder: result.ladder };
  const n = result.errors.length;
  return {
    status: 'error',
    error: new LadderLoadError(
      `The ladder given to the element is not valid: ${n} problem${n === 1 ? '' : 's'} found.`,
      result.errors,
      'property',
    ),
  };
}

/**
 * What every ladder element shares: where the ladder comes from (its own `ladder` / `src` /
 * `.ladder`, else an enclosing <ladder-provider>, else the default bundled ladder), the loading and
 * error states, the theme and the UI strings. Subclasses render `renderLadder(ladder)`.
 */
export abstract class LadderElement extends LitElement {
  /** The state an enclosing <ladder-provider> shares, if any. */
  @consume({ context: ladderContext, subscribe: true })
  @state()
  protected providedState?: LadderState;

  /** The element's own ladder, when it has an input of its own. */
  @state() protected ownState?: LadderState;

  /**
   * A bundled or registered ladder's id (attribute), or a ladder object (property), which is validated.
   * Without `ladder` and `src` the element uses its <ladder-provider>, else the default bundled ladder.
   */
  @property({ converter: ladderConverter }) ladder?: string | Ladder | object;

  /** URL of a ladder JSON file, fetched and validated. Takes precedence over a `ladder` id. */
  @property() src?: string;

  /** `light` or `dark`; without it the element follows the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Replacements for some UI strings of this element (see `setLadderStrings` for the whole page). */
  @property({ attribute: false }) strings?: Partial<LadderStrings>;

  private loading?: AbortController;
  private unsubscribeStrings?: () => void;

  /** Back online after a failed `src` request: try again by itself. */
  private readonly onOnline = () => {
    if (this.src && this.ownState?.status === 'error') this.retry();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribeStrings = onLadderStringsChange(() => this.requestUpdate());
    window.addEventListener('online', this.onOnline);
    // Reconnected while a request was cut off: ask again.
    if (this.src && this.ownState?.status === 'loading' && !this.loading) this.loadSrc(this.src);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeStrings?.();
    window.removeEventListener('online', this.onOnline);
    this.loading?.abort();
    this.loading = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ladder') || changed.has('src')) this.updateOwnState();
  }

  private updateOwnState(): void {
    this.loading?.abort();
    this.loading = undefined;
    const { ladder, src } = this;
    if (ladder !== undefined && ladder !== null && typeof ladder === 'object') this.ownState = stateFromObject(ladder);
    else if (src) this.loadSrc(src);
    else if (typeof ladder === 'string' && ladder.trim() !== '') this.ownState = stateFromId(ladder.trim());
    else this.ownState = undefined;
  }

  private loadSrc(src: string): void {
    // At most one request in flight per element, so that a disconnect cancels it.
    this.loading?.abort();
    const controller = new AbortController();
    this.loading = controller;
    this.ownState = { status: 'loading' };
    loadLadder(src, controller.signal).then(
      (ladder) => {
        if (this.loading !== controller) return;
        this.loading = undefined;
        this.ownState = { status: 'ready', ladder };
      },
      (error: unknown) => {
        // A newer src (or a disconnect) superseded this request: its answer must not win.
        if (this.loading !== controller || controller.signal.aborted) return;
        this.loading = undefined;
        this.ownState = {
          status: 'error',
          error:
            error instanceof LadderLoadError
              ? error
              : new LadderLoadError(`Could not load the ladder from ${src}: ${String(error)}`, [], src),
          // Trying again helps when the request failed, not when the ladder itself is invalid.
          retry: error instanceof LadderLoadError && error.problems.length > 0 ? undefined : () => this.retry(),
        };
      },
    );
  }

  /** Loads `src` again after a failure (failed requests are not cached, so this asks the server again). */
  retry(): void {
    // A second press of "Try again" before the first one re-rendered: the request is already on its way.
    if (this.src && !this.loading) this.loadSrc(this.src);
  }

  /** Where the ladder stands now: the element's own input, else its provider's, else the default. */
  protected get ladderState(): LadderState {
    return this.ownState ?? this.providedState ?? stateFromId(DEFAULT_LADDER_ID);
  }

  /** The ladder once it is ready, else undefined. */
  get resolvedLadder(): Ladder | undefined {
    const s = this.ladderState;
    return s.status === 'ready' ? s.ladder : undefined;
  }

  /** The strings in force: the element's own over the page's. */
  protected get t(): LadderStrings {
    const page = getLadderStrings();
    return this.strings ? { ...page, ...this.strings } : page;
  }

  protected renderLoading(): TemplateResult {
    return html`<div class="status" part="status" role="status">${this.t.loading}</div>`;
  }

  protected renderError(message: string, problems: readonly { path: string; message: string }[] = [], retry?: () => void): TemplateResult {
    return html`<div class="error" part="error" role="alert">
      <strong>${this.t.errorHeading}</strong>
      <p>${message}</p>
      ${retry ? html`<button type="button" part="retry-button" class="retry" @click=${retry}>${this.t.retry}</button>` : nothing}
      ${
        problems.length
          ? html`<p class="visually-hidden">${this.t.problemsHeading}</p>
              <ul>
                ${problems.slice(0, 50).map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
                ${problems.length > 50 ? html`<li>… ${problems.length - 50} more</li>` : nothing}
              </ul>`
          : nothing
      }
    </div>`;
  }

  protected abstract renderLadder(ladder: Ladder): unknown;

  protected override render(): unknown {
    const s = this.ladderState;
    // The .root wrapper carries the text styles: page rules such as `* { line-height: 3 }` hit the
    // host element itself and beat :host rules, but cannot reach inside the shadow root.
    return html`<div class="root">${
      s.status === 'loading'
        ? this.renderLoading()
        : s.status === 'error'
          ? this.renderError(s.error.message, s.error.problems, s.retry)
          : this.renderLadder(s.ladder)
    }</div>`;
  }
}
