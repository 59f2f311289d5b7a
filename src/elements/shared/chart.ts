/**
 * The small charts elements draw: a stacked bar of a tally (each scale point, darker is higher; not
 * applicable; red flags applying; examples done) and the legend's swatches. Inline SVG sized by
 * attributes and classes (chart.styles.ts), never by inline styles: a strict CSP allows them. The
 * charts are hidden from assistive technology; the text next to them says the same.
 */
import { html, nothing, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import { NOT_APPLICABLE, type RatingScale } from '../../model/ratings.js';
import type { Tally } from '../../model/readiness.js';

/** A stacked bar over the tally's items. */
export function bar(tally: Tally, scale: RatingScale): TemplateResult {
  const total = tally.expectations + tally.redFlags + tally.examples;
  const segments: SVGTemplateResult[] = [];
  let x = 0;
  const add = (n: number | undefined, cls: string, opacity?: number) => {
    if (!n || !total) return;
    const width = (n / total) * 100;
    segments.push(svg`<rect class=${cls} x=${x} width=${width} height="1" fill-opacity=${opacity ?? nothing}></rect>`);
    x += width;
  };
  for (const [i, p] of scale.entries()) add(tally.counts[p.value], 'point', (i + 1) / scale.length);
  add(tally.counts[NOT_APPLICABLE], 'na');
  add(tally.applying, 'flag');
  add(tally.done, 'done');
  // No whitespace inside: the bar sits between two texts, and would add a space to the row's text.
  const track = svg`<rect class="track" width="100" height="1"></rect>`;
  return html`<svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" width="100%" height="12" aria-hidden="true" focusable="false">${track}${segments}</svg>`;
}

/** A legend's colour sample: `cls` is `point` (with the point's opacity) or `na`. */
export function swatch(cls: string, opacity?: number): TemplateResult {
  return html`<svg class="swatch" viewBox="0 0 1 1" width="12" height="12" aria-hidden="true" focusable="false">
    <rect class=${cls} width="1" height="1" fill-opacity=${opacity ?? nothing}></rect>
  </svg>`;
}
