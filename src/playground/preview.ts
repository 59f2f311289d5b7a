/**
 * The live preview: the drop-in's own elements (ladder-elements.js, loaded by the page) given the
 * compiled ladder through their `.ladder` property, one view at a time (card, comparison, checklist)
 * so that a big ladder renders once per change; the build summary; and, while the text has errors,
 * the last good preview kept and marked stale.
 */
import type { BuildSummary } from '../markdown/compile/types.js';
import type { Ladder } from '../model/types.js';
import { byId, el, plural } from './dom.js';

type LadderElement = HTMLElement & { ladder?: unknown; updateComplete?: Promise<unknown> };
export type View = 'card' | 'compare' | 'checklist';

export class Preview {
  readonly #elements: Record<View, LadderElement> = {
    card: byId('preview-card'),
    compare: byId('preview-compare'),
    checklist: byId('preview-checklist'),
  };
  readonly #level = byId<HTMLSelectElement>('preview-level');
  readonly #section = byId('preview');
  readonly #stale = byId('preview-stale');
  readonly #summary = byId('summary-body');
  #ladder: Ladder | undefined;
  #view: View = 'card';
  /** The view or level was changed by the author. */
  onchange: () => void = () => {};

  constructor() {
    for (const input of document.querySelectorAll<HTMLInputElement>('input[name="view"]')) {
      input.addEventListener('change', () => {
        if (!input.checked) return;
        this.#show(input.value as View);
        this.onchange();
      });
    }
    this.#level.addEventListener('change', () => {
      void this.#apply();
      this.onchange();
    });
  }

  get view(): View {
    return this.#view;
  }

  get level(): string {
    return this.#level.value;
  }

  get ladder(): Ladder | undefined {
    return this.#ladder;
  }

  #show(view: View): void {
    this.#view = view;
    for (const [name, element] of Object.entries(this.#elements)) element.hidden = name !== view || !this.#ladder;
    this.#level.disabled = view === 'compare';
    void this.#apply();
  }

  /** Hands the ladder and level to the visible element; resolves once it has rendered them. */
  async #apply(): Promise<void> {
    const element = this.#elements[this.#view];
    if (!this.#ladder) return;
    if (element.ladder !== this.#ladder) element.ladder = this.#ladder;
    if (this.#view !== 'compare' && this.#level.value) element.setAttribute('level', this.#level.value);
    element.hidden = false;
    await customElements.whenDefined(element.localName);
    await element.updateComplete;
  }

  /** A new good build: show it (keeping the chosen level while it exists). */
  async update(ladder: Ladder, summary: BuildSummary): Promise<void> {
    this.#ladder = ladder;
    const chosen = this.#level.value;
    this.#level.replaceChildren(...ladder.levels.map((l) => new Option(`${l.id} — ${l.title}`, l.id)));
    this.#level.value = ladder.levels.some((l) => l.id === chosen) ? chosen : (ladder.levels[0]?.id ?? '');
    this.#renderSummary(summary);
    this.stale(0);
    this.#show(this.#view);
    await this.#apply();
  }

  /** Nothing to show (the author started over). */
  clear(): void {
    this.#ladder = undefined;
    this.#level.replaceChildren();
    this.#summary.replaceChildren();
    this.#show(this.#view);
  }

  /** The text has `errors` (0: none): keep the last good preview, say it is stale. */
  stale(errors: number, reason?: string): void {
    const stale = errors > 0 || reason !== undefined;
    this.#section.classList.toggle('stale', stale && !!this.#ladder);
    this.#stale.hidden = !stale;
    this.#stale.textContent = !stale
      ? ''
      : this.#ladder
        ? `Out of date: this is the last version without errors. ${reason ?? `Fix the ${plural(errors, 'error')} listed under the editor to update it.`}`
        : (reason ?? `Nothing to show yet: fix the ${plural(errors, 'error')} listed under the editor.`);
  }

  #renderSummary(s: BuildSummary): void {
    const head = el(
      'p',
      `${s.ladder.title} (${s.ladder.id}): ${plural(s.levels.length, 'level')}, ${plural(s.items, 'item')} in ${plural(s.sections.length, 'section')}, ${plural(s.warnings, 'warning')}.`,
    );
    const reads = el('ul');
    for (const f of s.files) reads.append(el('li', `${f.file}: ${f.how}`));
    const table = el('table');
    table.append(el('caption', 'Items per level and section; "builds on" is the level each one inherits from'));
    const headRow = el('tr');
    for (const h of [
      'Level',
      'Title',
      'Builds on',
      ...s.sections.map((x) => (x.kind === 'expectation' ? x.title : `${x.title} (${x.kind})`)),
    ]) {
      headRow.append(el('th', h, { scope: 'col' }));
    }
    const body = el('tbody');
    for (const level of s.levels) {
      const row = el('tr');
      row.append(el('th', level.id, { scope: 'row' }), el('td', level.title), el('td', level.inherits ?? '—'));
      for (const x of s.sections)
        row.append(el('td', Object.hasOwn(level.items, x.id) ? String(level.items[x.id]) : '·', { class: 'count' }));
      body.append(row);
    }
    table.append(el('thead'), body);
    table.tHead?.append(headRow);
    this.#summary.replaceChildren(head, reads, table);
  }
}
