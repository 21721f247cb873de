import { css } from "lit";

/** Styles of `<schedule-grid>`; the public styling API is documented on the element. */
export const scheduleGridStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_cell-bg: var(--schedule-grid-cell-background, var(--_surface));
    --_column-width: var(--schedule-grid-column-width, 13rem);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-block-end: 0.75rem;
  }

  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
  }

  legend {
    float: inline-start;
    font-weight: 600;
    margin-inline-end: 0.5rem;
  }

  label {
    display: inline-flex;
    gap: 0.3rem;
    align-items: center;
  }

  input[type="search"] {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.3rem 0.5rem;
    min-width: 14rem;
  }

  details.filters > summary {
    cursor: pointer;
    font-weight: 600;
  }

  details.filters[open] {
    flex-basis: 100%;
  }

  .filter-groups {
    display: grid;
    gap: 0.5rem;
    padding-block: 0.5rem;
  }

  .tool-button,
  [role="tab"] {
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35rem 0.75rem;
    cursor: pointer;
    min-height: 2.25rem;
  }

  [role="tablist"] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin-block-end: 0.75rem;
  }

  [role="tab"][aria-selected="true"] {
    background: var(--_accent);
    color: var(--_accent-contrast);
    border-color: var(--_accent);
    font-weight: 650;
  }

  .scroller {
    overflow: auto;
    max-height: var(--schedule-grid-max-height, none);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .grid {
    display: grid;
    grid-template-columns: max-content;
    /* A fixed width: 1fr would make the browser share out space across 35 rooms. */
    grid-auto-columns: var(--_column-width);
    grid-auto-rows: minmax(2.75rem, auto);
    position: relative;
    min-width: min-content;
  }

  .room-header,
  .corner {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_bg);
    border-block-end: 2px solid var(--_border);
    padding: 0.4rem 0.5rem;
    font-weight: 650;
    margin: 0;
    font-size: 1em;
  }

  .corner {
    left: 0;
    z-index: 3;
  }

  .time-label {
    position: sticky;
    left: 0;
    z-index: 1;
    background: var(--_bg);
    border-inline-end: 1px solid var(--_border);
    border-block-start: 1px solid var(--_border);
    padding: 0.25rem 0.5rem;
    font-variant-numeric: tabular-nums;
    font-size: 0.9em;
    white-space: nowrap;
  }

  .time-label .secondary {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
  }

  .cell {
    margin: 2px;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_cell-bg);
    border: 1px solid var(--_border);
    border-inline-start: 0.3rem solid var(--_track, var(--_border));
    position: relative;
    min-width: 0;
  }

  .cell.spanning {
    background: var(--schedule-grid-break-background, var(--_bg));
    border-style: dashed;
    border-inline-start-style: dashed;
  }

  .cell.live {
    outline: 2px solid var(--_accent);
  }

  .cell.cancelled .title {
    text-decoration: line-through;
  }

  /* Block layout inside cells, not flex or grid: hundreds of cells, laid out on every day switch. */
  .open {
    text-align: start;
    padding: 0.3rem 0.45rem;
    color: inherit;
    text-decoration: none;
    display: block;
    height: 100%;
    padding-inline-end: 2.25rem;
  }

  .when,
  .title,
  .who {
    display: block;
  }

  .who[hidden],
  .time-label .secondary[hidden] {
    display: none;
  }

  /* Proportional figures: a cell's one time line aligns with nothing, and tabular figures
     cost a font-feature shaping pass in every cell. */
  .when {
    font-size: 0.8em;
    color: var(--_muted);
  }

  .title {
    font-weight: 600;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }

  .who {
    font-size: 0.85em;
    color: var(--_muted);
  }

  .fav {
    background: none;
    border: 0;
    cursor: pointer;
    font-size: 1.1em;
    line-height: 1;
    padding: 0.35rem;
    color: var(--_muted);
    min-width: 2.25rem;
    min-height: 2.25rem;
    position: absolute;
    top: 0;
    inset-inline-end: 0;
  }

  /* The star is drawn by CSS: the button's name is its aria-label, and hundreds of cells
     save a text node each. */
  .fav::before {
    content: "☆";
  }

  .fav[aria-pressed="true"] {
    color: var(--_accent);
  }

  .fav[aria-pressed="true"]::before {
    content: "★";
  }

  .now-line {
    position: relative;
    pointer-events: none;
    z-index: 1;
  }

  .now-line::before {
    content: "";
    position: absolute;
    inset-inline: 0;
    top: var(--_now-fraction, 0%);
    border-block-start: 2px solid var(--schedule-grid-now-color, var(--_danger));
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }

  .list .cell {
    margin: 0;
  }

  .day-heading {
    font-size: 1.1em;
    margin: 1rem 0 0.5rem;
  }


  .note {
    color: var(--_muted);
  }

  dialog {
    border: 0;
    border-radius: var(--_radius);
    padding: 0;
    max-width: min(44rem, 95vw);
    width: 100%;
    background: var(--_bg);
    color: var(--_fg);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  .dialog-bar {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
    padding: 0.4rem;
  }

  /* The star is decoration: "/ ''" keeps it out of the button's accessible name. */
  .dialog-bar .favourite::before {
    content: "☆ " / "";
  }

  .dialog-bar .favourite[aria-pressed="true"]::before {
    content: "★ " / "";
    color: var(--_accent);
  }

  @media (forced-colors: active) {
    .cell {
      border-color: CanvasText;
    }

    [role="tab"][aria-selected="true"] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }

  @media print {
    .toolbar,
    [role="tablist"],
    .fav,
    .now-line,
    dialog {
      display: none !important;
    }

    .scroller {
      overflow: visible;
      max-height: none;
      border: 0;
    }

    .room-header,
    .corner,
    .time-label {
      position: static;
    }

    .cell {
      break-inside: avoid;
    }
  }
`;
