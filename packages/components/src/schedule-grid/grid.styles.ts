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
     inside the cell rather than stretching the row. Lines that wrap, each part on its own but
     the session's links and the "+N more" button, which share one: a one-row cell has no
     height for a line more. */
  .session-cell {
    margin: 2px;
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: auto;
    display: flex;
    flex-flow: row wrap;
    align-content: flex-start;
    align-items: center;
    gap: 0.25rem;
    /* A set line height, not the font's "normal" (1.15 to 1.4): a title of two lines, the
       chairs and the "+N more" fit a one-row cell (7em) in any font. */
    line-height: 1.2;
  }

  .session-cell .session-title {
    font-weight: 650;
  }

  .session-cell > :is(.session-title, .session-details, .session-items) {
    flex: none;
    width: 100%;
  }

  .session-cell .session-links + button {
    margin-inline-start: auto;
  }

  /* One line, so the "+N more" below it stays in a one-row cell; cut, it ends in an ellipsis
     (its tooltip and the list view say it whole). */
  .session-cell .session-details {
    margin: 0;
    font-size: 0.85em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  /* The session's own links (its call, its stream) may wrap: they are never cut. */
  .session-cell .session-links {
    max-width: 100%;
    font-size: 0.85em;
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

  /* The band takes no clicks, but its links do. A link cut short ends in the line's ellipsis;
     focused, it scrolls into view inside its line. Lines clip, so focus rings go inside. */
  .session-band a {
    pointer-events: auto;
  }

  .session-band a:focus-visible {
    outline-offset: -2px;
  }

  .grid .cell.in-session {
    margin-left: 2.6em;
  }

  /* A third line (0.85em x 1.2) for the links of a linked band. */
  .grid .cell.in-session.linked {
    margin-left: 3.65em;
  }
`;
