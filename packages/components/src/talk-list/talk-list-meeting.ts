import { html, nothing, type TemplateResult } from "lit";
import { describeNextMeeting, type ListedMeeting, type NextMeeting } from "./talk-list-view.js";
import type { TalkListStrings } from "./talk-list.strings.js";

/** What a meeting's markup needs from `<talk-list>` besides the meeting. */
export interface MeetingContext {
  readonly strings: TalkListStrings;
  readonly locale: string;
  /** The series' next meeting, whose article carries the "Next talk, in 3 days" highlight. */
  readonly next?: NextMeeting;
  /** Unique in the element: the meeting's ids start with it. */
  readonly idPrefix: string;
  /** The heading level of the meeting's date, 2-6. */
  readonly dateLevel: number;
  /**
   * One talk of the meeting, as a `<talk-card>` (the element knows the program, zones and
   * clock); its title's heading is `headingOffset` levels below the section's (3 in a meeting).
   */
  readonly renderTalk: (itemId: string, headingOffset?: number) => TemplateResult;
}

/** A meeting with no talk yet: its time and room, and "Speaker to be announced" unless it is cancelled. */
function renderEmptyMeeting(meeting: ListedMeeting, strings: TalkListStrings): TemplateResult {
  return html`<p class="meta">
      <span
        ><time datetime=${meeting.start}>${meeting.timeText}</time> <span class="zone">${meeting.zoneLabel}</span></span
      >
      ${meeting.roomName ? html`<span><span class="visually-hidden">${strings.room}: </span>${meeting.roomName}</span>` : nothing}
    </p>
    ${meeting.cancelled ? nothing : html`<p class="tba">${strings.speakerToBeAnnounced}</p>`}`;
}

/**
 * The talks with no date yet, after the upcoming meetings: a group headed "Date to be
 * announced" (at `level`), each talk a card (which says "Time not announced").
 */
export function renderUndatedTalks(itemIds: readonly string[], context: MeetingContext, level: number): TemplateResult {
  // No date heading between the group's heading and the cards': their titles are one level below it.
  const id = `${context.idPrefix}-undated`;
  return html`<div part="undated" class="group undated">
    <div part="group-heading" class="group-heading" role="heading" aria-level=${level} id=${id}>
      ${context.strings.dateToBeAnnounced}
    </div>
    <ul class="meetings" aria-labelledby=${id}>
      ${itemIds.map((itemId) => html`<li class="undated-talk">${context.renderTalk(itemId, 2)}</li>`)}
    </ul>
  </div>`;
}

/**
 * One meeting as an `<article>`: its date as a heading, the next meeting's highlight (which
 * also names the article for screen readers), "Cancelled" with the reason, a one-off change's
 * note, then its talks as cards or, with none yet, its time and "Speaker to be announced".
 */
export function renderMeeting(meeting: ListedMeeting, context: MeetingContext): TemplateResult {
  const { strings, next } = context;
  const id = `${context.idPrefix}-${meeting.date}`;
  const highlight =
    meeting.isNext && next ? strings.nextTalk(describeNextMeeting(next, context.locale, strings.liveNow)) : undefined;
  const classes = [
    "meeting",
    meeting.isNext ? "next" : "",
    meeting.live ? "live" : "",
    meeting.cancelled ? "cancelled" : "",
  ]
    .filter(Boolean)
    .join(" ");
  return html`<article
    part="meeting"
    class=${classes}
    aria-labelledby=${highlight ? `${id}-date ${id}-next` : `${id}-date`}
  >
    <header class="meeting-header">
      <div class="meeting-date" role="heading" aria-level=${context.dateLevel} id="${id}-date">
        <time datetime=${meeting.date}>${meeting.dateText}</time>
      </div>
      ${highlight ? html`<p part="next" class="next-label" id="${id}-next">${highlight}</p>` : nothing}
    </header>
    <div class="meeting-body">
      ${
        meeting.cancelled
          ? html`<p part="cancelled" class="cancelled-label">
              <strong>${meeting.reason ? strings.cancelledBecause(meeting.reason) : strings.cancelled}</strong>
            </p>`
          : nothing
      }
      ${meeting.note ? html`<p part="note" class="note">${meeting.note}</p>` : nothing}
      ${meeting.itemIds.length > 0 ? meeting.itemIds.map((itemId) => context.renderTalk(itemId)) : renderEmptyMeeting(meeting, strings)}
    </div>
  </article>`;
}
