import { css } from "lit";

/** `<schedule-grid>`'s toolbar (time zone, search, filters) and day tabs. */
export const toolbarStyles = css`
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
`;
