import { css } from "lit";

/** Styles of `<talk-card>`; its public styling API is documented on the element. */
export const talkCardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  article {
    position: relative;
    background: var(--talk-card-background, var(--_bg));
    color: var(--_fg);
    border: 1px solid var(--talk-card-border-color, var(--_border));
    border-inline-start: 0.35rem solid var(--talk-card-accent, var(--_border));
    border-radius: var(--_radius);
    padding: var(--talk-card-padding, var(--_gap));
    display: grid;
    gap: 0.4rem;
  }

  article.cancelled .title-text {
    text-decoration: line-through;
  }

  /* A long URL in the note of an unreadable previous version wraps inside the card. */
  .problems {
    overflow-wrap: anywhere;
  }

  /* The row of change badges takes the article's gap, no margin of its own. How the badges look
     is changeBadgeStyles, which CardChangesController adopts with their markup (a lazy chunk). */
  .change {
    margin: 0;
  }

  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 0.5rem;
    align-items: center;
  }

  .badge.status-tentative {
    color: var(--_warning);
  }

  .badge.status-cancelled {
    color: var(--_danger);
  }

  .title {
    margin: 0;
    font-size: 1.08em;
    font-weight: 650;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .subtitle {
    margin: 0;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }

  .tba {
    font-style: italic;
    color: var(--_muted);
  }

  p,
  ul,
  ol {
    margin: 0;
  }

  .meta {
    color: var(--_muted);
    font-size: 0.92em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.9rem;
  }

  .time time {
    color: var(--_fg);
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }

  .viewer-time {
    display: block;
  }

  .people {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.15rem 0.6rem;
  }

  .people li::after {
    content: "";
  }

  .person-name {
    font-weight: 550;
  }

  .affiliation {
    color: var(--_muted);
  }

  .presenting-mark,
  .equal-mark {
    color: var(--_accent);
  }

  .person-link {
    font-size: 0.875em;
    margin-inline-start: 0.25rem;
  }

  .legend {
    font-size: 0.875em;
    color: var(--_muted);
  }

  .session-chairs,
  .session-links {
    margin-inline-start: 0.5rem;
  }

  .abstract p + p {
    margin-top: 0.5rem;
  }

  .links {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }

  a {
    color: var(--_accent);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .actions button {
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.3rem 0.7rem;
    cursor: pointer;
    min-height: 2.25rem;
  }

  .actions button:hover {
    border-color: var(--_accent);
  }

  .math-source {
    font-family: ui-monospace, monospace;
  }

  @media print {
    article {
      break-inside: avoid;
      border-color: #000;
    }

    .actions {
      display: none;
    }
  }
`;
