/** The comparison's table: a column per level, a row per section, each item with its tag. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LadderStrings } from '../../i18n/strings.js';
import { renderInlineMarkdown, renderMarkdown } from '../../markdown/to-templates.js';
import type { CompareView, ItemTag } from '../../model/compare-view.js';
import type { Level, ResolvedItem } from '../../model/types.js';
import { itemExtras, KIND_ICON, replacesNote, sectionTitle, together } from '../shared/templates.js';

/** Past this many levels, print shows one level per block rather than a table (and up to BLOCKS_MAX, which the print styles know). */
export const TABLE_PRINT_MAX = 3;
export const BLOCKS_MAX = 30;

// An item shows in several columns (cumulative mode) and on every keystroke of the filter: render its Markdown once per highlight.
const rendered = new WeakMap<ResolvedItem, { highlight: string; template: TemplateResult }>();
function itemText(item: ResolvedItem, highlight: string): TemplateResult {
  let hit = rendered.get(item);
  if (hit?.highlight !== highlight) rendered.set(item, (hit = { highlight, template: renderMarkdown(item.text, { highlight }) }));
  return hit.template;
}

export interface TableInput {
  view: CompareView;
  t: LadderStrings;
  caption: string;
  /** The column the narrow layout shows. */
  shown: Level;
  /** The filter text as typed (highlighted in items). */
  highlight: string;
  /** The text of a cell with nothing in it. */
  empty: string;
  cumulative: boolean;
}

/**
 * One item in one column: its text, what it carries (details, examples) and its tag. The tags most
 * items have ("Inherited from L2", "New in L3") are part of the item's own template: a cumulative
 * comparison tags every item, and a tag of its own would be one more template instance per item.
 */
function renderItem(item: ResolvedItem, level: Level, tag: ItemTag | undefined, input: TableInput): TemplateResult {
  const { t } = input;
  const text = itemText(item, input.highlight);
  const extras = itemExtras(item, t);
  if (tag?.kind === 'carried') {
    return html`<li part="item" class="item carried" data-item=${item.id}>
      <div class="text">${text}</div>
      ${extras}
      <p part="tag" class="tag carried"><span aria-hidden="true">↳ </span>${t.inheritedFrom(item.levelId)}</p>
    </li>`;
  }
  // In cumulative mode whatever the column adds (new or reworded) is set apart from what it carries over.
  // One value, not "item ${status}": a part with strings around its value keeps an array per item and joins on every render.
  const status = tag && input.cumulative ? 'item new' : 'item';
  if (tag?.kind === 'new') {
    return html`<li part="item" class=${status} data-item=${item.id}>
      <div class="text">${text}</div>
      ${extras}
      <p part="tag" class="tag new">
        <span aria-hidden="true">★ </span>${item.levelId === level.id ? t.compareNew : t.compareNewFrom(item.levelId)}
      </p>
    </li>`;
  }
  const replaces = tag ? replacesNote({ ...item, replaces: tag.previous }, t, 'tag') : nothing;
  return html`<li part="item" class=${status} data-item=${item.id}>
    <div class="text">${text}</div>
    ${together(extras, replaces)}
  </li>`;
}

export function renderTable(input: TableInput): TemplateResult {
  const { view, t, shown } = input;
  const { levels, rows, bases, tags } = view;
  const blocks = levels.length > TABLE_PRINT_MAX && levels.length <= BLOCKS_MAX;
  const col = (level: Level) => (level === shown ? 'col active' : 'col');
  return html`<table class=${blocks ? 'grid blocks' : 'grid'} part="table">
    <caption id="caption" part="caption">${input.caption}</caption>
    <thead>
      <tr>
        <th scope="col" class="corner">${t.compareSectionHeader}</th>
        ${levels.map((level, i) => {
          const base = bases[i];
          return html`<th scope="col" part="level-heading" class=${col(level)} data-level=${level.id} data-col=${i + 1}>
            <span class="level-id">${level.id}</span>
            <span class="level-title">${renderInlineMarkdown(level.title)}</span>
            ${level.inherits ? html`<span class="builds-on">${t.buildsOn} ${level.inherits}</span>` : nothing}
            ${base ? html`<span class="compared">${t.compareNewSince(base.id)}</span>` : nothing}
          </th>`;
        })}
      </tr>
    </thead>
    <tbody>
      ${rows.map(({ section, cells, hidden }) => {
        // Printed one level per block, each cell names its section (a print-only ::before, no extra DOM).
        const heading = `${KIND_ICON[section.kind]} ${section.title}`.trim();
        return html`<tr class="kind-${section.kind}" data-section=${section.id}>
          <th scope="row" part="section-heading">${sectionTitle(section, t)}</th>
          ${cells.map((items, i) => {
            const level = levels[i]!;
            return html`<td part="cell" class=${col(level)} data-level=${level.id} data-col=${i + 1} data-section-title=${blocks ? heading : nothing}>
              ${
                items.length
                  ? html`<ul class="items" role="list">${items.map((item) => renderItem(item, level, tags[i]!.get(item.id), input))}</ul>`
                  : html`<p class="empty">${input.empty}</p>`
              }
              ${hidden[i] ? html`<p class="more-in-cell">${t.compareMoreInCell(hidden[i])}</p>` : nothing}
            </td>`;
          })}
        </tr>`;
      })}
    </tbody>
  </table>`;
}
