import { css } from "lit";

/** Styles of `<speaker-list>`; its public styling API is documented on the element. */
export const speakerListStyles = css`
  :host {
    display: block;
    /* The grid answers to the width it is given, not the viewport's: the list may sit in a sidebar. */
    container-type: inline-size;
    --_photo-size: var(--speaker-list-photo-size, 4rem);
  }

  p,
  ul,
  ol {
    margin: 0;
  }

  .people {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--speaker-list-gap, var(--_gap));
    /* An open biography lengthens its own card, not every card of the row. */
    align-items: start;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--speaker-list-column-min-width, 18rem)), 1fr));
  }

  @container (max-width: 30rem) {
    .people {
      grid-template-columns: 1fr;
    }
  }

  .people > li {
    display: flex;
  }

  article {
    flex: 1;
    background: var(--speaker-list-card-background, var(--_bg));
    color: var(--_fg);
    border: 1px solid var(--speaker-list-border-color, var(--_border));
    border-radius: var(--_radius);
    padding: var(--speaker-list-padding, var(--_gap));
    display: grid;
    grid-template-columns: var(--_photo-size) minmax(0, 1fr);
    grid-template-areas:
      "avatar identity"
      "details details";
    gap: 0.6rem 0.8rem;
    align-content: start;
  }

  .avatar {
    grid-area: avatar;
    width: var(--_photo-size);
    height: var(--_photo-size);
    border-radius: 50%;
    overflow: hidden;
    display: grid;
    place-items: center;
    flex-shrink: 0;
  }

  .avatar img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .initials {
    background: var(--speaker-list-initials-background, var(--_accent));
    color: var(--speaker-list-initials-color, var(--_accent-contrast));
    font-weight: 650;
    font-size: calc(var(--_photo-size) * 0.36);
    letter-spacing: 0.02em;
    user-select: none;
  }

  .placeholder {
    background: var(--_surface);
    color: var(--_muted);
    border: 1px dashed var(--_border);
  }

  .placeholder svg {
    width: 60%;
    height: 60%;
  }

  .identity {
    grid-area: identity;
    display: grid;
    gap: 0.15rem;
    align-content: center;
    min-width: 0;
  }

  .details {
    grid-area: details;
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }

  .name {
    margin: 0;
    font-size: 1.08em;
    font-weight: 650;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .affiliation,
  .role {
    color: var(--_muted);
    font-size: 0.92em;
    overflow-wrap: anywhere;
  }

  .role {
    font-weight: 600;
  }

  .tba {
    font-style: italic;
    color: var(--_muted);
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

  .talks {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.4rem;
  }

  .talks li {
    display: grid;
    gap: 0.05rem;
    padding-inline-start: 0.6rem;
    border-inline-start: 3px solid var(--_border);
  }

  .talk-title {
    font-weight: 550;
    overflow-wrap: anywhere;
  }

  .cancelled .talk-title {
    text-decoration: line-through;
  }

  .talk-meta {
    color: var(--_muted);
    font-size: 0.88em;
  }

  .talk-meta time {
    font-variant-numeric: tabular-nums;
  }

  .status {
    font-weight: 600;
  }

  .status-cancelled {
    color: var(--_danger);
  }

  .status-tentative {
    color: var(--_warning);
  }

  .toggle {
    justify-self: start;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.3rem 0.7rem;
    cursor: pointer;
    min-height: 2.25rem;
  }

  .toggle:hover {
    border-color: var(--_accent);
  }

  .biography p + p {
    margin-top: 0.5rem;
  }

  .biography[hidden] {
    display: none;
  }

  .math-source {
    font-family: ui-monospace, monospace;
  }

  @media (forced-colors: active) {
    .initials,
    .placeholder {
      border: 1px solid CanvasText;
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
  }

  @media print {
    article {
      break-inside: avoid;
      border-color: #000;
    }

    .toggle {
      display: none;
    }

    /* A printed page cannot click "Show biography": print them all. */
    .biography[hidden] {
      display: block;
    }
  }
`;
