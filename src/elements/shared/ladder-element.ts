import { html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { LadderState } from '../../context/ladder-context.js';
import { property } from 'lit/decorators.js';
import { ladderInputConverter } from '../../data/ladder-source.js';
import { loadMessage } from '../../i18n/load.js';
import type { LadderStrings } from '../../i18n/strings.js';
import type { Ladder, LadderError } from '../../model/types.js';
import { LadderController } from './ladder-controller.js';
import { StringsController } from './strings-controller.js';
import { problemList } from './templates.js';
import { ThemeController } from './theme-controller.js';

/**
 * What every ladder-showing element shares, and only that: its inputs (loaded by a LadderController),
 * the theme, the UI strings (a StringsController) and the loading and error states. Subclasses
 * render `renderLadder(ladder)`.
 */
export abstract class LadderElement extends LitElement {
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

  /**
   * Rendered on a server: the shadow root came with the page (declarative shadow DOM) before this
   * element ran. Until the next update begins, `hydrating` is true.
   */
  private fromServer = !isServer && !!this.shadowRoot?.firstChild;

  /**
   * True in the first update of an element whose HTML was rendered on a server: with
   * @lit-labs/ssr-client that render adopts the server's DOM, so it must render what the server did
   * (no saved ratings, no URL hash). What only the page knows comes in the update right after
   * (`afterHydration`).
   */
  protected get hydrating(): boolean {
    return this.fromServer;
  }

  /** Runs once after the first update of a server-rendered element, before the update it asks for. */
  protected afterHydration(): void {}

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.hasUpdated) this.fromServer = false;
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (!this.fromServer) return;
    this.afterHydration();
    this.requestUpdate();
  }

  /**
   * A server-rendered element hydrates once the code and data its ladder needs are loaded (marked, the
   * validator, the bundled ladder: loaded on demand in the browser, at hand on the server): the render
   * that adopts the server's DOM must render what the server did. The server's DOM shows meanwhile.
   */
  protected override async scheduleUpdate(): Promise<void> {
    while (this.fromServer) {
      void this.loader.state; // starts loading what the ladder needs
      const waiting = this.loader.waiting;
      if (!waiting) break;
      await waiting.catch(() => undefined);
    }
    await super.scheduleUpdate();
  }

  /** Code a feature loads on demand (a checklist's side-by-side review), until it has: `updateComplete` waits for it. */
  private readonly codeLoading = new Set<Promise<unknown>>();

  /**
   * Loads code on demand for a feature the reader opened, then renders again; `updateComplete` waits for it.
   * @internal For the elements' own controllers.
   */
  loadCode<T>(load: Promise<T>): Promise<T> {
    const done = load.finally(() => {
      this.codeLoading.delete(done);
      this.requestUpdate();
    });
    this.codeLoading.add(done);
    return done;
  }

  /** Also waits for code and data loaded on demand (for the ladder: the bundled ladder, marked…; for a feature) and the render that follows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (
      let waiting = this.loader.waiting ?? [...this.codeLoading][0];
      waiting;
      waiting = this.loader.waiting ?? [...this.codeLoading][0]
    ) {
      await waiting.catch(() => undefined);
      result = await super.getUpdateComplete();
    }
    return result;
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
