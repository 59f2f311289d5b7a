/** Template pieces every element shows the same way: item kinds, replacement notes, problem lists, level guards. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LadderStrings } from '../../i18n/strings.js';
import { renderInlineMarkdown, renderMarkdown } from '../../markdown/to-templates.js';
import { matchLevel } from '../../model/resolve.js';
import type { Ladder, LadderError, Level, ResolvedItem, Section, SectionKind } from '../../model/types.js';

/** The icon of each kind, next to a text label (never colour alone). */
export const KIND_ICON: Readonly<Record<SectionKind, string>> = { expectation: '', 'red-flag': '⚑', example: '◆' };

const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');

/**
 * A section heading's badge for red flags and examples: the icon, and the kind's name unless the
 * title already says it ("Red flags" does not become "⚑ RED FLAG Red flags").
 */
export function kindBadge(section: Section, t: LadderStrings): TemplateResult | typeof nothing {
  if (section.kind === 'expectation') return nothing;
  const label = t.kindLabel[section.kind];
  const said = words(section.title).includes(words(label).trim());
  return html`<span class="kind-badge kind-${section.kind}"
    ><span aria-hidden="true">${KIND_ICON[section.kind]}</span>${said ? nothing : html` ${label}`}</span
  >`;
}

/** A section's heading: its badge and title. */
export function sectionTitle(section: Section, t: LadderStrings): TemplateResult {
  return html`${kindBadge(section, t)} <span>${section.title}</span>`;
}

/** Before an item's text: the kind's icon (hidden from assistive technology) and its name (only for it). */
export function kindMarker(kind: SectionKind, t: LadderStrings): TemplateResult | typeof nothing {
  if (kind === 'expectation') return nothing;
  return html`<span class="marker" aria-hidden="true">${KIND_ICON[kind]}</span><span class="visually-hidden">${t.kindLabel[kind]}: </span>`;
}

/** "Replaces (L3): <old text>" under an item that supersedes an inherited one. */
export function replacesNote(item: ResolvedItem, t: LadderStrings, part?: string): TemplateResult | typeof nothing {
  const previous = item.replaces;
  if (!previous) return nothing;
  return html`<p class=${part ? `${part} replaces` : 'replaces'} part=${part ?? nothing}>
    <span class="replaces-label">${t.replaces} (${previous.levelId}):</span>
    <span class="replaced-text">${renderInlineMarkdown(previous.text)}</span>
  </p>`;
}

type Piece = TemplateResult | typeof nothing;

/**
 * Up to three optional pieces of an item (its details, the text it replaces, a tag…) in one binding:
 * nothing, the one there is, or all of them separated by a space. One part per item instead of one per
 * piece: most items have none or one, and a long list pays for every part.
 */
export function together(a: Piece, b: Piece, c: Piece = nothing): Piece {
  const shown = [a, b, c].filter((p): p is TemplateResult => p !== nothing);
  return shown.length === 0 ? nothing : shown.length === 1 ? shown[0]! : html`${a} ${b} ${c}`;
}

/**
 * What an item carries besides its text: the points it breaks down into (`details`) and the examples
 * attached to it (`examples`, under their label). Nothing when it has neither.
 */
export function itemExtras(item: ResolvedItem, t: LadderStrings): TemplateResult | typeof nothing {
  const { details, examples } = item;
  if (!details?.length && !examples?.length) return nothing;
  return html`${details?.length ? html`<ul class="details">${details.map((d) => html`<li>${renderMarkdown(d)}</li>`)}</ul>` : nothing}${
    examples?.length
      ? html`<div class="examples">
          <p class="examples-label">${t.itemExamples}</p>
          <ul>
            ${examples.map((e) => html`<li>${renderMarkdown(e)}</li>`)}
          </ul>
        </div>`
      : nothing
  }`;
}

/**
 * Long lists stop after this many items and offer to show as many again: the work a ladder can cause
 * is bounded by what is on screen, not by its size (README, "Security and reliability").
 */
export const SHOWN_STEP = 1000;

/** "Showing 1,000 of 100,000 items. [Show 1,000 more]" under a list cut for length (nothing when nothing is hidden). */
export function showMore(hidden: number, shown: number, t: LadderStrings, more: () => void): TemplateResult | typeof nothing {
  if (hidden <= 0) return nothing;
  return html`<p class="more" part="show-more">
    ${t.shownOf(shown, shown + hidden)} <button type="button" part="action" @click=${more}>${t.showMore(Math.min(hidden, SHOWN_STEP))}</button>
  </p>`;
}

/** How many problems a list shows before "… N more". */
export const PROBLEMS_SHOWN = 50;

/** Validation problems: JSON path and message each. */
export function problemList(problems: readonly LadderError[], t: LadderStrings): TemplateResult {
  return html`<ul class="problems">
    ${problems.slice(0, PROBLEMS_SHOWN).map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
    ${problems.length > PROBLEMS_SHOWN ? html`<li>${t.moreProblems(problems.length - PROBLEMS_SHOWN)}</li>` : nothing}
  </ul>`;
}

/** The level an attribute names (exactly, else in another case when unambiguous), or the message saying why there is none. */
export function levelOrProblem(ladder: Ladder, id: string | undefined, t: LadderStrings): Level | string {
  if (!id) return t.noLevel;
  return matchLevel(ladder, id) ?? t.unknownLevel(id, ladder.levels.map((l) => l.id).join(', '));
}
