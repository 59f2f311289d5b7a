/**
 * `sync-url` for <ladder-checklist>: the level rated and the level compared with in one part of the
 * page's hash, `#ladder-checklist=L4;L5` (`#ladder-checklist=L4` without a comparison;
 * `#ladder-checklist-<id>=…` for an element with an id), read on load and on every hash change,
 * written in place when the reader compares with the next level or goes back. A malformed %-escape
 * is ignored; a level the ladder does not have is named in a note and the rest of the link applied.
 */
import type { ReactiveControllerHost } from 'lit';
import { matchLevel } from '../../model/resolve.js';
import type { Ladder } from '../../model/types.js';
import { HashController, safeDecode } from '../shared/hash-controller.js';

export interface ChecklistUrlHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  syncUrl: boolean;
  level?: string;
  compareTo?: string;
}

export class ChecklistUrlController {
  private readonly host: ChecklistUrlHost;
  private readonly hash: HashController;
  /** What the hash asked for, until the ladder is there to check it against. */
  private wanted?: { level?: string; compareTo?: string };
  /** Level ids the last link named that the ladder does not have. */
  stale: string[] = [];

  constructor(host: ChecklistUrlHost) {
    this.host = host;
    this.hash = new HashController(host, () => {
      if (!host.syncUrl) return;
      this.restore();
      host.requestUpdate();
    });
  }

  private get key(): string {
    return this.host.id ? `ladder-checklist-${this.host.id}` : 'ladder-checklist';
  }

  /** Reads our part of the hash (nothing when there is none, or it cannot be decoded); `apply` uses it once the ladder is known. */
  restore(): void {
    const value = this.hash.param(this.key);
    if (value === undefined) return;
    const [level, compareTo] = value.split(';').map(safeDecode);
    // A malformed %-escape: not ours to repair.
    if (level === undefined || (compareTo === undefined && value.includes(';'))) return;
    this.wanted = { level: level || undefined, compareTo: compareTo || undefined };
  }

  /** Applies what the hash asked for to the host's `level` and `compareTo` (in willUpdate, so in the same update). */
  apply(ladder: Ladder | undefined): void {
    const wanted = this.wanted;
    if (!wanted || !ladder) return;
    this.wanted = undefined;
    this.stale = [];
    const level = wanted.level === undefined ? undefined : matchLevel(ladder, wanted.level);
    const target = wanted.compareTo === undefined ? undefined : matchLevel(ladder, wanted.compareTo);
    for (const [id, found] of [
      [wanted.level, level],
      [wanted.compareTo, target],
    ] as const) {
      if (id !== undefined && !found) this.stale.push(id);
    }
    if (level) this.host.level = level.id;
    // A comparison the link names is applied only with the level it is compared with.
    if (level || wanted.level === undefined) this.host.compareTo = target?.id;
  }

  /** The reader compares `level` with `compareTo` (or goes back: undefined): the view changes, the hash follows, focus goes to the title. */
  choose(level: string | undefined, compareTo: string | undefined): void {
    this.host.compareTo = compareTo;
    if (level) this.write(level, compareTo);
    this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('[part~="title"]')?.focus());
  }

  /** Writes the view the reader chose, in place. */
  write(level: string, compareTo: string | undefined): void {
    if (!this.host.syncUrl) return;
    this.stale = [];
    const value = encodeURIComponent(level) + (compareTo ? `;${encodeURIComponent(compareTo)}` : '');
    this.hash.setParam(this.key, value);
  }
}
