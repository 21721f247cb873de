import { css } from "lit";

/** Styles of `<schedule-grid>`; the public styling API is documented on the element. */
export const scheduleGridStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_cell-bg: var(--schedule-grid-cell-background, var(--_surface));
    --_column-width: var(--schedule-grid-column-width, 13rem);
    /* Every time row has this height, whatever its cells hold (see .grid .cell). Cells clamp
       their title to fit: 5 lines per extra row, which assumes 7em rows and 1.25em lines. The
       height fits, in one row, the time and track (two small lines), two lines of title and
       two of speakers: checked on every FOSDEM 2024 cell in en-GB, en-US, de, fr and ja. */
    --_row-height: 7em;
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
    /* The room header row is sized by its text; time rows are all one height. */
    grid-template-rows: auto;
    grid-auto-rows: var(--_row-height);
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

  /* Rows are one fixed height, so a cell's size never depends on its text: the browser can
     skip laying out the cells that are off screen (content-visibility) and lay them out as
     they scroll in, without a row growing and the grid jumping. On a FOSDEM day this takes
     the first layout from about 70 to about 10 ms. Find-in-page, focus and screen readers
     still reach every cell. */
  .grid .cell {
    overflow: clip;
    content-visibility: auto;
    contain-intrinsic-size: auto var(--_column-width) auto var(--_row-height);
  }

  /* A title gets two lines in a one-row cell and five more for every further row; the full
     title is the link's text (for screen readers and find-in-page) and is in the talk's
     dialog. --_span is the number of rows, set on each cell. */
  .grid .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: calc(var(--_span, 1) * 5 - 3);
    overflow: hidden;
    /* When the time or the speakers need a second line, the title gives up the room. */
    flex: 0 1 auto;
    min-height: 1.25em;
  }

  .grid .open {
    display: flex;
    flex-direction: column;
  }

  .grid .when,
  .grid .who {
    flex: none;
  }

  /* The time, and the track on a second line (one text node: "10:30 · 5 min\nTrack"). When
     the time itself needs two lines, the track gives way. */
  .grid .when {
    white-space: pre-line;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }

  /* Cells clip what they hold (content-visibility contains paint), so focus rings go inside. */
  .grid .open:focus-visible,
  .grid .fav:focus-visible {
    outline-offset: -3px;
  }

  .grid .who:not([hidden]) {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
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
    padding: 0.3em 0.45em;
    color: inherit;
    text-decoration: none;
    display: block;
    height: 100%;
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

  /* Room for the star, which sits at the end of the first line: a float, so only that line
     is shortened and the track's line below has the cell's full width. */
  .when::before {
    content: "";
    float: inline-end;
    width: 1.9em;
    height: 1em;
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

  /* 24 by 24 px at the default size: the minimum target of WCAG 2.5.8. The talk's dialog
     has a larger favourite toggle. */
  .fav {
    background: none;
    border: 0;
    cursor: pointer;
    font-size: 1.1em;
    line-height: 1;
    padding: 0;
    color: var(--_muted);
    min-width: 1.5rem;
    min-height: 1.5rem;
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

  .print-only {
    display: none;
  }

  /* Under "All days", a day's grid that is off screen is not styled or laid out until it
     scrolls near (its height is known: one row height per time row, and the header), so
     showing every day costs little more than showing the first. Not "auto": a remembered
     size would outlive a filter that changes the day's rows. */
  .day .scroller {
    content-visibility: auto;
    contain-intrinsic-block-size: calc(var(--_rows) * var(--_row-height) + 3rem);
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

    .print-only {
      display: block;
    }

    .day-heading {
      break-after: avoid;
    }

    .day .scroller {
      content-visibility: visible;
    }

    /* On paper every title is whole: rows grow with their text again. */
    .grid {
      grid-auto-rows: minmax(2.75rem, auto);
    }

    .grid .cell {
      overflow: visible;
      content-visibility: visible;
    }

    .grid .title {
      display: block;
    }
  }
`;
