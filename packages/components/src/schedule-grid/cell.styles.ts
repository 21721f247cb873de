import { css } from "lit";

/** `<schedule-grid>`'s cells, in the grid and in lists. */
export const cellStyles = css`
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

  /* Each field of a grid cell has a budget of whole lines, and its box never shrinks below
     it: a text cut by line-clamp then ends in an ellipsis at the last line shown. (A title that
     gave up its room to two lines of speakers used to be cut by the cell's height mid-clamp,
     with no ellipsis: "Welcome to FOSDEM 2024" read "Welcome to".) The budgets fit a row of
     7em with its padding and borders: the time and track get 2 lines of 0.8em x 1.4 (2.24em),
     the title 2 lines of 1.25em and the speakers 1 line of 0.85em x 1.3 in a one-row cell;
     every further row gives the title 5 more lines, and the speakers a second line from the
     second row on (max(2, 5n - 4) title lines for n rows). The whole title is the link's text
     and tooltip, and is in the talk's dialog. --_span is the number of rows, set on each cell. */
  .grid .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: max(2, var(--_span, 1) * 5 - 4);
    overflow: hidden;
    flex: none;
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
    line-height: 1.4;
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
    line-height: 1.3;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    /* One line in a one-row cell, two in taller ones (see .grid .title). */
    -webkit-line-clamp: min(2, var(--_span, 1));
    overflow: hidden;
  }

  .cell.plenary {
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

  /* Change badges against a previous version: words, not colour alone; the old value struck through. */
  .change {
    display: block;
  }
  .change .badge {
    display: inline-block;
    font-size: 0.78em;
    font-weight: 600;
    padding: 0 0.4rem;
    margin-inline-end: 0.3em;
    border: 1px solid currentColor;
    border-radius: 999px;
  }
  .change .was {
    font-size: 0.85em;
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
`;
