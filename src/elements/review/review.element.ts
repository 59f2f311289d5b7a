import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../shared/decorators.js';
import type { LadderState } from '../../context/ladder-context.js';
import { copyText, readFileText } from '../../data/file-io.js';
import { LadderAssessmentsChangeEvent } from '../../events/assessments-change.js';
import { checklistStrings } from '../../i18n/checklist.js';
import { addDefaultStrings } from '../../i18n/page-strings.js';
import { reviewStrings } from '../../i18n/review.js';
import { markdownStyles } from '../../markdown/render.styles.js';
import { markdownToText } from '../../markdown/to-text.js';
import { parseJsonText } from '../../model/json-text.js';
import type { RatingScale } from '../../model/ratings.js';
import { MAX_ASSESSMENTS, type ReviewAssessment } from '../../model/review.js';
import type { Ladder } from '../../model/types.js';
import { actionsStyles } from '../shared/actions.styles.js';
import { chartStyles } from '../shared/chart.styles.js';
import { itemStyles } from '../shared/item.styles.js';
import { LadderElement } from '../shared/ladder-element.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { reviewMarkdown } from './review-export.js';
import { renderActions, renderAssessments, renderComparison, renderTable } from './review-templates.js';
import { type Derived, ReviewDeriver } from './review-derive.js';
import { reviewStyles } from './review.styles.js';

/** Everything the review shows, derived once per change in willUpdate. */

/**
 * Two or more assessments of one person against one level, side by side and read-only: "Self" and
 * "Manager", or last review's file and this one's. Each is a ratings file exactly as a checklist's
 * "Download JSON" writes it, given as `.assessments` or opened with "Open files…". The items where
 * they differ (different ratings; a red flag that applies for one and not the other; an example done
 * or not) come first, as the agenda for the conversation; then everything else, each assessment's
 * rating and note in its own column, and a chart per section comparing them. "Copy agenda as
 * Markdown" gives it all for a 1:1 document.
 *
 * Nothing is saved: the review reads files and properties and writes no storage, so opening someone's
 * file here never changes anyone's saved ratings. A file that is not a valid ratings file shows its
 * problems with their JSON paths; the others are still compared.
 *
 * @summary Assessments of one person against one level, side by side, with what they differ on first.
 * @tag ladder-review
 *
 * @slot header-end - Content placed at the end of the header (a button, a badge). Always rendered, also while loading or on an error.
 *
 * @csspart review - The outer box.
 * @csspart header - Title and introduction.
 * @csspart title - The review's title.
 * @csspart actions - The row of actions ("Open files…", "Copy agenda as Markdown").
 * @csspart action - Each action button, and each assessment's "Remove".
 * @csspart messages - Feedback and notices (role="status").
 * @csspart assessments - The list of assessments, with their names (editable) and what their files say.
 * @csspart assessment - Each assessment in that list.
 * @csspart summary - The per-section charts.
 * @csspart chart - Each section's chart: one bar per assessment.
 * @csspart agenda - "Worth talking about": the items the assessments differ on.
 * @csspart rest - Everything else.
 * @csspart scroller - The scrolling, focusable region around each table.
 * @csspart table - Each table of items.
 * @csspart column-heading - Each assessment's column heading.
 * @csspart row - Each item's row.
 * @csspart status - The loading message.
 * @csspart error - An error message (role="alert"): ladder or level errors, a file's problems.
 *
 * @cssprop [--ladder-accent=#1f5fbf] - Buttons, chart bars, the mark of items that differ.
 * @cssprop [--ladder-text=#1d2330] - Text colour.
 * @cssprop [--ladder-muted=#586274] - Secondary text, "Not rated", "Not applicable" in charts.
 * @cssprop [--ladder-surface=#ffffff] - Background.
 * @cssprop [--ladder-subtle=#f3f5f9] - Background of headings, the summary and chart tracks.
 * @cssprop [--ladder-border=#d3d9e3] - Borders.
 * @cssprop [--ladder-red-flag=#b42318] - Red-flag accents.
 * @cssprop [--ladder-example=#6a3fb5] - Example accents.
 * @cssprop [--ladder-radius=0.5em] - Corner radius.
 * @cssprop [--ladder-spacing=1em] - Base spacing.
 * @cssprop [--ladder-font-family=inherit] - Font family (the page's by default).
 * @cssprop [--ladder-font-size=medium] - Base font size.
 *
 * @fires ladder-assessments-change - The user opened files, renamed an assessment or removed one. Not fired when `assessments` is set from code.
 */
