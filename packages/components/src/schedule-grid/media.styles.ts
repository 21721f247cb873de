import { css } from "lit";

/** `<schedule-grid>` in forced colours (Windows high contrast) and on paper. */
export const mediaStyles = css`
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
