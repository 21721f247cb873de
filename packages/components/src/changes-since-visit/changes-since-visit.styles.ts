import { css } from "lit";

/**
 * Styles of `<changes-since-visit>`; its public styling API is documented on the element. The
 * badges are `changeBadgeStyles`, as on a card: words, so colour is never the only sign.
 */
export const changesSinceVisitStyles = css`
  :host {
    display: block;
  }

  .changes {
    background: var(--changes-since-visit-background, var(--_surface));
    color: var(--_fg);
    border: 1px solid var(--changes-since-visit-accent, var(--_accent));
    border-inline-start-width: 0.35rem;
    border-radius: var(--_radius);
    padding: var(--_gap);
    font-family: var(--_font);
  }

  .heading {
    font-weight: 650;
    font-size: 1.05em;
    margin-block-end: 0.4rem;
  }

  .items {
    list-style: none;
    margin: 0 0 0.6rem;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }

  .title {
    font-weight: 600;
    color: var(--_accent);
    overflow-wrap: anywhere;
  }

  span.title {
    color: var(--_fg);
    text-decoration: line-through;
  }

  .change,
  .now {
    margin: 0.15rem 0 0;
  }

  /* Its time and room now, in the muted line of what it was (changeBadgeStyles' .was). */
  .now {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .mark-seen {
    font: inherit;
    padding: 0.25rem 0.7rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    cursor: pointer;
  }

  .mark-seen:focus-visible,
  .title:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
