/**
 * The review's parts: the list of assessments (name fields, what each file says, a broken file's
 * problems), the per-section charts, and the tables of items with each assessment's rating and note
 * in columns. Pure templates: the element passes state and handlers in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LadderStrings } from '../../i18n/strings.js';
import { renderInlineMarkdown } from '../../markdown/to-templates.js';
import type { RatingScale } from '../../model/ratings.js';
import {
  cellWords,
  MAX_ASSESSMENTS,
  type ReadAssessment,
  type ReviewCellWords,
  type ReviewRow,
  type ReviewSection,
  type ReviewView,
} from '../../model/review.js';
import { bar, swatch } from '../shared/chart.js';
import { kindMarker, problemList, replacesNote, sectionTitle } from '../shared/templates.js';
import { fileMeta, type ReviewColumn, tallyText } from './review-export.js';

export interface ReviewContext {
  t: LadderStrings;
  scale: RatingScale;
  words: ReviewCellWords;
  /** The level the review is of: items from other levels say where they come from. */
  levelId: string;
}

/** The label shown for the assessment at `index`: its own, or "Assessment 2" when empty. */
export const labelOf = (a: ReadAssessment, index: number, t: LadderStrings) => a.label.trim() || t.reviewUnnamed(index + 1);

export interface ActionsInput {
  open: () => void;
  onFiles: (e: Event) => void;
  /** Copies the agenda; undefined while there is nothing to compare. */
  copy?: () => void;
  feedback: string;
  /** How many assessments or picked files were left out (beyond MAX_ASSESSMENTS). */
  tooMany: number;
  /** Names of picked files the browser could not read. */
  unreadable: readonly string[];
  /** The Markdown to copy by hand when the clipboard is not allowed. */
  fallback?: string;
}

/** "Open files…" and "Copy agenda as Markdown", the messages under them, and the copy-by-hand fallback. */
export function renderActions(t: LadderStrings, a: ActionsInput): TemplateResult {
  return html`<div part="actions" class="actions" role="group" aria-label=${t.reviewActionsLabel}>
      <button type="button" part="action" class="open" @click=${a.open}>${t.reviewOpenFiles}</button>
      <input type="file" accept=".json,application/json" multiple hidden @change=${a.onFiles} />
      <button type="button" part="action" ?disabled=${!a.copy} @click=${() => a.copy?.()}>${t.reviewCopyMarkdown}</button>
    </div>
    <div part="messages" class="messages" role="status">
      ${a.feedback ? html`<p>${a.feedback}</p>` : nothing}
      ${a.tooMany ? html`<p class="warning">${t.reviewTooMany(MAX_ASSESSMENTS, a.tooMany)}</p>` : nothing}
      ${a.unreadable.map((name) => html`<p class="warning">${t.reviewUnreadable(name)}</p>`)}
    </div>
    ${
      a.fallback !== undefined
        ? html`<label class="fallback"
            ><span>${t.reviewMarkdownCopyFailed}</span><textarea readonly rows="8" .value=${a.fallback}></textarea
          ></label>`
        : nothing
    }`;
}

export interface AssessmentActions {
  rename: (index: number, label: string) => void;
  remove: (index: number) => void;
}

/** Every assessment, read or not: its name (editable), what its file says, or its problems. */
export function renderAssessments(list: readonly ReadAssessment[], ladderId: string, t: LadderStrings, on: AssessmentActions) {
  if (list.length === 0) return nothing;
  return html`<section part="assessments" class="assessments">
    <h3 id="assessments-title" class="subtitle">${t.reviewAssessmentsHeading}</h3>
    <ol class="assessment-list" role="list">
      ${list.map((a, i) => {
        const label = labelOf(a, i, t);
        return html`<li part="assessment" class=${a.ok ? 'assessment' : 'assessment broken'}>
          <div class="assessment-head">
            <label class="name"
              ><span class="visually-hidden">${t.reviewLabelField(i + 1)}</span
              ><input type="text" .value=${a.label} placeholder=${t.reviewUnnamed(i + 1)} @change=${(e: Event) =>
                on.rename(i, (e.target as HTMLInputElement).value)} /></label
            >
            ${a.ok ? html`<span class="meta">${fileMeta(a.file, t)}</span>` : nothing}
            <button type="button" part="action" class="remove" aria-label=${t.reviewRemoveLabel(label)} @click=${() => on.remove(i)}>
              ${t.reviewRemove}
            </button>
          </div>
          ${
            a.ok
              ? a.file.ladder && a.file.ladder !== ladderId
                ? html`<p class="warning">${t.reviewOtherLadder(a.file.ladder)}</p>`
                : nothing
              : html`<div part="error" class="error" role="alert"><strong>${t.reviewBroken(label)}</strong>${problemList(a.errors, t)}</div>`
          }
        </li>`;
      })}
    </ol>
  </section>`;
}

