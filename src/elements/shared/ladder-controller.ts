/**
 * Where an element's ladder comes from, as a reactive controller: the host's own `ladder` / `src`,
 * else an enclosing <ladder-provider>'s (context), else the default bundled ladder. A `src` is
 * loaded with @lit/task: a newer `src` aborts the older request and its late answer never wins (the
 * task keeps only its latest run's result); a disconnect aborts the request and a reconnect asks
 * again; coming back `online` retries a failed request. `state` always reflects the current inputs.
 *
 * Code and data a ladder needs are loaded on demand (the bundled ladder, the validator for objects
 * and `src`, marked for texts with Markdown): meanwhile `state` is "loading" and `waiting` holds what
 * it waits for (the element's `updateComplete` waits for it too), then the host renders again.
 */
import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { type LadderState, ladderContext } from '../../context/ladder-context.js';
import { markdownPending } from '../../data/ladder-markdown.js';
import {
  defaultState,
  inputOf,
  LadderLoadError,
  type LadderInput,
  readyState,
  stateFromId,
  stateFromObject,
  waitingState,
} from '../../data/ladder-source.js';
import { loadLadder } from '../../data/load-ladder.js';
import type { LoadFailure } from '../../i18n/load.js';
import type { Ladder } from '../../model/types.js';

export interface LadderHost extends ReactiveControllerHost, HTMLElement {
  /** A ladder object, or a bundled / registered ladder's id. */
  ladder?: unknown;
  /** URL of a ladder JSON file. */
  src?: string;
}

const LOADING: LadderState = Object.freeze({ status: 'loading' });

/** Failures another attempt may get past: of the request itself, or an answer that was not JSON at all or was cut off. */
const retryable = (f: LoadFailure) =>
  f.kind === 'network' || f.kind === 'http' || f.kind === 'broken' || f.kind === 'timeout' || (f.kind === 'not-json' && f.passing);

// What was waited for and has settled: a state still naming it is stale (a provider's, about to be
// replaced), not a reason to wait again.
const settled = new WeakSet<Promise<unknown>>();

export class LadderController implements ReactiveController {
  private readonly host: LadderHost;
  private readonly task: Task<[string], Ladder>;
  /** The state an enclosing provider shares, if any. */
  private provided?: LadderState;
  /** The inputs last read, and the state they give when they are not a `src`. */
  private seen: { ladder: unknown; src: unknown; input: LadderInput } = { ladder: undefined, src: undefined, input: undefined };
  private own?: LadderState;
  /** A request was cut off by a disconnect: ask again on reconnect. */
  private cutOff = false;
  private readonly errorStates = new WeakMap<object, LadderState>();
  /** Code or data being loaded on demand for the current state, if any. */
  waiting?: Promise<unknown>;
  /** Loading code on demand failed (offline?): shown as a network error with "Try again". */
  private codeFailed?: LadderState;

  constructor(host: LadderHost, options: { consume?: boolean } = {}) {
    this.host = host;
    host.addController(this);
    if (options.consume !== false) {
      new ContextConsumer(host, {
        context: ladderContext,
        subscribe: true,
        callback: (value) => {
          this.provided = value;
          host.requestUpdate();
        },
      });
    }
    this.task = new Task(host, { task: ([url], { signal }) => loadLadder(url, signal), autoRun: false });
  }

  hostConnected(): void {
    // On a server (@lit-labs/ssr, which calls connectedCallback so that context works) there is no window.
    if (isServer) return;
    window.addEventListener('online', this.onOnline);
    if (this.cutOff) {
      this.cutOff = false;
      const { input } = this.seen;
      if (input?.kind === 'src' && this.task.status !== TaskStatus.COMPLETE) this.task.run([input.url]);
    }
  }

  hostDisconnected(): void {
    if (isServer) return;
    window.removeEventListener('online', this.onOnline);
    if (this.task.status === TaskStatus.PENDING) {
      this.cutOff = true;
      this.task.abort();
    }
  }

