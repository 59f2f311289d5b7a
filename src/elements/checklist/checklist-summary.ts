/** The checklist's summary: counts per section and overall with their charts, and the readiness statement. */
import { html, type TemplateResult } from 'lit';
import type { LadderStrings } from '../../i18n/strings.js';
import { NOT_APPLICABLE, type RatingPoint, type RatingScale } from '../../model/ratings.js';
import type { RatingsSummary, Tally } from '../../model/readiness.js';
import { bar, swatch } from '../shared/chart.js';

/** What the summary and rows depend on besides the ratings; a new object only when one of them changes. */
export interface RowContext {
  t: LadderStrings;
  scale: RatingScale;
  /** The scale, plus "Not applicable" unless `no-na`. */
  points: RatingPoint[];
}

/** The scale in force (the given one, else the strings'), with "Not applicable" unless `noNa`. */
export function rowContext(t: LadderStrings, given: RatingScale | undefined, naLabel: string | undefined, noNa: boolean): RowContext {
  const scale = given?.length ? given : t.checklistScale;
  const points = noNa ? [...scale] : [...scale, { value: NOT_APPLICABLE, label: naLabel || t.checklistNotApplicable }];
  return { t, scale, points };
}

/** The readiness rule's unmet conditions, worded as topics for a conversation. */
export function readinessTopics(summary: RatingsSummary, scale: RatingScale, t: LadderStrings): string[] {
  const r = summary.readiness;
  const topics: string[] = [];
  if (r.unrated) topics.push(t.checklistReadinessUnrated(r.unrated));
  if (r.lowest && !r.rule.allowLowest) topics.push(t.checklistReadinessLowest(r.lowest, scale[0]?.label ?? ''));
  if (r.topShare < r.rule.minTopShare) {
    topics.push(t.checklistReadinessTopShare(Math.floor(r.topShare * 100), Math.ceil(r.rule.minTopShare * 100), scale.at(-1)?.label ?? ''));
  }
  if (r.redFlags > r.rule.maxRedFlags) topics.push(t.checklistReadinessRedFlags(r.redFlags));
  return topics;
}

/** "4 of 12 expectations rated", or the red flags' or examples' count for those sections. */
export function sectionCount(tally: Tally, t: LadderStrings): string {
  if (tally.redFlags) return t.checklistApplyingCount(tally.applying, tally.redFlags);
  if (tally.examples) return t.checklistDoneCount(tally.done, tally.examples);
  return t.checklistRatedCount(tally.rated, tally.expectations);
}

/** The summary section; `about` is the title of the level the readiness statement speaks of. */
export function renderSummary(summary: RatingsSummary, ctx: RowContext, about: string): TemplateResult {
  const { t, scale } = ctx;
  const o = summary.overall;
  const r = summary.readiness;
  return html`<section part="summary" class="summary">
    <h3 id="summary-title" class="summary-title">${t.checklistSummaryHeading}</h3>
    <div class="overall">
      ${bar({ ...o, redFlags: 0, applying: 0, examples: 0, done: 0 }, scale)}
      <p>${t.checklistRatedCount(o.rated, o.expectations)}</p>
      <ul class="legend" role="list">
        ${ctx.points.map((p) => {
          const i = scale.indexOf(p);
          return html`<li>
            ${i < 0 ? swatch('na') : swatch('point', (i + 1) / scale.length)} ${t.checklistPointCount(p.label, o.counts[p.value] ?? 0)}
          </li>`;
        })}
      </ul>
    </div>
    <ul class="per-section" role="list">
      ${summary.sections.map(
        (s) =>
          html`<li>
            <span class="per-section-title">${s.section.title}</span>${bar(s, scale)}<span class="per-section-count">${sectionCount(s, t)}</span>
          </li>`,
      )}
    </ul>
    <div part="readiness" class=${r.met ? 'readiness met' : 'readiness'}>
      ${
        r.met
          ? html`<p><strong>${t.checklistReadinessMet(about)}</strong></p>`
          : html`<p><strong>${t.checklistReadinessTopics(about)}</strong></p>
              <ul>
                ${readinessTopics(summary, scale, t).map((topic) => html`<li>${topic}</li>`)}
              </ul>`
      }
      <p class="muted">${t.checklistReadinessNote}</p>
    </div>
  </section>`;
}
