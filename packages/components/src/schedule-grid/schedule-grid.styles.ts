import { css, type CSSResult } from "lit";
import { cellStyles } from "./cell.styles.js";
import { dialogStyles } from "./dialog.styles.js";
import { gridStyles } from "./grid.styles.js";
import { mediaStyles } from "./media.styles.js";
import { toolbarStyles } from "./toolbar.styles.js";

/** The host, the lists and the day headings of `<schedule-grid>`. */
const layoutStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_cell-bg: var(--schedule-grid-cell-background, var(--_surface));
    --_column-width: var(--schedule-grid-column-width, 13rem);
    /* Every time row has this height, whatever its cells hold (see .grid .cell). Each field
       of a cell clamps to a budget of whole lines that this height fits (see .grid .title):
       in one row, the time and track (two small lines), two lines of title and one of
       speakers, each ending in an ellipsis when cut. */
    --_row-height: 7em;
  }

  /* Server-rendered and not upgraded (JavaScript off, or lectern.js still loading): the time
     zone choice, search, filters and stars would do nothing, so they are not shown. Their
     space is kept, so nothing moves when the element comes alive. */
  :host(:not(:defined)) .toolbar,
  :host(:not(:defined)) .fav {
    visibility: hidden;
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

  /* A session in the list: a heading band (title, time, room, chairs) over its items. The
     inline-start edge marks the block in both directions. */
  .session {
    margin: 0.75rem 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_accent, currentColor);
  }

  .session-heading h3,
  .time-not-announced h3 {
    font-size: 1em;
    margin: 0;
  }

  .session-details {
    margin: 0.125rem 0 0.5rem;
    font-size: 0.9em;
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
`;

/**
 * Styles of `<schedule-grid>`, one sheet per part, in cascade order; the public styling API
 * is documented on the element.
 */
export const scheduleGridStyles: CSSResult[] = [
  layoutStyles,
  toolbarStyles,
  gridStyles,
  cellStyles,
  dialogStyles,
  mediaStyles,
];
