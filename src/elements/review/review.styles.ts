import { css } from 'lit';

export const reviewStyles = css`
  :host {
    container-type: inline-size;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    justify-content: space-between;
    gap: 0.5em 1em;
  }
  .header-main,
  .assessments,
  .agenda,
  .rest,
  .summary,
  .messages,
  .fallback {
    display: grid;
    gap: 0.5em;
  }
  .actions,
  .legend,
  .assessment-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .subtitle {
    font-weight: 700;
    font-size: 1.1em;
  }
  .empty,
  .notice,
  .warning {
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-inline-start: 0.35em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .warning {
    border-inline-start-color: var(--_red-flag);
    background: var(--_red-flag-bg);
  }

  /* ------------------------------------------------------------ assessments */
  .assessment-list,
  .legend,
  .chart-rows {
    list-style: none;
    padding: 0;
  }
  .assessment-list {
    display: grid;
    gap: 0.5em;
  }
  .assessment {
    display: grid;
    gap: 0.35em;
  }
  .name input {
    inline-size: 16em;
    max-inline-size: 100%;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_border);
    border-radius: 0.3em;
    background: var(--_surface);
    font-weight: 600;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .remove {
    margin-inline-start: auto;
    font-weight: 400;
  }

  /* ----------------------------------------------------------------- charts */
  .summary {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .legend {
    list-style: none;
    gap: 0.25em 1em;
    font-size: 0.9em;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
    gap: var(--_space);
  }
  .chart {
    display: grid;
    gap: 0.35em;
    align-content: start;
  }
  .chart-title {
    font-weight: 600;
  }
  .chart-rows {
    display: grid;
    grid-template-columns: minmax(4em, auto) minmax(5em, 1fr);
    align-items: center;
    gap: 0.2em 0.6em;
    list-style: none;
    font-size: 0.9em;
  }
  .chart-rows li {
    display: contents;
  }
  .chart-label {
    overflow-wrap: anywhere;
  }
  .chart-count {
    grid-column: 2;
    color: var(--_muted);
    font-size: 0.9em;
  }

  /* ----------------------------------------------------------------- tables */
  .scroller {
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.45em 0.6em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--_subtle);
    font-weight: 700;
  }
  thead th:not(.item-header) {
    min-inline-size: 9em;
    overflow-wrap: anywhere;
  }
  .section-row th {
    background: var(--_surface);
  }
  .item-cell {
    min-inline-size: 14em;
    font-weight: 400;
    overflow-wrap: anywhere;
  }
  .row {
    border-inline-start: 0.25em solid transparent;
  }
  .row.kind-red-flag .item-cell {
    background: var(--_red-flag-bg);
  }
  .row.kind-example .item-cell {
    background: var(--_example-bg);
    font-style: italic;
  }
  .row.differs {
    border-inline-start-color: var(--_accent);
  }
  .differs-mark {
    margin-inline-end: 0.4em;
    color: var(--_accent);
    font-weight: 700;
  }
  .from {
    margin-inline-start: 0.4em;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .said {
    display: inline-block;
    padding: 0.05em 0.55em;
    border: 1px solid var(--_accent);
    border-radius: 1em;
    font-weight: 600;
  }
  .said.kind-red-flag {
    border-color: var(--_red-flag);
    color: var(--_red-flag);
  }
  .said.kind-example {
    border-color: var(--_example);
    color: var(--_example);
  }
  .said.none {
    padding: 0;
    border: 0;
    color: var(--_muted);
    font-weight: 400;
  }
  .note {
    margin-block-start: 0.3em;
    font-size: 0.9em;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  @media print {
    .review {
      border: 0;
      padding: 0;
    }
    .actions,
    .remove,
    .fallback {
      display: none;
    }
    .name input {
      border: 0;
      padding: 0;
    }
    .scroller {
      overflow: visible;
      border: 0;
    }
    .summary,
    .row {
      break-inside: avoid;
    }
  }
`;
