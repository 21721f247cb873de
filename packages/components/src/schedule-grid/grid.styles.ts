import { css } from "lit";

/** `<schedule-grid>`'s day grid: its scroller, room headers, time column and now-line. */
export const gridStyles = css`
  .scroller {
    overflow: auto;
    max-height: var(--schedule-grid-max-height, none);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .grid {
    display: grid;
    grid-template-columns: max-content;
    /* At least the column width; a few rooms share the rest of the width (so titles are not
       cut beside empty space), many rooms scroll at that width. Not a bare 1fr, which would
       squeeze 35 rooms into the screen. */
    grid-auto-columns: minmax(var(--_column-width), 1fr);
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

  /* The grid lines of the headers and time labels that every day shares; the columns of
     room headers and the rows of time labels are set per element (through the CSSOM). */
  .corner {
    grid-row: 1;
    grid-column: 1;
    left: 0;
    z-index: 3;
  }

  .room-header {
    grid-row: 1;
  }

  .time-label {
    grid-column: 1;
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

  /* A concurrent session (posters): one cell; its list opens below its title and scrolls
     inside the cell rather than stretching the row. */
  .session-cell {
    margin: 2px;
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: auto;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    align-items: flex-start;
    /* A set line height, not the font's "normal" (1.15 to 1.4): a title of two lines, the
       chairs and the "+N more" fit a one-row cell (7em) in any font. */
    line-height: 1.2;
  }

  .session-cell .session-title {
    font-weight: 650;
  }

  /* One line, so the "+N more" below it stays in a one-row cell; cut, it ends in an ellipsis
     (its tooltip and the list view say it whole). flex: none, as the clip would otherwise let
     a full cell squeeze it to nothing. */
  .session-cell .session-details {
    flex: none;
    margin: 0;
    font-size: 0.85em;
    max-width: 100%;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .session-items {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .session-items .open {
    color: inherit;
  }

  /* The preview: the first 3 items (sessionPreviewCount) until the "+N more" button opens the rest. */
  .session-items:not(.open) > li:nth-child(n + 4),
  [aria-expanded="true"] .more,
  [aria-expanded="false"] .fewer {
    display: none;
  }

  /* A sequence session: a frame behind its talks, its header (title, chairs, room) running down
     its inline-start side, so every talk starts at its own time's row. */
  .session-band {
    margin: 1px;
    padding: 0.4rem 0.2rem;
    border: 1px solid var(--_border);
    border-block-start: 3px solid var(--_accent);
    border-radius: var(--_radius);
    font-size: 0.85em;
    line-height: 1.2;
    writing-mode: vertical-lr;
    display: flex;
    flex-direction: column;
    overflow: hidden;
    pointer-events: none;
  }

  .session-band > span {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .session-band .session-title {
    font-weight: 650;
  }

  .grid .cell.in-session {
    margin-left: 2.6em;
  }
`;