export class LadderReviewElement extends LadderElement {
  static {
    // This element's strings (and the checklist's it reuses) join the page's when its code loads (see i18n/page-strings.ts).
    addDefaultStrings({ ...checklistStrings, ...reviewStrings });
  }

  static override styles = [sharedStyles, markdownStyles, itemStyles, actionsStyles, chartStyles, reviewStyles];

  /** Feedback on the last action ("Copied as Markdown."). */
  @state() private feedback = '';
  /** The Markdown, shown for copying by hand when the clipboard is not allowed. */
  @state() private markdownFallback?: string;
  /** Names of picked files the browser could not read, and how many picked files found no room. */
  @state() private openProblems: { unreadable: string[]; dropped: number } = { unreadable: [], dropped: 0 };

  /** The level the assessments are of, e.g. `L4`. Default: the `level` the files name, when they agree. */
  @property({ reflect: true }) level?: string;

  /**
   * The assessments, in column order: `[{ label: 'Self', ratings }, { label: 'Manager', ratings }]`,
   * where `ratings` is a ratings file as a checklist's "Download JSON" writes it (the object, or its
   * JSON text). Each is validated; a broken one shows its problems. "Open files…" and the user's
   * renaming or removing replace this array (and fire `ladder-assessments-change`). At most 12.
   */
  @property({ attribute: false }) assessments: ReviewAssessment[] = [];

  /** The rating scale the files use, lowest first: `[{ value, label }]`. Default: Not yet / Sometimes / Consistently. */
  @property({ attribute: false }) scale?: RatingScale;

  /** Label of the "Not applicable" rating. */
  @property({ attribute: 'na-label' }) naLabel?: string;

