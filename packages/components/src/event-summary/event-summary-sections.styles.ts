import { css } from "lit";

/**
 * Styles of the lists of `<event-summary>` (people, important dates, awards) and of the
 * disclosure buttons of its folded sections. Applied after the box's styles, which they refine.
 */
export const eventSummarySectionStyles = css`
  .people-grid {
    display: grid;
    gap: var(--_gap);
  }

  @container (min-width: 36rem) {
    .people-grid {
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    }
  }

  .people {
    list-style: none;
    padding: 0;
    display: grid;
    align-content: start;
    gap: 0.2rem;
  }

  .person-name {
    font-weight: 550;
  }

  .tba {
    font-style: italic;
    color: var(--_muted);
  }

  .dates {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.35rem 1rem;
  }

  .dates dt {
    font-weight: 600;
  }

  .dates time {
    font-variant-numeric: tabular-nums;
  }

  .viewer-time,
  .dates .note {
    display: block;
  }

  @container (max-width: 28rem) {
    .facts,
    .dates {
      grid-template-columns: 1fr;
    }

    .facts dd + dt,
    .dates dd + dt {
      margin-top: 0.35rem;
    }
  }

  .disclosure {
    all: unset;
    display: inline-flex;
    align-items: center;
    gap: 0.45rem;
    min-height: 2.25rem;
    cursor: pointer;
    color: var(--_fg);
    font: inherit;
    font-weight: 650;
  }

  .disclosure:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .disclosure::before {
    content: "";
    inline-size: 0.5em;
    block-size: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 120ms ease-out;
  }

  :host(:dir(rtl)) .disclosure::before {
    transform: rotate(135deg);
  }

  .disclosure[aria-expanded="true"]::before {
    transform: translateY(-0.15em) rotate(45deg);
  }

  .awards {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.6rem;
  }

  .award-name {
    font-weight: 600;
  }

  .math-source {
    font-family: ui-monospace, monospace;
  }
`;
