import { css } from "lit";

/** Styles of the filter panel of `<paper-list>` (see `filter-panel.ts`): fields, the slider, the topic tree. */
export const filterPanelStyles = css`
  .filters {
    display: grid;
    gap: var(--_gap);
    background: var(--paper-list-filters-background, var(--_surface));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
  }

  .filter-body {
    display: grid;
    gap: var(--_gap);
  }

  /* Shown only on a narrow screen (below), where it opens the rest of the panel. */
  .more-filters {
    display: none;
    justify-self: start;
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.3rem 0.7rem;
    min-height: 2.25rem;
    cursor: pointer;
  }

  /* The same width as the layout's stacking point (paper-list.styles.ts). */
  @container (max-width: 44rem) {
    .more-filters {
      display: inline-block;
    }

    .filter-body:not(.open) {
      display: none;
    }
  }

  .more-topics {
    font: inherit;
    font-size: 0.92em;
    color: var(--_accent);
    background: none;
    border: none;
    padding: 0.2rem 0;
    min-height: 1.75rem;
    cursor: pointer;
    text-decoration: underline;
    margin-inline-start: 1.6rem;
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
    /* Not wider than the panel: a long topic name shrinks to its ellipsis, the counts stay in view. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.1rem;
  }

  .tree .tree {
    padding-inline-start: 1.1rem;
  }

  /* Deeper levels step in less, so a six-level path leaves its names room in an 18rem panel. */
  .tree .tree .tree .tree {
    padding-inline-start: 0.6rem;
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

  /* A topic name wraps only between words: a break inside one ("Neuropsycholinguis|tics") reads
     as two words. A single word wider than a deeply indented row ends in an ellipsis instead, and
     the title (filter-panel.ts) gives the whole name. */
  .facet-label {
    min-width: 0;
    overflow: hidden;
    overflow-wrap: normal;
    text-overflow: ellipsis;
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
`;
