import { css } from 'lit';

/** The charts of chart.ts: bars, swatches, and the fill of each kind of segment. */
export const chartStyles = css`
  .bar {
    display: block;
    width: 100%;
    height: 0.75em;
  }
  .swatch {
    width: 0.75em;
    height: 0.75em;
    vertical-align: -0.05em;
  }
  .track {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: 0.05;
  }
  .point {
    fill: var(--_accent);
  }
  .na {
    fill: var(--_muted);
  }
  .flag {
    fill: var(--_red-flag);
  }
  .done {
    fill: var(--_example);
  }
`;