  hostUpdate(): void {
    this.sync();
  }

  /** Back online after a failed `src` request: try again by itself. */
  private readonly onOnline = () => {
    if (this.seen.input?.kind === 'src' && this.task.status === TaskStatus.ERROR) this.retry();
  };

  /** Reads the host's inputs; a change starts (or stops) what they ask for. */
  private sync(): void {
    const { ladder, src } = this.host;
    if (ladder === this.seen.ladder && src === this.seen.src) return;
    const input = inputOf(ladder, src);
    const before = this.seen.input;
    this.seen = { ladder, src, input };
    if (input?.kind === 'src') {
      this.own = undefined;
      // A server render does not wait for requests: it shows the loading state, which the browser then replaces.
      if (isServer) return;
      if (before?.kind !== 'src' || before.url !== input.url || this.task.status === TaskStatus.INITIAL) this.task.run([input.url]);
      return;
    }
    this.task.abort();
    this.own = this.ownState(input);
  }

  private ownState(input: LadderInput): LadderState | undefined {
    return input?.kind === 'object' ? stateFromObject(input.value) : input?.kind === 'id' ? stateFromId(input.id) : undefined;
  }

  /** Renders again once `until` settles; a failure shows a network error that "Try again" clears. */
  private wait(until: Promise<unknown>): void {
    if (this.waiting === until || settled.has(until)) return;
    this.waiting = until;
    const done = (failed: boolean) => {
      settled.add(until);
      if (this.waiting !== until) return;
      this.waiting = undefined;
      if (failed) {
        const retry = () => {
          this.codeFailed = undefined;
          this.host.requestUpdate();
        };
        this.codeFailed = { status: 'error', error: new LadderLoadError({ kind: 'network', url: import.meta.url }), retry };
      }
      this.host.requestUpdate();
    };
    until.then(
      () => done(false),
      () => done(true),
    );
  }

  private srcState(url: string): LadderState {
    const status = this.task.status;
    if (status === TaskStatus.COMPLETE) return readyState(this.task.value!);
    if (status !== TaskStatus.ERROR) return LOADING;
    const error = this.task.error;
    // An aborted run (a disconnect) is not a failure: the next connect asks again.
    if (!(error instanceof LadderLoadError) && error instanceof DOMException && error.name === 'AbortError') return LOADING;
    const key = (typeof error === 'object' && error) || this.task;
    let state = this.errorStates.get(key);
    if (!state) {
      const loadError = error instanceof LadderLoadError ? error : new LadderLoadError({ kind: 'network', url });
      // Trying again helps when the request failed, not when what came back is not a ladder.
      state = { status: 'error', error: loadError, retry: retryable(loadError.failure) ? () => this.retry() : undefined };
      this.errorStates.set(key, state);
    }
    return state;
  }

  /** Where the ladder stands now: the host's own input, else its provider's, else the default. */
  get state(): LadderState {
    this.sync();
    if (this.codeFailed) return this.codeFailed;
    const { input } = this.seen;
    // Waited for code or data: ask again (it is there now, or still loading).
    if (this.own?.status === 'loading') this.own = this.ownState(input);
    const s = input?.kind === 'src' ? this.srcState(input.url) : (this.own ?? this.provided ?? defaultState());
    const until = s.status === 'loading' ? s.until : s.status === 'ready' ? markdownPending(s.ladder) : undefined;
    if (!until) return s;
    this.wait(until);
    return s.status === 'loading' ? s : waitingState(until);
  }

  /** The ladder once it is ready, else undefined. */
  get ladder(): Ladder | undefined {
    const s = this.state;
    return s.status === 'ready' ? s.ladder : undefined;
  }

  /** Loads `src` again after a failure (failed requests are not cached, so this asks the server again). */
  retry(): void {
    const { input } = this.seen;
    // A second press of "Try again" while the first request is on its way does nothing.
    if (input?.kind === 'src' && this.task.status !== TaskStatus.PENDING) this.task.run([input.url]);
  }
}
