import { isServer, LitElement, type PropertyValues } from 'lit';

/** How long a first render waits for code or data loaded on demand before it shows "Loading…". */
const FIRST_WAIT_MS = 200;

/**
 * An element whose rendering may wait for code and data loaded on demand (marked, the validator, the
 * bundled ladder; a feature's code, such as a checklist's side-by-side review), and whose HTML may
 * have been rendered on a server. These waits must override LitElement's own update steps, which a
 * reactive controller cannot, so they live here, under LadderElement, and nothing else does.
 * `pending` says what the element's ladder waits for; `startLoading` asks for it.
 */
export abstract class OnDemandElement extends LitElement {
  /**
   * Rendered on a server: the shadow root came with the page (declarative shadow DOM) before this
   * element ran. Until the next update begins, `hydrating` is true.
   */
  private fromServer = !isServer && !!this.shadowRoot?.firstChild;

  /** Code a feature loads on demand, until it has: `updateComplete` waits for it. */
  private readonly codeLoading = new Set<Promise<unknown>>();

  /** What the element's ladder waits for (code or data loaded on demand); undefined once there. */
  protected abstract get pending(): Promise<unknown> | undefined;

  /** Asks for what the ladder needs to be loaded (it may then be `pending`). */
  protected abstract startLoading(): void;

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
   * A server-rendered element hydrates once what its ladder needs is loaded (at hand on the server):
   * the render that adopts the server's DOM must render what the server did. The server's DOM shows meanwhile.
   */
  protected override async scheduleUpdate(): Promise<void> {
    while (this.fromServer) {
      this.startLoading();
      const waiting = this.pending;
      if (!waiting) break;
      await waiting.catch(() => undefined);
    }
    if (!this.hasUpdated) await this.firstWait();
    await super.scheduleUpdate();
  }

  /**
   * Before the first render, what the ladder needs from code or data loaded on demand gets a short
   * while to arrive (usually a module already in the page, or a few KB): a "Loading…" message shown
   * for a frame and then replaced is a flash, and a render and a layout for nothing. Past
   * FIRST_WAIT_MS the loading message shows. A `src` request is not waited for here.
   */
  private async firstWait(): Promise<void> {
    this.startLoading();
    const waiting = this.pending;
    if (!waiting) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([waiting.catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, FIRST_WAIT_MS)))]);
    clearTimeout(timer);
  }

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

  /** Also waits for what is loaded on demand (for the ladder, for a feature) and the render that follows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let waiting = this.pending ?? [...this.codeLoading][0]; waiting; waiting = this.pending ?? [...this.codeLoading][0]) {
      await waiting.catch(() => undefined);
      result = await super.getUpdateComplete();
    }
    return result;
  }
}
