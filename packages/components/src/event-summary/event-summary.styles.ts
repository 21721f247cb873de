import { css, type CSSResult } from "lit";
import { eventSummarySectionStyles } from "./event-summary-sections.styles.js";

// The box, its header, facts, links and the sections' common layout; the lists and the
// disclosure buttons are in event-summary-sections.styles.ts. Forced colours and print come
// last, so that they win over both.
const summaryBoxStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  article {
    background: var(--event-summary-background, var(--_bg));
    color: var(--_fg);
    border: 1px solid var(--event-summary-border-color, var(--_border));
    border-radius: var(--_radius);
    padding: var(--event-summary-padding, calc(var(--_gap) * 1.5));
    display: grid;
    gap: var(--_gap);
  }

  p,
  ul,
  dl,
  dd {
    margin: 0;
  }

  a {
    color: var(--_accent);
  }

  .heading {
    margin: 0;
    font-weight: 650;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }

  header {
    display: grid;
    gap: 0.3rem;
  }

  .eyebrow {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 0.6rem;
    align-items: center;
  }

  .acronym {
    font-weight: 600;
    color: var(--_muted);
  }

  .title {
    font-size: var(--event-summary-title-size, 1.6em);
  }

  .subtitle {
    font-size: 1.1em;
    color: var(--_muted);
  }

  .host {
    color: var(--_muted);
  }

  .status {
    border: 1px solid var(--_border);
    border-inline-start: 0.35rem solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.5rem 0.75rem;
    display: grid;
    gap: 0.25rem;
  }

  .status.tentative strong {
    color: var(--_warning);
  }

  .status.final {
    border: 0;
    background: none;
    padding: 0;
    color: var(--_muted);
  }

  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
  }

  .facts dt {
    font-weight: 600;
    color: var(--_muted);
  }

  .zone,
  .affiliation,
  .role,
  .note {
    color: var(--_muted);
  }

  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }

  .links ul {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1rem;
  }

  a.call-to-action {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0.45rem 1.1rem;
    border-radius: var(--_radius);
    background: var(--event-summary-accent, var(--_accent));
    color: var(--_accent-contrast);
    font-weight: 650;
    text-decoration: none;
    border: 2px solid transparent;
  }

  a.call-to-action:hover {
    text-decoration: underline;
  }

  .description,
  .collapsible-body,
  .award {
    display: grid;
    gap: 0.5rem;
  }

  section {
    display: grid;
    gap: 0.4rem;
    align-content: start;
  }

  section[part="details"] {
    gap: 0;
  }

  .collapsible-body:not([hidden]) {
    margin-block-start: 0.25rem;
  }

  .section-heading {
    font-size: 1.1em;
  }
`;

const summaryMediaStyles = css`
  @media (forced-colors: active) {
    a.call-to-action {
      border-color: LinkText;
    }

    .status {
      border-inline-start-color: CanvasText;
    }
  }

  @media print {
    article {
      border-color: #000;
    }

    .disclosure::before {
      display: none;
    }

    /* Paper cannot be clicked: print the folded texts too. */
    .collapsible-body[hidden] {
      content-visibility: visible;
      margin-block-start: 0.25rem;
    }

    a.call-to-action {
      background: none;
      color: inherit;
      border-color: currentColor;
    }

    a.call-to-action::after {
      content: " (" attr(href) ")";
      font-weight: normal;
    }
  }
`;

/** Styles of `<event-summary>`, in cascade order; its public styling API is documented on the element. */
export const eventSummaryStyles: readonly CSSResult[] = [
  summaryBoxStyles,
  eventSummarySectionStyles,
  summaryMediaStyles,
];
