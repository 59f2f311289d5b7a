/**
 * The checklist's sections and rows. Rows carry `data-id` and `data-field` so that one listener on
 * the element serves them all (no closure per row), and re-render only when their item, their entry
 * or the row context changes: a click renders the one row it changed (lists are cut to what is on
 * screen, see limitView, so walking them stays bounded).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { renderInlineMarkdown, renderMarkdown } from '../../markdown/to-templates.js';
import { markdownToText } from '../../markdown/to-text.js';
import type { ChecklistSection } from '../../model/checklist-view.js';
import type { RatingEntry } from '../../model/ratings.js';
import { findLevel } from '../../model/resolve.js';
import type { Ladder, ResolvedItem, SectionKind } from '../../model/types.js';
import { kindMarker, replacesNote, sectionTitle } from '../shared/templates.js';
import type { RowContext } from './checklist-summary.js';

export interface RowsInput {
  ctx: RowContext;
  ladder: Ladder;
  entry: (id: string) => RatingEntry | undefined;
  /** Keys (`<sectionId>-<levelId>`) of the inherited groups the user collapsed. */
  collapsed: ReadonlySet<string>;
  toggleGroup: (key: string) => void;
  /** Changes whenever ratings change (RatingsController.revision). */
  revision: number;
}

function renderRow(item: ResolvedItem, kind: SectionKind, entry: RatingEntry | undefined, ctx: RowContext): TemplateResult {
  const { t } = ctx;
  const id = item.id;
  const flag = kind === 'red-flag';
  return html`<li part="item" class="item kind-${kind}" id=${`item-${id}`}>
    <fieldset class="row">
      <legend class="text">${kindMarker(kind, t)}${renderInlineMarkdown(item.text)}</legend>
      ${replacesNote(item, t)}
      <div class="choices">
        ${
          kind === 'expectation'
            ? ctx.points.map(
                (p) =>
                  html`<label class="choice"
                    ><input type="radio" name=${`rate-${id}`} value=${p.value} data-id=${id} data-field="value" .checked=${entry?.value === p.value} /><span
                      >${p.label}</span
                    ></label
                  >`,
              )
            : html`<label class="choice"
                ><input
                  type="checkbox"
                  data-id=${id}
                  data-field=${flag ? 'applies' : 'done'}
                  .checked=${Boolean(flag ? entry?.applies : entry?.done)}
                /><span>${flag ? t.checklistRedFlagApplies : t.checklistExampleDone}</span></label
              >`
        }
      </div>
      <label class="note"
        ><span class="note-label">${t.checklistNoteLabel}</span
        ><textarea rows="1" placeholder=${t.checklistNotePlaceholder} data-id=${id} data-field="note" .value=${entry?.note ?? ''}></textarea
      ></label>
    </fieldset>
  </li>`;
}

function renderItems(items: ResolvedItem[], kind: SectionKind, input: RowsInput, id?: string, collapsed = false): TemplateResult {
  const { ctx, entry } = input;
  return html`<ul class=${collapsed ? 'items collapsed' : 'items'} id=${id ?? nothing} role="list">
    ${guard([items, ctx, input.revision], () =>
      repeat(
        items,
        (item) => item.id,
        (item) => {
          const e = entry(item.id);
          return guard([item, e, ctx], () => renderRow(item, kind, e, ctx));
        },
      ),
    )}
  </ul>`;
}

export function renderSection(vs: ChecklistSection, input: RowsInput): TemplateResult {
  const { t } = input.ctx;
  const { section } = vs;
  return html`<section part="section section-${section.kind}" class="section kind-${section.kind}">
    <h3 id=${`section-${section.id}`} class="section-title">${sectionTitle(section, t)}</h3>
    ${section.description ? html`<div class="section-description">${renderMarkdown(section.description)}</div>` : nothing}
    ${vs.own.length ? renderItems(vs.own, section.kind, input) : nothing}
    ${vs.groups.map(({ levelId, items }) => {
      const key = `${section.id}-${levelId}`;
      const open = !input.collapsed.has(key);
      const level = findLevel(input.ladder, levelId);
      return html`<div class="group">
        <h4 class="group-title">
          <button
            type="button"
            part="group-toggle"
            class="group-toggle"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${`group-${key}`}
            @click=${() => input.toggleGroup(key)}
          >
            <span class="chevron" aria-hidden="true"></span>${t.checklistFromLevel(levelId, level ? markdownToText(level.title) : levelId, items.length)}
          </button>
        </h4>
        ${renderItems(items, section.kind, input, `group-${key}`, !open)}
      </div>`;
    })}
  </section>`;
}
