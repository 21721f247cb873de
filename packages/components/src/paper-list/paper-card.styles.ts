import { css } from "lit";

/** Styles of one paper's card in `<paper-list>` (see `paper-card.ts`). */
export const paperCardStyles = css`
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

  /* A pill with its word: the border sets it apart, the text says it (never colour alone). */
  .presentation {
    justify-self: start;
    font-size: 0.8em;
    font-weight: 600;
    padding: 0.05rem 0.45rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_accent);
  }

  .presenting-mark,
  .equal-mark {
    color: var(--_accent);
  }

  .legend {
    font-size: 0.875em;
    color: var(--_muted);
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

  .tag-path {
    color: var(--_muted);
    font-size: 0.92em;
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
`;