  private derived: Derived = { read: [], dropped: 0, columns: [] };
  private readonly deriver = new ReviewDeriver();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.derive();
    if (changed.has('assessments') || changed.has('level')) this.markdownFallback = undefined;
  }

  private derive(): void {
    const { assessments, level, scale, naLabel, t } = this;
    this.derived = this.deriver.derive({ assessments, ladder: this.resolvedLadder, level, scale, naLabel, t });
  }

  private change(next: ReviewAssessment[]): void {
    this.assessments = next;
    this.feedback = '';
    this.dispatchEvent(new LadderAssessmentsChangeEvent(next));
  }

  private current(): ReviewAssessment[] {
    return Array.isArray(this.assessments) ? [...this.assessments] : [];
  }

  private readonly rename = (index: number, label: string): void => {
    const next = this.current();
    const old = next[index];
    if (!old) return;
    next[index] = { ...old, label };
    this.change(next);
  };

  private readonly removeAt = (index: number): void => {
    const next = this.current();
    next.splice(index, 1);
    this.change(next);
    // Focus stays in the list (the next assessment's name), or goes back to "Open files…".
    this.updateComplete.then(() => {
      const fields = this.renderRoot.querySelectorAll<HTMLElement>('.assessment input');
      (fields[Math.min(index, fields.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('.open'))?.focus();
    });
  };

  /** Picked files become assessments labelled with their names; a file that is not JSON keeps its text, so its problem is shown. */
  private async onFiles(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (!files.length) return;
    const before = this.current();
    const room = Math.max(0, MAX_ASSESSMENTS - before.length);
    const added: ReviewAssessment[] = [];
    const unreadable: string[] = [];
    for (const file of files.slice(0, room)) {
      const text = await readFileText(file);
      if (text === undefined) {
        unreadable.push(file.name);
        continue;
      }
      const parsed = parseJsonText(text);
      added.push({ label: file.name, ratings: parsed.ok ? parsed.value : text });
    }
    this.openProblems = { unreadable, dropped: Math.max(0, files.length - room) };
    if (added.length) this.change([...this.current(), ...added]);
  }

  private readonly copyMarkdown = async (): Promise<void> => {
    const text = this.toMarkdown();
    if (!text) return;
    if (await copyText(text)) {
      this.markdownFallback = undefined;
      this.feedback = this.t.reviewMarkdownCopied;
    } else {
      this.feedback = '';
      this.markdownFallback = text;
    }
  };

  /** The agenda as Markdown for a 1:1 document: every difference with each assessment's rating and note, then the rest ("" until there is something to compare). */
  toMarkdown(): string {
    this.derive();
    const { level, view, ctx, columns } = this.derived;
    if (!view || !ctx || typeof level !== 'object') return '';
    return reviewMarkdown({ level, columns, view, scale: ctx.scale, naLabel: this.naLabel, t: this.t });
  }

  /** The box, header and slot, whatever the state: slotted content never vanishes while loading or on an error. */
  private frame(title: string, body: unknown, actions: unknown = nothing): TemplateResult {
    return html`<article part="review" class="review panel" aria-labelledby="title">
      <header part="header" class="header">
        <div class="header-main">
          <h2 id="title" part="title" class="title" tabindex="-1">${title}</h2>
          <p class="muted">${this.t.reviewIntro}</p>
        </div>
        <slot name="header-end"></slot>
      </header>
      ${actions} ${body}
    </article>`;
  }

  protected override renderStatus(s: Exclude<LadderState, { status: 'ready' }>): TemplateResult {
    return this.frame(this.t.reviewTitleNoLevel, super.renderStatus(s));
  }

  private renderActions(): TemplateResult {
    const { unreadable, dropped } = this.openProblems;
    return renderActions(this.t, {
      open: () => this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.click(),
      onFiles: (e) => this.onFiles(e),
      copy: this.derived.view ? this.copyMarkdown : undefined,
      feedback: this.feedback,
      tooMany: dropped + this.derived.dropped,
      unreadable,
      fallback: this.markdownFallback,
    });
  }

  private renderBody(): unknown {
    const t = this.t;
    const { read, columns, level, view, ctx } = this.derived;
    if (read.length === 0) return html`<p class="empty">${t.reviewEmpty}</p>`;
    if (typeof level === 'string') return this.renderError(level);
    if (!view || !ctx) return nothing;
    const agenda =
      columns.length > 1
        ? html`<section part="agenda" class="agenda">
            <h3 id="agenda-title" class="subtitle">${t.reviewAgendaHeading(view.differing)}</h3>
            ${view.differing ? renderTable(view.agenda, columns, 'agenda-title', ctx) : html`<p class="muted">${t.reviewAgendaEmpty}</p>`}
          </section>`
        : html`<p class="notice">${t.reviewOnlyOne}</p>`;
    return html`${agenda} ${renderComparison(view, columns, ctx)}
      ${
        view.rest.length
          ? html`<section part="rest" class="rest">
              <h3 id="rest-title" class="subtitle">${t.reviewRestHeading}</h3>
              ${renderTable(view.rest, columns, 'rest-title', ctx)}
            </section>`
          : nothing
      }`;
  }

  protected override renderLadder(ladder: Ladder): unknown {
    const t = this.t;
    const level = this.derived.level;
    const title = typeof level === 'object' ? t.reviewTitle(markdownToText(level.title)) : t.reviewTitleNoLevel;
    const list = renderAssessments(this.derived.read, ladder.id, t, { rename: this.rename, remove: this.removeAt });
    return this.frame(title, html`${list} ${this.renderBody()}`, this.renderActions());
  }
}