/** Per section, one bar per assessment: what each said, comparable at a glance (the text says the same). */
export function renderComparison(view: ReviewView, columns: readonly ReviewColumn[], ctx: ReviewContext): TemplateResult {
  const { t, scale, words } = ctx;
  return html`<section part="summary" class="summary">
    <h3 id="summary-title" class="subtitle">${t.reviewSummaryHeading}</h3>
    <ul class="legend" role="list">
      ${scale.map((p, i) => html`<li>${swatch('point', (i + 1) / scale.length)} ${p.label}</li>`)}
      <li>${swatch('na')} ${words.notApplicable}</li>
      <li>${swatch('flag')} ${words.applies}</li>
      <li>${swatch('done')} ${words.done}</li>
    </ul>
    <div class="charts">
      ${view.comparison.map(
        ({ section, tallies }) => html`<div part="chart" class="chart">
          <h4 class="chart-title">${section.title}</h4>
          <ul class="chart-rows" role="list">
            ${tallies.map(
              (tally, i) =>
                html`<li>
                  <span class="chart-label">${columns[i]?.label}</span>${bar(tally, scale)}<span class="chart-count">${tallyText(tally, t)}</span>
                </li>`,
            )}
          </ul>
        </div>`,
      )}
    </div>
  </section>`;
}

function renderCell(row: ReviewRow, index: number, ctx: ReviewContext): TemplateResult {
  const entry = row.entries[index];
  const { text, marked } = cellWords(row.kind, entry, ctx.scale, ctx.words);
  const note = entry?.note?.trim();
  return html`<td class="cell">
    <span class=${marked ? `said kind-${row.kind}` : 'said none'}>${text}</span> ${note ? html`<p class="note">${note}</p>` : nothing}
  </td>`;
}

function renderRow(row: ReviewRow, columns: number, ctx: ReviewContext): TemplateResult {
  const { item } = row;
  const { t } = ctx;
  return html`<tr part="row" class=${row.differs ? `row kind-${row.kind} differs` : `row kind-${row.kind}`} id=${`item-${item.id}`}>
    <th scope="row" class="item-cell">
      ${row.differs ? html`<span class="differs-mark" aria-hidden="true">≠</span><span class="visually-hidden">${t.reviewDiffers}: </span>` : nothing}
      ${kindMarker(row.kind, t)}${renderInlineMarkdown(item.text)}
      ${item.levelId === ctx.levelId ? nothing : html`<span class="from">${t.inheritedFrom(item.levelId)}</span>`} ${replacesNote(item, t)}
    </th>
    ${Array.from({ length: columns }, (_, i) => renderCell(row, i, ctx))}
  </tr>`;
}

/** Items with each assessment's rating and note in columns, one row group per section, in a labelled scrolling region. */
export function renderTable(sections: readonly ReviewSection[], columns: readonly ReviewColumn[], labelledBy: string, ctx: ReviewContext) {
  const n = columns.length;
  return html`<div class="scroller" part="scroller" tabindex="0" role="region" aria-labelledby=${labelledBy}>
    <table part="table" class="table">
      <thead>
        <tr>
          <th scope="col" class="item-header">${ctx.t.reviewItemHeader}</th>
          ${columns.map((c) => html`<th scope="col" part="column-heading">${c.label}</th>`)}
        </tr>
      </thead>
      ${sections.map(
        ({ section, rows }) => html`<tbody class=${`kind-${section.kind}`}>
          <tr class="section-row">
            <th scope="rowgroup" colspan=${n + 1}><span class="section-title">${sectionTitle(section, ctx.t)}</span></th>
          </tr>
          ${rows.map((row) => renderRow(row, n, ctx))}
        </tbody>`,
      )}
    </table>
  </div>`;
}
