import { css, unsafeCSS } from 'lit';
import { BLOCKS_MAX } from './compare-table.js';

/** Print, one level per block: each column's heading and cells, in column order (cells carry data-col 1…BLOCKS_MAX). */
const blockOrder = unsafeCSS(
  Array.from({ length: BLOCKS_MAX }, (_, i) => `.grid.blocks > * > tr > [data-col='${i + 1}'] { order: ${i + 1}; }`).join('\n'),
);

/**
 * The comparison on paper: every level, no controls, equal columns, words broken only when longer
 * than their column; past three levels (TABLE_PRINT_MAX) one level per block with denser text.
 */
export const comparePrintStyles = css`
  @media print {
    .compare {
      padding: 0;
      border: 0;
      font-size: 0.8em;
    }
    .controls {
      display: none;
    }
    .scroller {
      overflow: visible;
      max-block-size: none;
      border: 0;
    }
    .grid > thead > tr > *,
    .grid > tbody > tr > th {
      position: static;
    }
    .grid .col:not(.active) {
      display: table-cell;
    }
    /* Equal columns, and words broken only where one is longer than its column (never "foundatio/n"). */
    .grid {
      table-layout: fixed;
    }
    .grid > thead > tr > .corner {
      inline-size: 8em;
    }
    .grid > * > tr > * {
      min-width: 0;
      overflow-wrap: break-word;
    }
    .grid > * > tr > .col {
      min-width: 0;
    }
    .grid > thead {
      display: table-header-group;
    }
    .item,
    .grid > thead th {
      break-inside: avoid;
    }

    /* More than three levels: one level per block, its sections one after the other, denser text. */
    .compare:has(.blocks) {
      font-size: 0.75em;
    }
    .grid.blocks {
      display: flex;
      flex-direction: column;
    }
    .grid.blocks > caption {
      display: block;
      padding-inline: 0;
    }
    .grid.blocks > thead,
    .grid.blocks > tbody,
    .grid.blocks > * > tr {
      display: contents;
    }
    .grid.blocks > * > tr > * {
      display: block;
      padding: 0;
      border: 0;
    }
    .grid.blocks > * > tr > .corner,
    .grid.blocks > tbody > tr > th {
      display: none;
    }
    .grid.blocks > thead > tr > .col {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.75em;
      margin-block-start: 1.25em;
      padding-block: 0.3em;
      border-block-start: 2px solid var(--_text);
      break-after: avoid;
    }
    .grid.blocks .level-id {
      font-size: 1.3em;
    }
    .grid.blocks .level-title {
      font-size: 1.15em;
      font-weight: 700;
    }
    .grid.blocks .compared {
      display: inline;
    }
    .grid.blocks > tbody > tr > td {
      margin-block-start: 0.5em;
    }
    .grid.blocks > tbody > tr > td::before {
      content: attr(data-section-title);
      display: block;
      margin-block-end: 0.25em;
      font-weight: 700;
      break-after: avoid;
    }
    .grid.blocks .items {
      display: block;
      columns: 2;
      column-gap: 1.5em;
    }
    .grid.blocks .item {
      margin-block-end: 0.3em;
    }
    ${blockOrder}
  }
`;
