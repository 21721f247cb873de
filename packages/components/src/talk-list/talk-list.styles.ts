import { css } from "lit";

/** Styles of `<talk-list>`; its public styling API is documented on the element. */
export const talkListStyles = css`
  :host {
    display: block;
    /* The layout answers to the width it is given, not the viewport's: the list may sit in a sidebar. */
    container-type: inline-size;
    --_meeting-gap: var(--talk-list-gap, var(--_gap));
  }

  p,
  ol {
    margin: 0;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: var(--_meeting-gap);
  }

  .calendar-button {
    background: var(--_accent);
    color: var(--_accent-contrast);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.4rem 0.9rem;
    font-weight: 600;
    cursor: pointer;
    min-height: 2.5rem;
  }

  .calendar-button:hover {
    text-decoration: underline;
  }

  .section + .section {
    margin-block-start: calc(var(--_meeting-gap) * 2);
  }

  .section-heading {
    font-size: 1.3em;
    font-weight: 700;
    line-height: 1.25;
    margin-block-end: 0.5rem;
  }

  .group + .group {
    margin-block-start: calc(var(--_meeting-gap) * 1.5);
  }

  .group-heading {
    font-size: 1.08em;
    font-weight: 650;
    color: var(--_muted);
    border-block-end: 1px solid var(--_border);
    padding-block-end: 0.25rem;
    margin-block-end: var(--_meeting-gap);
  }

  .meetings {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_meeting-gap);
  }

  .meeting {
    display: grid;
    grid-template-columns: var(--talk-list-date-width, 11rem) minmax(0, 1fr);
    gap: 0.5rem 1rem;
    align-items: start;
    border-radius: var(--_radius);
    /* Every meeting has the padding the highlighted one needs, so dates stay aligned. */
    padding: calc(var(--_gap) / 2);
  }

  /* A talk with no date yet: no date column, the padding of a meeting. */
  .undated-talk {
    padding: calc(var(--_gap) / 2);
  }

  @container (max-width: 36rem) {
    .meeting {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  .meeting-header {
    display: grid;
    gap: 0.35rem;
    justify-items: start;
    padding-block-start: 0.35rem;
  }

  .meeting-date {
    font-weight: 650;
    font-variant-numeric: tabular-nums;
    line-height: 1.3;
  }

  .meeting-body {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }

  .meeting.next {
    background: var(--talk-list-next-background, var(--_surface));
    outline: 2px solid var(--talk-list-next-accent, var(--_accent));
    outline-offset: 0;
  }

  .next-label {
    display: inline-block;
    background: var(--talk-list-next-accent, var(--_accent));
    color: var(--_accent-contrast);
    font-weight: 700;
    font-size: 0.9em;
    border-radius: var(--_radius);
    padding: 0.1rem 0.5rem;
  }

  .cancelled-label {
    color: var(--_danger);
    border-inline-start: 0.3rem solid currentColor;
    padding-inline-start: 0.5rem;
  }

  .meeting.cancelled .meeting-date {
    color: var(--_muted);
  }

  .note {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: 0.3rem 0.6rem;
    background: var(--_surface);
    color: var(--_fg);
  }

  .meta {
    color: var(--_muted);
    font-size: 0.92em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.9rem;
  }

  .meta time {
    color: var(--_fg);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .tba,
  .empty {
    font-style: italic;
    color: var(--_muted);
  }

  .problems {
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    .meeting.next {
      outline-color: Highlight;
    }

    .next-label,
    .calendar-button {
      border: 1px solid CanvasText;
    }

    .cancelled-label {
      border-inline-start-color: CanvasText;
    }
  }

  @media print {
    .toolbar {
      display: none;
    }

    .meeting {
      break-inside: avoid;
    }

    .meeting.next {
      background: none;
      outline: 2px solid #000;
    }

    .next-label {
      background: none;
      color: #000;
      border: 1px solid #000;
    }
  }
`;
