import { css } from "lit";

/** Styles of `<paper-list>`; its public styling API is documented on the element. */
export const paperListStyles = css`
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

  .filters {
    display: grid;
    gap: var(--_gap);
    background: var(--paper-list-filters-background, var(--_surface));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
  }

  .field {
    display: grid;
    gap: 0.25rem;
  }

  .field-label,
  legend {
    font-weight: 600;
    font-size: 0.92em;
  }

  input[type="search"],
  select {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    padding: 0.35rem 0.5rem;
    min-height: 2.25rem;
    width: 100%;
  }

  .confidence {
    display: grid;
    gap: 0.25rem;
  }

  .field:has(.confidence) {
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: end;
    column-gap: 0.5rem;
  }

  input[type="range"] {
    width: 100%;
    accent-color: var(--_accent);
    margin: 0;
    min-height: 1.5rem;
  }

  .confidence-value {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    min-width: 2.5em;
    text-align: end;
  }

  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }

  legend {
    padding: 0;
    margin-bottom: 0.25rem;
  }

  .tree {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.1rem;
  }

  .tree .tree {
    padding-inline-start: 1.1rem;
  }

  .node {
    display: flex;
    align-items: center;
    gap: 0.35rem;
    /* Rows and gaps keep every checkbox and button a 24 px target apart (WCAG 2.5.8). */
    min-height: 1.75rem;
  }

  .twisty,
  .twisty-space {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
  }

  .twisty {
    display: grid;
    place-items: center;
    padding: 0;
    background: transparent;
    border: 0;
    border-radius: 0.25rem;
    cursor: pointer;
    color: var(--_muted);
  }

  .twisty svg {
    transition: transform 0.15s;
  }

  .twisty[aria-expanded="true"] svg {
    transform: rotate(90deg);
  }

  .twisty:dir(rtl) svg {
    transform: scaleX(-1);
  }

  .twisty:dir(rtl)[aria-expanded="true"] svg {
    transform: rotate(90deg);
  }

  .facet {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    flex: 1;
    min-width: 0;
    min-height: 1.75rem;
    cursor: pointer;
  }

  .facet input {
    margin: 0;
    width: 1.125rem;
    height: 1.125rem;
    accent-color: var(--_accent);
    flex: none;
  }

  .facet-label {
    overflow-wrap: anywhere;
  }

  .facet.empty .facet-label {
    color: var(--_muted);
  }

  .count {
    margin-inline-start: auto;
    color: var(--_muted);
    font-size: 0.88em;
    font-variant-numeric: tabular-nums;
  }

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

  .card {
    background: var(--paper-list-card-background, var(--_bg));
    color: var(--_fg);
    border: 1px solid var(--paper-list-border-color, var(--_border));
    border-radius: var(--_radius);
    padding: var(--paper-list-padding, var(--_gap));
    display: grid;
    gap: 0.45rem;
  }

  .title {
    font-size: 1.08em;
    font-weight: 650;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .authors {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.1rem 0.6rem;
  }

  .authors li:not(:last-child)::after {
    content: ",";
  }

  .author-name {
    font-weight: 550;
  }

  .affiliation,
  .published {
    color: var(--_muted);
  }

  .published {
    font-size: 0.92em;
  }

  .presenting-mark {
    color: var(--_accent);
  }

  .tba {
    font-style: italic;
    color: var(--_muted);
  }

  .tags {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }

  .tag {
    font-size: 0.85em;
    border: 1px solid var(--paper-list-tag-border-color, var(--_border));
    background: var(--paper-list-tag-background, var(--_surface));
    border-radius: 999px;
    padding: 0.05rem 0.55rem;
  }

  .score {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }

  .links {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.9rem;
    font-size: 0.92em;
  }

  a {
    color: var(--_accent);
  }

  .abstract p + p {
    margin-top: 0.5rem;
  }

  .abstract[hidden] {
    display: none;
  }

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

    /* A printed page cannot click "Show abstract": print them all. */
    .abstract[hidden] {
      display: block;
    }
  }
`;
