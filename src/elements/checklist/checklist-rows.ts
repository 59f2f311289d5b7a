/**
 * The checklist's sections and rows. A row carries `data-row` (its item's id) and each of its inputs
 * `data-field`, so that one listener on the element serves them all (no closure per row, and no id
 * repeated on each of a row's controls), and re-render only when their item, their entry,
 * the row context or whether their note box is open changes. A row's "Clear rating", "Add note" and
 * note box are in checklist-row-tools, an inherited group's heading in checklist-groups.
 *
 * A list's rows come in runs of ROWS_PER_RUN, each in a plain <div> (no role, so assistive technology
 * sees one list of all the items), and every run but the last is laid out only near the view
 * (`content-visibility: auto`). Per row, that made a click in a 5,000-row list cost 2.6 times what
 * it costs in a 50-row one: after a change the browser weighs every such box against the view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { renderInlineMarkdown, renderMarkdown } from '../../markdown/to-templates.js';
import type { ChecklistSection } from '../../model/checklist-view.js';
import { groupKey } from '../../model/checklist-progress.js';
import type { RatingEntry } from '../../model/ratings.js';
import { isMarked } from '../../model/ratings-markdown.js';
import type { ResolvedItem, SectionKind } from '../../model/types.js';
import { inBrowser } from '../shared/ssr.js';
import { itemExtras, kindMarker, replacesNote, sectionTitle, together } from '../shared/templates.js';
import { type GroupInput, groupLabel, renderGroupHeading } from './checklist-groups.js';
import { rowTextId, rowTools } from './checklist-row-tools.js';
import type { RowContext } from './checklist-summary.js';

export interface RowsInput extends GroupInput {
  entry: (id: string) => RatingEntry | undefined;
  /** Keys (`<sectionId>-<levelId>`) of the inherited groups the user opened (they start closed). */
  expanded: ReadonlySet<string>;
  /** Ids of the rows whose note box the user opened ("Add note"); a row with a note shows it anyway. */
  notesOpen: ReadonlySet<string>;
}

function renderRow(
  item: ResolvedItem,
  kind: SectionKind,
  entry: RatingEntry | undefined,
  ctx: RowContext,
  noteOpen = false,
): TemplateResult {
  const { t } = ctx;
  const id = item.id;
  const flag = kind === 'red-flag';
  // "unmarked": left out of the print view (as of the Markdown export) unless `export-all`.
  const marked = isMarked(kind, entry, ctx.scale);
  return html`<div role="listitem" part="item" class=${marked ? `item kind-${kind}` : `item kind-${kind} unmarked`} id=${`item-${id}`} data-row=${id}>
    <fieldset class="row">
      <legend class="text" id=${rowTextId(id)}>${kindMarker(kind, t)}${renderInlineMarkdown(item.text)}</legend>
      ${together(itemExtras(item, t), replacesNote(item, t))}
      <div class="choices">
        ${
          kind === 'expectation'
            ? ctx.points.map(
                (p) =>
                  html`<label class="choice"
                    ><input type="radio" name=${`rate-${id}`} value=${p.value} data-field="value"
                    ?checked=${entry?.value === p.value}
                    .checked=${inBrowser(entry?.value === p.value)} /><span
                      >${p.label}</span
                    ></label
                  >`,
              )
            : html`<label class="choice"
                ><input
                  type="checkbox"
                  data-field=${flag ? 'applies' : 'done'}
                  ?checked=${Boolean(flag ? entry?.applies : entry?.done)}
                  .checked=${inBrowser(Boolean(flag ? entry?.applies : entry?.done))}
                /><span>${flag ? t.checklistRedFlagApplies : t.checklistExampleDone}</span></label
              >`
        }
      </div>
      ${rowTools(id, kind, entry, ctx, noteOpen)}
    </fieldset>
  </div>`;
}

/** Rows per run; a run is laid out only near the view. */
const ROWS_PER_RUN = 20;

function renderItems(items: ResolvedItem[], kind: SectionKind, input: RowsInput, id?: string, collapsed = false): TemplateResult {
  const { ctx, entry, notesOpen } = input;
  const row = (item: ResolvedItem) => {
    const e = entry(item.id);
    const open = notesOpen.has(item.id);
    return guard([item, e, ctx, open], () => renderRow(item, kind, e, ctx, open));
  };
  const runs: ResolvedItem[][] = [];
  for (let i = 0; i < items.length; i += ROWS_PER_RUN) runs.push(items.slice(i, i + ROWS_PER_RUN));
  return html`<div class=${collapsed ? 'items collapsed' : 'items'} id=${id ?? nothing} role="list">
    ${runs.map((run) => html`<div class="run">${repeat(run, (item) => item.id, row)}</div>`)}
  </div>`;
}

export function renderSection(vs: ChecklistSection, input: RowsInput): TemplateResult {
  const { t } = input.ctx;
  const { section } = vs;
  return html`<section part="section section-${section.kind}" class="section kind-${section.kind}">
    <h3 id=${`section-${section.id}`} class="section-title">${sectionTitle(section, t)}</h3>
    ${section.description ? html`<div class="section-description">${renderMarkdown(section.description)}</div>` : nothing}
    ${vs.own.length ? renderItems(vs.own, section.kind, input) : nothing}
    ${vs.groups.map(({ levelId, items }) => {
      const key = groupKey(section.id, levelId);
      const open = input.filtering || input.expanded.has(key);
      return html`<div class="group">
        ${renderGroupHeading(key, groupLabel(levelId, items, section.kind, input), open, input)}
        ${renderItems(items, section.kind, input, `group-${key}`, !open)}
      </div>`;
    })}
  </section>`;
}
