import { html, nothing, type TemplateResult } from 'lit';
import type { LadderState } from '../../context/ladder-context.js';
import { property } from './decorators.js';
import { ladderInputConverter } from '../../data/ladder-source.js';
import { loadMessage } from '../../i18n/load.js';
import type { LadderStrings } from '../../i18n/strings.js';
import type { Ladder, LadderError } from '../../model/types.js';
import { LadderController } from './ladder-controller.js';
import { OnDemandElement } from './on-demand-element.js';
import { StringsController } from './strings-controller.js';
import { problemList } from './templates.js';
import { ThemeController } from './theme-controller.js';

/**
 * What every ladder-showing element shares, and only that: its inputs (loaded by a LadderController),
 * the theme, the UI strings (a StringsController) and the loading and error states. Subclasses
 * render `renderLadder(ladder)`. What waits for code loaded on demand (and hydration) is OnDemandElement.
 */
export abstract class LadderElement extends OnDemandElement {
  /**
   * A bundled or registered ladder's id (attribute), or a ladder object (property), which is validated.
   * Without `ladder` and `src` the element uses its <ladder-provider>, else the default bundled ladder.
   */
  @property({ converter: ladderInputConverter }) ladder?: string | Ladder | object;

  /** URL of a ladder JSON file, fetched and validated. Takes precedence over a `ladder` id. */
  @property() src?: string;

  /**
   * `light` or `dark`. Without it the element follows the host page where it says (a `color-scheme`
   * of `light` or `dark` on the element or an ancestor, or `<meta name="color-scheme">`), else the
   * reader's `prefers-color-scheme`. Print is always light.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Replacements for some UI strings of this element (see `setLadderStrings` for the whole page). */
  @property({ attribute: false }) strings?: Partial<LadderStrings>;

  /** Where the ladder comes from, and its loading state. */
  protected readonly loader = new LadderController(this);
  private readonly i18n = new StringsController(this);
  private readonly palette = new ThemeController(this);

  protected override get pending(): Promise<unknown> | undefined {
    return this.loader.waiting;
  }

  protected override startLoading(): void {
    void this.loader.state; // reading it starts loading what the ladder needs
  }

  /** Loads `src` again after a failed request (also a provider's, for an element inside one). */
  retry(): void {
    const s = this.loader.state;
    if (s.status === 'error') s.retry?.();
  }

  /** The ladder once it is ready, else undefined. */
  get resolvedLadder(): Ladder | undefined {
    return this.loader.ladder;
  }

  /** The strings in force: the element's own over the page's. */
  protected get t(): LadderStrings {
    return this.i18n.value;
  }

  protected renderError(message: string, problems: readonly LadderError[] = [], retry?: () => void): TemplateResult {
    return html`<div class="error" part="error" role="alert">
      <strong>${this.t.errorHeading}</strong>
      <p>${message}</p>
      ${retry ? html`<button type="button" part="retry-button" class="retry" @click=${retry}>${this.t.retry}</button>` : nothing}
      ${problems.length ? html`<p class="visually-hidden">${this.t.problemsHeading}</p>${problemList(problems, this.t)}` : nothing}
    </div>`;
  }

  /** The loading message, or the error with its problems and "Try again". */
  protected renderStatus(s: Exclude<LadderState, { status: 'ready' }>): TemplateResult {
    if (s.status === 'loading') return html`<div class="status" part="status" role="status">${this.t.loading}</div>`;
    return this.renderError(loadMessage(s.error.failure, this.t), s.error.problems, s.retry);
  }

  protected abstract renderLadder(ladder: Ladder): unknown;

  protected override render(): unknown {
    const s = this.loader.state;
    // The .root wrapper carries the text styles: page rules such as `* { line-height: 3 }` hit the
    // host element itself and beat :host rules, but cannot reach inside the shadow root.
    return html`<div class="root ${this.palette.scheme ?? 'auto'}">${s.status === 'ready' ? this.renderLadder(s.ladder) : this.renderStatus(s)}</div>`;
  }
}
