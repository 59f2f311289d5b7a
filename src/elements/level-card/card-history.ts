/**
 * Where a reader walked in a card ("Builds on L3", then "Builds on L2"), and the way back. The level
 * the page set is home; each level the reader opens from the card is recorded in the page's history
 * as `#ladder-card=L3` (`#ladder-card-<id>=…` for a card with an id), so the browser's Back returns
 * to the level before, and a link with that hash opens the card at that level. `no-history` keeps
 * the walk in the card only. Either way the card offers "Back to …" the level before.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HashController, safeDecode } from '../shared/hash-controller.js';

export interface CardHistoryHost extends ReactiveControllerHost, HTMLElement {
  level?: string;
  noHistory: boolean;
}

export class CardHistoryController implements ReactiveController {
  private readonly host: CardHistoryHost;
  private readonly hash: HashController;
  /** The level the page set (not the reader). */
  private home?: string;
  /** Levels to go back to, the latest last. */
  private trail: string[] = [];
  /** The next change of `level` is the reader's walk (or Back), not the page setting a new home. */
  private walking = false;

  constructor(host: CardHistoryHost, onHash: () => void) {
    this.host = host;
    host.addController(this);
    this.hash = new HashController(host, () => {
      this.followHash();
      onHash();
    });
  }

  private get key(): string {
    return this.host.id ? `ladder-card-${this.host.id}` : 'ladder-card';
  }

  private get recorded(): string | undefined {
    if (this.host.noHistory) return undefined;
    const raw = this.hash.param(this.key);
    return raw === undefined ? undefined : safeDecode(raw) || undefined;
  }

  hostConnected(): void {
    this.home ??= this.host.level;
    const recorded = this.recorded;
    if (recorded && recorded !== this.host.level) this.go(recorded);
  }

  /** Called from the host's willUpdate: a `level` set by the page (not by a walk) is the new home. */
  levelChanged(): void {
    if (this.walking && this.home !== undefined) this.walking = false;
    else {
      this.walking = false;
      this.home = this.host.level;
      this.trail = [];
    }
  }

  private go(levelId: string | undefined): void {
    if (levelId === this.host.level) return;
    this.walking = true;
    this.host.level = levelId;
  }

  /** Back or Forward (or a link) changed our part of the hash: show what it names, or home. */
  private followHash(): void {
    if (this.host.noHistory) return;
    const target = this.recorded ?? this.home;
    const current = this.host.level;
    if (target === current) return;
    if (this.trail.at(-1) === target) this.trail.pop();
    else if (current) this.trail.push(current);
    this.go(target);
  }

  /** The level "Back to …" returns to, if the card shows another level than the page set. */
  get back(): string | undefined {
    const here = this.host.level;
    const target = this.trail.at(-1) ?? this.home;
    return target && target !== here ? target : undefined;
  }

  /** The reader opens `levelId` from the card. */
  walkTo(levelId: string): void {
    const current = this.host.level;
    if (levelId === current) return;
    if (current) this.trail.push(current);
    this.go(levelId);
    if (!this.host.noHistory) this.hash.pushParam(this.key, encodeURIComponent(levelId));
  }

  /** "Back to …": the browser's Back when the way here is in the history, else straight to the level before. */
  goBack(): void {
    const target = this.back;
    if (!target) return;
    if (!this.host.noHistory && this.trail.length > 0 && this.recorded !== undefined) {
      history.back();
      return;
    }
    this.trail.pop();
    this.go(target);
    if (this.host.noHistory) return;
    if (target === this.home) this.hash.removeParam(this.key);
    else this.hash.setParam(this.key, encodeURIComponent(target));
  }

  /** The hash's fragment, for item anchors. */
  get fragment(): string | undefined {
    return this.hash.fragment;
  }
}
