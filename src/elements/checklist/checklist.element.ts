import { html, nothing, type PropertyValues, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { RatingStore, ratingsStorageKey } from '../../data/rating-store.js';
import { LadderRatingChangeEvent } from '../../events/rating-change.js';
import { markdownToText, renderInlineMarkdown, renderMarkdown } from '../../markdown/render.js';
import { markdownStyles } from '../../markdown/render.styles.js';
import {
  entryOf,
  findOrphans,
  isEmptyEntry,
  mergeRatings,
  NOT_APPLICABLE,
  nextUpdatedAt,
  parseRatingsJson,
  type RatingEntry,
  type RatingPoint,
  type RatingScale,
  type Ratings,
  type RatingsSummary,
  type ReadinessRule,
  ratingsToMarkdown,
  serializeRatings,
  summarize,
  type Tally,
} from '../../model/ratings.js';
import { childrenOf, diffLevels, findLevel, groupByLevel, resolveLevel } from '../../model/resolve.js';
import type { Ladder, LadderError, Level, ResolvedItem, Section, SectionKind } from '../../model/types.js';
import { getLadderStrings, type LadderStrings } from '../../strings.js';
import { LadderElement } from '../shared/ladder-element.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { checklistStyles } from './checklist.styles.js';

const KIND_ICON = { expectation: '', 'red-flag': '⚑', example: '◆' } as const;

interface ViewSection {
  section: Section;
  own: ResolvedItem[];
  /** Inherited items by the level they come from, nearest first. */
  groups: { levelId: string; items: ResolvedItem[] }[];
  /** own, then the groups: display order. */
  items: ResolvedItem[];
}

interface View {
  ladder: Ladder;
  level: Level;
  /** The level compared with ("what the next level adds"), if any. */
  target?: Level;
  sections: ViewSection[];
}

/** What a row's template depends on besides its item and entry; a new object only when one of them changes. */
interface RowContext {
  t: LadderStrings;
  scale: RatingScale;
  /** The scale, plus "Not applicable" unless `no-na`. */
  points: RatingPoint[];
}

type Confirm = { kind: 'reset'; ids: string[] } | { kind: 'import'; ratings: Ratings; replacing: number; ladder?: string };

const withContent = (ratings: Ratings): Ratings => Object.fromEntries(Object.entries(ratings).filter(([, e]) => !isEmptyEntry(e)));

const sameContent = (a: RatingEntry | undefined, b: RatingEntry | undefined) =>
  JSON.stringify({ ...a, updatedAt: 0 }) === JSON.stringify({ ...b, updatedAt: 0 });

function viewSections(ladder: Ladder, levelId: string, only?: Set<string>): ViewSection[] {
  const keep = (item: ResolvedItem) => !only || only.has(item.id);
  return resolveLevel(ladder, levelId)
    .sections.map(({ section, own, inherited }) => {
      const mine = own.filter(keep);
      const groups = groupByLevel(inherited.filter(keep));
      return { section, own: mine, groups, items: [...mine, ...groups.flatMap((g) => g.items)] };
    })
    .filter((s) => s.items.length > 0);
}

/**
 * A self-rating checklist for one level: every expectation the level has (its own and the inherited
 * ones), rated on a scale, with red flags, examples, notes, a summary and a readiness statement to
 * bring to a 1:1. Ratings are saved in the browser (localStorage) by item id, shared by the
 * checklists of every level with the same `storage-key`, synchronised between tabs, and submitted
 * with an enclosing form.
 *
 * Saving: under `ladder-elements:ratings:<ladderId>:<storage-key>`. When storage is blocked or full
 * the checklist keeps working in memory and says so. Unreadable saved data is copied to
 * `<key>:corrupt-<timestamp>` before anything is written (and nothing is written if that copy fails).
 * Saved ratings for items the ladder no longer has are kept and reported.
 *
 * Readiness (`.readinessRule`, see `ReadinessRule`): by default, nothing rated at the lowest point,
 * at least 80% of applicable expectations at the highest point, and no red flag applying. It is
 * worded as a prompt for a conversation, not a score.
 *
 * Forms: the form value is the ratings JSON (`{ version: 1, ladder, level, ratings }`, empty entries
 * left out) under `name`. A form reset never erases ratings by itself: it opens the checklist's own
 * "clear ratings?" confirmation. A restored form state (back/forward navigation) is merged in.
 *
 * @summary A self-rating checklist for a career-ladder level.
 * @tag ladder-checklist
 *
 * @csspart checklist - The outer box.
 * @csspart header - Title, introduction and the next-level comparison.
 * @csspart title - The checklist's title.
 * @csspart compare - The "compare with the next level" control, or the "what the next level adds" line.
 * @csspart actions - The row of actions (copy, download, import, print, reset).
 * @csspart action - Each action button.
 * @csspart messages - Storage warnings, saved ratings for removed items, feedback (role="status").
 * @csspart confirm - The in-element confirmation (reset, import).
 * @csspart summary - Counts per section and overall, with their charts.
 * @csspart readiness - The readiness statement.
 * @csspart section - Each section (also `section-expectation`, `section-red-flag`, `section-example`).
 * @csspart group-toggle - The button that collapses a group of inherited items.
 * @csspart item - Each item's row.
 * @csspart status - The loading message.
 * @csspart error - An error message (role="alert"): ladder errors, an import file's problems.
 *
 * @cssprop [--ladder-accent=#1f5fbf] - Buttons, chart bars, the chosen rating.
 * @cssprop [--ladder-text=#1d2330] - Text colour.
 * @cssprop [--ladder-muted=#586274] - Secondary text, "Not applicable" in charts.
 * @cssprop [--ladder-surface=#ffffff] - Background.
 * @cssprop [--ladder-subtle=#f3f5f9] - Background of groups, the summary and chart tracks.
 * @cssprop [--ladder-border=#d3d9e3] - Borders.
 * @cssprop [--ladder-red-flag=#b42318] - Red-flag accents.
 * @cssprop [--ladder-example=#6a3fb5] - Example accents.
 * @cssprop [--ladder-new=#17703a] - The "ready" statement.
 * @cssprop [--ladder-radius=0.5em] - Corner radius.
 * @cssprop [--ladder-spacing=1em] - Base spacing.
 * @cssprop [--ladder-font-family=inherit] - Font family (the page's by default).
 * @cssprop [--ladder-font-size=medium] - Base font size.
 *
 * @fires ladder-rating-change - The user changed an item (rating, "applies to me", "done", or a note once it loses focus). Not fired for changes from code, other tabs or imports.
 */
export class LadderChecklistElement extends LadderElement {
  static override styles = [sharedStyles, markdownStyles, checklistStyles];
  /** Takes part in forms: submitted under `name`, reset and restored with them. */
  static readonly formAssociated = true;

  /** Ratings by item id: what is shown, saved and submitted. */
  @state() private entries: Ratings = {};
  /** Keys (`<sectionId>-<levelId>`) of the inherited groups the user collapsed. */
  @state() private collapsed: ReadonlySet<string> = new Set();
  @state() private confirming?: Confirm;
  /** Feedback on the last action ("Copied as Markdown."). */
  @state() private feedback = '';
  @state() private importErrors?: { name: string; errors: LadderError[] };
  /** The Markdown, shown for copying by hand when the clipboard is not allowed. */
  @state() private markdownFallback?: string;
  @state() private formDisabled = false;

  /** Id of the level to rate, e.g. `L4`. */
  @property({ reflect: true }) level?: string;

  /**
   * Shows only what this level adds over `level` (usually a level that inherits it: "compare with
   * the next level"). Set by the user's choice too; ratings are kept.
   */
  @property({ attribute: 'compare-to', reflect: true }) compareTo?: string;

  /** Names the saved ratings (`ladder-elements:ratings:<ladderId>:<storage-key>`); checklists sharing it share ratings. */
  @property({ attribute: 'storage-key' }) storageKey = 'default';

  /** The form field name: the ratings JSON is submitted under it. */
  @property({ reflect: true }) name?: string;

  /** Label of the "Not applicable" choice. */
  @property({ attribute: 'na-label' }) naLabel?: string;

  /** Leaves out the "Not applicable" choice. */
  @property({ type: Boolean, attribute: 'no-na' }) noNa = false;

  /** The rating scale, lowest first: `[{ value, label }]`. Values are unique and never `"na"`. Default: Not yet / Sometimes / Consistently. */
  @property({ attribute: false }) scale?: RatingScale;

  /** Overrides parts of the readiness rule: `{ minTopShare: 0.8, allowLowest: false, maxRedFlags: 0 }`. */
  @property({ attribute: false }) readinessRule?: Partial<ReadinessRule>;

  private readonly internals: ElementInternals = this.attachInternals();
  private store?: RatingStore;
  private memoView?: View;
  private memoContext?: RowContext & { page: LadderStrings; own: unknown; given?: RatingScale; naLabel?: string; noNa: boolean };
  private formValue?: string;
  private returnFocus?: HTMLElement;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.store) {
      this.store.connect();
      this.entries = mergeRatings(this.entries, this.store.load());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.store?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const ladder = this.resolvedLadder;
    const key = ladder && ratingsStorageKey(ladder.id, this.storageKey || 'default');
    if (key && key !== this.store?.key) {
      // Ratings given before the first load (a restored form state) are kept; another key's are not.
      const pending = this.store ? {} : this.entries;
      this.store?.disconnect();
      this.store = new RatingStore(key, (theirs) => this.takeRemote(theirs));
      if (this.isConnected) this.store.connect();
      this.entries = this.store.load();
      if (Object.keys(pending).length) this.entries = this.store.save(mergeRatings(this.entries, pending));
    }
    const value = this.value;
    if (value !== this.formValue) this.internals.setFormValue((this.formValue = value), value);
    if (changed.has('level') || changed.has('compareTo')) this.markdownFallback = undefined;
  }

  /**
   * Another tab (or element) saved under the same key. Its ratings are merged in; when this page
   * holds something newer that the saved data lacks (two tabs saved at once, or the key was removed),
   * the merge is written back at once, so closing this page loses nothing.
   */
  private takeRemote(theirs: Ratings): void {
    const merged = mergeRatings(this.entries, theirs);
    this.entries = merged;
    if (mergeRatings(theirs, merged) !== theirs && this.store) this.entries = this.store.save(merged);
  }

  /** A form reset never erases ratings by itself: it asks, like the Reset button (when there is anything to clear). */
  formResetCallback(): void {
    const ids = this.contentIds();
    if (ids.length) this.ask({ kind: 'reset', ids }, false);
  }

  /** Back/forward navigation restores the submitted value: merged in, so nothing newer is lost. */
  formStateRestoreCallback(saved: unknown): void {
    if (typeof saved !== 'string') return;
    const parsed = parseRatingsJson(saved);
    if (parsed.ok) this.commit(mergeRatings(this.entries, parsed.file.ratings));
  }

  /** Inside a disabled fieldset the choices are disabled too (and nothing is submitted). */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** The items shown, by section; memoised per ladder, level and compared level. */
  private get view(): View | undefined {
    const ladder = this.resolvedLadder;
    const level = ladder && this.level ? findLevel(ladder, this.level) : undefined;
    if (!ladder || !level) return undefined;
    const target = this.compareTo && this.compareTo !== level.id ? findLevel(ladder, this.compareTo) : undefined;
    const m = this.memoView;
    if (m && m.ladder === ladder && m.level === level && m.target === target) return m;
    let sections: ViewSection[];
    if (target) {
      const diff = diffLevels(ladder, level.id, target.id);
      sections = viewSections(ladder, target.id, new Set([...diff.added, ...diff.replaced.map((r) => r.item)].map((i) => i.id)));
    } else {
      sections = viewSections(ladder, level.id);
    }
    return (this.memoView = { ladder, level, target, sections });
  }

  private get rowContext(): RowContext {
    const page = getLadderStrings();
    const own = this.strings;
    const m = this.memoContext;
    if (m && m.page === page && m.own === own && m.given === this.scale && m.naLabel === this.naLabel && m.noNa === this.noNa) return m;
    const t = this.t;
    const scale = this.scale?.length ? this.scale : t.ratingScale;
    const points = this.noNa ? [...scale] : [...scale, { value: NOT_APPLICABLE, label: this.naLabel || t.notApplicable }];
    this.memoContext = { t, scale, points, page, own, given: this.scale, naLabel: this.naLabel, noNa: this.noNa };
    return this.memoContext;
  }

  /** Stores the new ratings (merged with what is saved) and shows them. */
  private commit(next: Ratings): void {
    this.entries = this.store ? this.store.save(next) : next;
  }

  private edit(id: string, change: Partial<RatingEntry>): void {
    const previous = entryOf(this.entries, id);
    const merged = { ...previous, ...change };
    const entry: RatingEntry = { updatedAt: nextUpdatedAt(previous) };
    if (merged.value !== undefined) entry.value = merged.value;
    if (merged.applies) entry.applies = true;
    if (merged.done) entry.done = true;
    if (merged.note) entry.note = merged.note;
    this.commit({ ...this.entries, [id]: entry });
  }

  private fire(id: string): void {
    const entry = entryOf(this.entries, id);
    const summary = this.summary;
    if (entry && summary) this.dispatchEvent(new LadderRatingChangeEvent(id, entry.value, entry, summary));
  }

  // One listener for every row (event delegation): rows carry data-id and data-field, no closures.
  private onRowChange(e: Event): void {
    const input = e.target as HTMLInputElement;
    const { id, field } = input.dataset;
    if (!id || !field) return;
    if (field === 'value') this.edit(id, { value: input.value });
    else if (field === 'applies' || field === 'done') this.edit(id, { [field]: input.checked });
    // A note is saved as it is typed (onRowInput); the event marks the end of the edit.
    this.fire(id);
  }

  private onRowInput(e: Event): void {
    const input = e.target as HTMLTextAreaElement;
    if (input.dataset.field === 'note' && input.dataset.id) this.edit(input.dataset.id, { note: input.value });
  }

  private toggleGroup(key: string): void {
    const next = new Set(this.collapsed);
    if (!next.delete(key)) next.add(key);
    this.collapsed = next;
  }

  private compare(levelId: string | undefined): void {
    this.compareTo = levelId;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="title"]')?.focus());
  }

  /** Ids of the shown items that have something to clear. */
  private contentIds(): string[] {
    return (this.view?.sections ?? []).flatMap((s) => s.items.map((i) => i.id)).filter((id) => !isEmptyEntry(entryOf(this.entries, id)));
  }

  private ask(confirm: Confirm, focus = true): void {
    const active = this.shadowRoot?.activeElement;
    this.returnFocus = active instanceof HTMLElement ? active : undefined;
    this.confirming = confirm;
    this.feedback = '';
    if (focus) this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.confirm-no')?.focus());
  }

  private closeConfirm(): void {
    this.confirming = undefined;
    this.returnFocus?.focus();
    this.returnFocus = undefined;
  }

  private confirmed(): void {
    const c = this.confirming;
    if (!c) return;
    if (c.kind === 'reset') {
      const next = { ...this.entries };
      for (const id of c.ids) next[id] = { updatedAt: nextUpdatedAt(entryOf(next, id)) };
      this.commit(next);
      this.feedback = this.t.resetDone;
    } else {
      const next = { ...this.entries };
      const incoming = Object.entries(c.ratings);
      for (const [id, entry] of incoming) next[id] = { ...entry, updatedAt: nextUpdatedAt(entryOf(next, id)) };
      this.commit(next);
      this.feedback = this.t.imported(incoming.length);
    }
    this.closeConfirm();
  }

  private async onFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseRatingsJson(await file.text());
    if (!parsed.ok) {
      this.importErrors = { name: file.name, errors: parsed.errors };
      this.confirming = undefined;
      return;
    }
    this.importErrors = undefined;
    const ratings = withContent(parsed.file.ratings);
    const replacing = Object.entries(ratings).filter(([id, entry]) => {
      const mine = entryOf(this.entries, id);
      return !isEmptyEntry(mine) && !sameContent(mine, entry);
    }).length;
    this.ask({ kind: 'import', ratings, replacing, ladder: parsed.file.ladder });
  }

  private downloadJson(): void {
    const view = this.view;
    if (!view) return;
    const json = serializeRatings(
      withContent(this.entries),
      { ladder: view.ladder.id, level: view.level.id, exportedAt: new Date().toISOString() },
      2,
    );
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `ratings-${view.ladder.id}-${view.level.id}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private async copyMarkdown(): Promise<void> {
    const text = this.toMarkdown();
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.markdownFallback = undefined;
      this.feedback = this.t.markdownCopied;
    } catch {
      this.feedback = '';
      this.markdownFallback = text;
    }
  }

  private readinessTopics(summary: RatingsSummary, scale: RatingScale): string[] {
    const t = this.t;
    const r = summary.readiness;
    const topics: string[] = [];
    if (r.unrated) topics.push(t.readinessUnrated(r.unrated));
    if (r.lowest && !r.rule.allowLowest) topics.push(t.readinessLowest(r.lowest, scale[0]?.label ?? ''));
    if (r.topShare < r.rule.minTopShare) {
      topics.push(t.readinessTopShare(Math.floor(r.topShare * 100), Math.ceil(r.rule.minTopShare * 100), scale.at(-1)?.label ?? ''));
    }
    if (r.redFlags > r.rule.maxRedFlags) topics.push(t.readinessRedFlags(r.redFlags));
    return topics;
  }

  private titles(view: View): { title: string; about: string } {
    const text = (level: Level) => markdownToText(level.title);
    return { title: this.t.checklistTitle(text(view.level)), about: text(view.target ?? view.level) };
  }

  private renderBar(tally: Tally, scale: RatingScale): TemplateResult {
    const total = tally.expectations + tally.redFlags + tally.examples;
    const segments: SVGTemplateResult[] = [];
    let x = 0;
    const add = (n: number | undefined, cls: string, opacity?: number) => {
      if (!n || !total) return;
      const width = (n / total) * 100;
      segments.push(svg`<rect class=${cls} x=${x} width=${width} height="1" fill-opacity=${opacity ?? nothing}></rect>`);
      x += width;
    };
    scale.forEach((p, i) => {
      add(tally.counts[p.value], 'point', (i + 1) / scale.length);
    });
    add(tally.counts[NOT_APPLICABLE], 'na');
    add(tally.applying, 'flag');
    add(tally.done, 'done');
    return html`<svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" width="100%" height="12" aria-hidden="true" focusable="false"><rect class="track" width="100" height="1"></rect>${segments}</svg>`;
  }

  private swatch(cls: string, opacity?: number): TemplateResult {
    return html`<svg class="swatch" viewBox="0 0 1 1" width="12" height="12" aria-hidden="true" focusable="false"><rect class=${cls} width="1" height="1" fill-opacity=${opacity ?? nothing}></rect></svg>`;
  }

  private sectionCount(tally: Tally): string {
    const t = this.t;
    if (tally.redFlags) return t.applyingCount(tally.applying, tally.redFlags);
    if (tally.examples) return t.doneCount(tally.done, tally.examples);
    return t.ratedCount(tally.rated, tally.expectations);
  }

  private renderSummary(summary: RatingsSummary, ctx: RowContext, about: string): TemplateResult {
    const t = this.t;
    const o = summary.overall;
    const r = summary.readiness;
    return html`<section part="summary" class="summary">
      <h3 id="summary-title" class="summary-title">${t.summaryHeading}</h3>
      <div class="overall">
        ${this.renderBar({ ...o, redFlags: 0, applying: 0, examples: 0, done: 0 }, ctx.scale)}
        <p>${t.ratedCount(o.rated, o.expectations)}</p>
        <ul class="legend" role="list">
          ${ctx.points.map((p) => {
            const i = ctx.scale.indexOf(p);
            const swatch = i < 0 ? this.swatch('na') : this.swatch('point', (i + 1) / ctx.scale.length);
            return html`<li>${swatch} ${t.pointCount(p.label, o.counts[p.value] ?? 0)}</li>`;
          })}
        </ul>
      </div>
      <ul class="per-section" role="list">
        ${summary.sections.map(
          (s) =>
            html`<li><span class="per-section-title">${s.section.title}</span>${this.renderBar(s, ctx.scale)}<span class="per-section-count">${this.sectionCount(s)}</span></li>`,
        )}
      </ul>
      <div part="readiness" class=${r.met ? 'readiness met' : 'readiness'}>
        ${
          r.met
            ? html`<p><strong>${t.readinessMet(about)}</strong></p>`
            : html`<p><strong>${t.readinessTopics(about)}</strong></p>
                <ul>${this.readinessTopics(summary, ctx.scale).map((topic) => html`<li>${topic}</li>`)}</ul>`
        }
        <p class="muted">${t.readinessNote}</p>
      </div>
    </section>`;
  }

  private renderRow(item: ResolvedItem, kind: SectionKind, ctx: RowContext): TemplateResult {
    const { t } = ctx;
    const id = item.id;
    const entry = entryOf(this.entries, id);
    const flag = kind === 'red-flag';
    return html`<li part="item" class="item kind-${kind}" id=${`item-${id}`}>
      <fieldset class="row">
        <legend class="text">
          ${kind === 'expectation' ? nothing : html`<span class="marker" aria-hidden="true">${KIND_ICON[kind]}</span><span class="visually-hidden">${t.kindLabel[kind]}: </span>`}${renderInlineMarkdown(item.text)}
        </legend>
        ${
          item.replaces
            ? html`<p class="replaces">${t.replaces} (${item.replaces.levelId}): <span class="replaced-text">${renderInlineMarkdown(item.replaces.text)}</span></p>`
            : nothing
        }
        <div class="choices">
          ${
            kind === 'expectation'
              ? ctx.points.map(
                  (p) =>
                    html`<label class="choice"><input type="radio" name=${`rate-${id}`} value=${p.value} data-id=${id} data-field="value" .checked=${entry?.value === p.value} /><span>${p.label}</span></label>`,
                )
              : html`<label class="choice"><input type="checkbox" data-id=${id} data-field=${flag ? 'applies' : 'done'} .checked=${Boolean(flag ? entry?.applies : entry?.done)} /><span>${flag ? t.redFlagApplies : t.exampleDone}</span></label>`
          }
        </div>
        <label class="note"><span class="note-label">${t.noteLabel}</span><textarea rows="1" placeholder=${t.notePlaceholder} data-id=${id} data-field="note" .value=${entry?.note ?? ''}></textarea></label>
      </fieldset>
    </li>`;
  }

  private renderItems(items: ResolvedItem[], kind: SectionKind, ctx: RowContext, id?: string, collapsed = false): TemplateResult {
    // Keyed rows; a row re-renders only when its item, its entry or the row context changes.
    return html`<ul class=${collapsed ? 'items collapsed' : 'items'} id=${id ?? nothing} role="list">
      ${repeat(
        items,
        (item) => item.id,
        (item) => guard([item, entryOf(this.entries, item.id), ctx], () => this.renderRow(item, kind, ctx)),
      )}
    </ul>`;
  }

  private renderSection(vs: ViewSection, ctx: RowContext, ladder: Ladder): TemplateResult {
    const t = this.t;
    const { section } = vs;
    const headingId = `section-${section.id}`;
    return html`<section part="section section-${section.kind}" class="section kind-${section.kind}">
      <h3 id=${headingId} class="section-title">
        ${section.kind === 'expectation' ? nothing : html`<span class="kind-badge"><span aria-hidden="true">${KIND_ICON[section.kind]}</span> ${t.kindLabel[section.kind]}</span>`}
        <span>${section.title}</span>
      </h3>
      ${section.description ? html`<div class="section-description">${renderMarkdown(section.description)}</div>` : nothing}
      ${vs.own.length ? this.renderItems(vs.own, section.kind, ctx) : nothing}
      ${vs.groups.map(({ levelId, items }) => {
        const key = `${section.id}-${levelId}`;
        const open = !this.collapsed.has(key);
        const level = findLevel(ladder, levelId);
        return html`<div class="group">
          <h4 class="group-title">
            <button type="button" part="group-toggle" class="group-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${`group-${key}`} @click=${() => this.toggleGroup(key)}>
              <span class="chevron" aria-hidden="true"></span>${t.fromLevel(levelId, level ? markdownToText(level.title) : levelId, items.length)}
            </button>
          </h4>
          ${this.renderItems(items, section.kind, ctx, `group-${key}`, !open)}
        </div>`;
      })}
    </section>`;
  }

  private renderCompare(view: View): TemplateResult | typeof nothing {
    const t = this.t;
    if (view.target) {
      return html`<p part="compare" class="compare">
        <strong>${t.gapHeading(markdownToText(view.target.title))}</strong>
        <button type="button" class="link" @click=${() => this.compare(undefined)}>${t.gapBack(markdownToText(view.level.title))}</button>
      </p>`;
    }
    const next = childrenOf(view.ladder, view.level.id);
    if (next.length === 0) return nothing;
    return html`<div part="compare" class="compare" role="group" aria-labelledby="compare-label">
      <span id="compare-label">${t.compareNext}:</span>
      ${next.map((l) => html`<button type="button" part="action" @click=${() => this.compare(l.id)}>${l.id} · ${markdownToText(l.title)}</button>`)}
    </div>`;
  }

  private renderMessages(ladder: Ladder): TemplateResult {
    const t = this.t;
    const store = this.store;
    const problem = store?.problem;
    const corrupt = store?.corrupt;
    const orphans = findOrphans(this.entries, ladder).length;
    const warning = (text: string) => html`<p class="warning">${text}</p>`;
    return html`<div part="messages" class="messages" role="status">
      ${problem === 'blocked' ? warning(t.storageBlocked) : problem === 'full' ? warning(t.storageFull) : nothing}
      ${corrupt ? warning(corrupt.keptAs ? t.storageCorruptKept(corrupt.reason, corrupt.keptAs) : t.storageCorruptUnsaved(corrupt.reason)) : nothing}
      ${orphans ? html`<p class="orphans">${t.orphans(orphans)}</p>` : nothing}
      ${this.feedback ? html`<p>${this.feedback}</p>` : nothing}
    </div>`;
  }

  private renderConfirm(ladder: Ladder): TemplateResult | typeof nothing {
    const c = this.confirming;
    if (!c) return nothing;
    const t = this.t;
    const text =
      c.kind === 'reset'
        ? t.resetConfirm(c.ids.length)
        : `${c.ladder && c.ladder !== ladder.id ? `${t.importOtherLadder(c.ladder)} ` : ''}${t.importConfirm(Object.keys(c.ratings).length, c.replacing)}`;
    return html`<div part="confirm" class="confirm" role="group" aria-labelledby="confirm-text" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.closeConfirm()}>
      <p id="confirm-text">${text}</p>
      <button type="button" part="action" class="confirm-yes" @click=${this.confirmed}>${c.kind === 'reset' ? t.resetConfirmButton : t.importConfirmButton}</button>
      <button type="button" part="action" class="confirm-no" @click=${this.closeConfirm}>${t.cancel}</button>
    </div>`;
  }

  private renderExtras(): TemplateResult {
    const t = this.t;
    const errors = this.importErrors;
    return html`${
      errors
        ? html`<div part="error" class="error" role="alert">
            <strong>${t.importInvalid(errors.name)}</strong>
            <ul>${errors.errors.slice(0, 20).map((e) => html`<li><code>${e.path}</code>: ${e.message}</li>`)}</ul>
          </div>`
        : nothing
    }
    ${
      this.markdownFallback !== undefined
        ? html`<label class="fallback"><span>${t.markdownCopyFailed}</span><textarea readonly rows="8" .value=${this.markdownFallback}></textarea></label>`
        : nothing
    }`;
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The form value: the ratings JSON (empty entries left out). */
  get value(): string {
    return serializeRatings(withContent(this.entries), { ladder: this.resolvedLadder?.id, level: this.level });
  }

  /** Counts and readiness for the items shown, or undefined before the ladder and level are known. */
  get summary(): RatingsSummary | undefined {
    const view = this.view;
    if (!view) return undefined;
    return summarize(view.sections, this.entries, this.rowContext.scale, this.readinessRule);
  }

  /** The checklist as Markdown, ready to paste into a 1:1 document ("" before the ladder and level are known). */
  toMarkdown(): string {
    const view = this.view;
    const summary = this.summary;
    if (!view || !summary) return '';
    const t = this.t;
    const { title, about } = this.titles(view);
    const o = summary.overall;
    const counts = [t.ratedCount(o.rated, o.expectations)];
    if (o.redFlags) counts.push(t.applyingCount(o.applying, o.redFlags));
    if (o.examples) counts.push(t.doneCount(o.done, o.examples));
    const scale = this.rowContext.scale;
    const readiness = summary.readiness.met
      ? t.readinessMet(about)
      : `${t.readinessTopics(about)} ${this.readinessTopics(summary, scale).join('; ')}.`;
    return ratingsToMarkdown({
      heading: view.target ? `${title} — ${t.gapHeading(about)}` : title,
      lines: [`${counts.join(' · ')}.`, readiness],
      sections: view.sections,
      levelId: (view.target ?? view.level).id,
      ratings: this.entries,
      scale,
      labels: { ...t, notApplicable: this.naLabel || t.notApplicable },
    });
  }

  protected override renderLadder(ladder: Ladder): unknown {
    const t = this.t;
    if (!this.level) return this.renderError(t.noLevel);
    const known = () => ladder.levels.map((l) => l.id).join(', ');
    if (!findLevel(ladder, this.level)) return this.renderError(t.unknownLevel(this.level, known()));
    if (this.compareTo && !findLevel(ladder, this.compareTo)) return this.renderError(t.unknownLevel(this.compareTo, known()));
    const view = this.view!;
    const ctx = this.rowContext;
    const summary = summarize(view.sections, this.entries, ctx.scale, this.readinessRule);
    const { title, about } = this.titles(view);
    const action = (label: string, handler: () => void) => html`<button type="button" part="action" @click=${handler}>${label}</button>`;
    return html`<article part="checklist" class="checklist panel" aria-labelledby="title">
      <header part="header" class="header">
        <h2 id="title" part="title" class="title" tabindex="-1">${title}</h2>
        <p class="intro">${t.checklistIntro}</p>
        ${this.renderCompare(view)}
      </header>
      <div part="actions" class="actions" role="group" aria-label=${t.actionsLabel}>
        ${action(t.copyMarkdown, this.copyMarkdown)} ${action(t.downloadJson, this.downloadJson)}
        ${action(t.importJson, () => this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.click())}
        <input type="file" accept=".json,application/json" hidden @change=${this.onFile} />
        ${action(t.print, () => window.print())} ${action(t.reset, () => this.ask({ kind: 'reset', ids: this.contentIds() }))}
      </div>
      ${this.renderMessages(ladder)} ${this.renderConfirm(ladder)} ${this.renderExtras()}
      ${this.renderSummary(summary, ctx, about)}
      <fieldset class="sections" role="none" ?disabled=${this.formDisabled} @change=${this.onRowChange} @input=${this.onRowInput}>
        ${view.sections.length ? view.sections.map((s) => this.renderSection(s, ctx, ladder)) : html`<p class="muted">${t.gapNothing}</p>`}
      </fieldset>
    </article>`;
  }
}
