/**
 * The checklist's history panel: "Changes since <snapshot>" (what moved up, down, was newly rated…,
 * for the items listed) and a trend chart per section across the snapshots. Inline SVG sized by
 * attributes (no inline styles: strict CSP). Loaded, and shown, once there is a snapshot (see
 * checklist-history.ts).
 */
import { html, nothing, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import { markdownToText } from '../../markdown/to-text.js';
import type { ChecklistView } from '../../model/checklist-view.js';
import { NOT_APPLICABLE, type RatingScale, type RatingsFile, type RatingsSnapshot } from '../../model/ratings.js';
import {
  CHANGE_ORDER,
  changesSince,
  type RatingChange,
  type SectionTrend,
  sectionTrends,
  snapshotTallies,
} from '../../model/ratings-changes.js';
import { snapshotsOf } from '../../model/ratings-history.js';
import type { SectionTally, Tally } from '../../model/readiness.js';
import { Memo } from '../shared/memo.js';
import type { RowContext } from './checklist-summary.js';
import { snapshotName } from './checklist-history.js';

export interface HistoryInput {
  view: ChecklistView;
  ctx: RowContext;
  /** Oldest first. */
  snapshots: readonly RatingsSnapshot[];
  since: RatingsSnapshot;
  changes: readonly RatingChange[];
  trends: readonly SectionTrend[];
  select: (id: string) => void;
}

/** A column per snapshot (and now), stacked from the bottom: scale points darker as they rise, then not applicable; red flags applying; examples done. */
function trendChart(trend: SectionTrend, scale: RatingScale): TemplateResult {
  const columns: SVGTemplateResult[] = [];
  for (const [i, { tally }] of trend.points.entries()) {
    const total = tally.expectations + tally.redFlags + tally.examples;
    let y = 10;
    const add = (n: number | undefined, cls: string, opacity?: number) => {
      if (!n || !total) return;
      const h = (n / total) * 10;
      y -= h;
      columns.push(svg`<rect class=${cls} x=${i * 4} y=${y} width="3" height=${h} fill-opacity=${opacity ?? nothing}></rect>`);
    };
    columns.push(svg`<rect class="track" x=${i * 4} y="0" width="3" height="10"></rect>`);
    for (const [k, p] of [...scale.entries()].reverse()) add(tally.counts[p.value], 'point', (k + 1) / scale.length);
    add(tally.counts[NOT_APPLICABLE], 'na');
    add(tally.applying, 'flag');
    add(tally.done, 'done');
  }
  const width = trend.points.length * 4 - 1;
  return html`<svg class="trend-chart" viewBox="0 0 ${width} 10" width=${width * 4} height="40" aria-hidden="true" focusable="false">${columns}</svg>`;
}

/** "“Consistently”: 1 → 4 of 6", or the red flags applying, or the examples done, from the first snapshot to now. */
function trendCount(trend: SectionTrend, ctx: RowContext): string {
  const { t, scale } = ctx;
  const first = trend.points[0]!.tally;
  const now = trend.points.at(-1)!.tally;
  const pick = (tally: Tally) =>
    trend.kind === 'red-flag' ? tally.applying : trend.kind === 'example' ? tally.done : (tally.counts[scale.at(-1)?.value ?? ''] ?? 0);
  const what =
    trend.kind === 'red-flag'
      ? t.checklistRedFlagApplies
      : trend.kind === 'example'
        ? t.checklistExampleDone
        : `“${scale.at(-1)?.label ?? ''}”`;
  const total = trend.kind === 'red-flag' ? now.redFlags : trend.kind === 'example' ? now.examples : now.expectations;
  return t.checklistTrendCount(what, pick(first), pick(now), total);
}

function renderChanges(input: HistoryInput): TemplateResult {
  const { view, ctx, changes } = input;
  const { t, points } = ctx;
  if (!changes.length) return html`<p class="muted">${t.checklistChangesNone}</p>`;
  const texts = new Map<string, string>();
  for (const s of view.sections) for (const item of s.items) texts.set(item.id, markdownToText(item.text));
  const label = (value: string | undefined) =>
    value === undefined ? t.checklistNotRated : (points.find((p) => p.value === value)?.label ?? value);
  const groups = CHANGE_ORDER.map((kind) => [kind, changes.filter((c) => c.kind === kind)] as const).filter(([, list]) => list.length);
  return html`<div class="changes">
    ${groups.map(
      ([kind, list]) => html`<h4 class="change-kind">${t.checklistChangeKinds[kind]} (${list.length})</h4>
        <ul class="change-list">
          ${list.map((c) => {
            const values =
              c.sectionKind === 'expectation' && c.kind !== 'note' ? ` — ${label(c.before?.value)} → ${label(c.now?.value)}` : '';
            const note = c.noteChanged && c.kind !== 'note' ? ` (${t.checklistChangeNote})` : '';
            return html`<li data-id=${c.id}>${texts.get(c.id) ?? c.id}${values}${note}</li>`;
          })}
        </ul>`,
    )}
  </div>`;
}

export function renderHistory(input: HistoryInput): TemplateResult {
  const { ctx, snapshots, since, trends, select } = input;
  const { t } = ctx;
  return html`<section part="history" class="history" aria-labelledby="history-title">
    <h3 id="history-title" class="history-title">${t.checklistHistoryHeading(snapshots.length)}</h3>
    <label class="since">
      <span>${t.checklistChangesSince}</span>
      <select @change=${(e: Event) => select((e.target as HTMLSelectElement).value)}>
        ${[...snapshots].reverse().map((s) => html`<option value=${s.id} ?selected=${s.id === since.id}>${snapshotName(s, t)}</option>`)}
      </select>
    </label>
    ${renderChanges(input)}
    <h4 class="trend-title">${t.checklistTrendHeading}</h4>
    <p class="muted">${t.checklistTrendCaption(ctx.scale.at(-1)?.label ?? '')}</p>
    <ul class="trend" role="list">
      ${trends.map(
        (trend) => html`<li>
          <span class="trend-section">${trend.title}</span>${trendChart(trend, ctx.scale)}<span class="trend-count">${trendCount(trend, ctx)}</span>
        </li>`,
      )}
    </ul>
  </section>`;
}

/** The history panel's data, recomputed only as far as needed: the snapshots' tallies only when the snapshots change, not on every edit. */
export class HistoryDeriver {
  private readonly memo = {
    list: new Memo<RatingsSnapshot[]>(),
    tallies: new Memo<SectionTally[][]>(),
    changes: new Memo<RatingChange[]>(),
  };

  get(
    view: ChecklistView,
    file: RatingsFile,
    sinceId: string | undefined,
    ctx: RowContext,
    now: readonly SectionTally[],
  ): Omit<HistoryInput, 'select' | 'view' | 'ctx'> | undefined {
    const snapshots = this.memo.list.get([file.snapshots], () => snapshotsOf(file));
    const since = snapshots.find((s) => s.id === sinceId) ?? snapshots.at(-1);
    if (!since) return undefined;
    const { scale } = ctx;
    const tallies = this.memo.tallies.get([view.sections, snapshots, scale], () => snapshotTallies(view.sections, snapshots, scale));
    const changes = this.memo.changes.get([view.sections, since, file.ratings, scale], () =>
      changesSince(view.sections, since.ratings, file.ratings, scale),
    );
    return { snapshots, since, changes, trends: sectionTrends(snapshots, tallies, now) };
  }
}
