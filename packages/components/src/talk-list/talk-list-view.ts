import {
  applySeriesToItems,
  listMeetings,
  daysBetween,
  describeEventZone,
  formatTimeRange,
  indexProgram,
  toIsoDateInZone,
  type Id,
  type Program,
  type ResolvedItem,
  type SeriesMeeting,
} from "@lectern/core";
import { formatCalendarDate } from "../shared/format-calendar-date.js";
import { scheduleOf } from "../shared/schedule-cache.js";
import { addDatedTalks, datedMeetings, undatedTalks } from "./dated-meetings.js";
import { translatedName } from "../shared/translated-name.js";

/** One meeting as `<talk-list>` shows it. */
export interface ListedMeeting {
  /** `YYYY-MM-DD` in the event's zone. */
  readonly date: string;
  /** The date written out with weekday, day, month name and year in the locale: `Fri, 3 Apr 2026`. */
  readonly dateText: string;
  /** Start as ISO 8601 with the event zone's offset on that date. */
  readonly start: string;
  readonly startMs: number;
  /** End (exclusive). */
  readonly endMs: number;
  /** `16:00–17:00` in the event's zone. */
  readonly timeText: string;
  /** The event zone's name at that date (`Greenwich Mean Time`, `British Summer Time`, or the organisers' label). */
  readonly zoneLabel: string;
  readonly roomName?: string;
  readonly cancelled: boolean;
  /** Why it is cancelled, when the organisers said. */
  readonly reason?: string;
  /** A one-off change's note ("In Seminar Room B this week"). */
  readonly note?: string;
  /** The talks, in start order; empty when the speaker is still to be announced. */
  readonly itemIds: readonly Id[];
  /** The series' term the date falls in, if any. */
  readonly term?: string;
  /** On now: started, not ended, not cancelled. */
  readonly live: boolean;
  /** The next meeting (see {@link TalkListView.next}). */
  readonly isNext: boolean;
  /** A day whose talks have a date but no time yet: `timeText` is empty, never an invented time. */
  readonly timeNotAnnounced?: boolean;
}

/** Meetings under one heading: a term of the series, or a year. */
export interface MeetingGroup {
  /** The term's label, or the year (`2026`) when the series names no term for these dates. */
  readonly label: string;
  readonly meetings: readonly ListedMeeting[];
}

/** The next meeting, and how far away it is. */
export interface NextMeeting {
  readonly meeting: ListedMeeting;
  /** On now. */
  readonly live: boolean;
  /** Calendar days from today to its date, both in the event's zone (0 is today), not 24-hour blocks. */
  readonly daysUntil: number;
}

/** Everything `<talk-list>` shows, computed without touching the DOM. */
export interface TalkListView {
  /** The program with the series applied to its talks (see `applySeriesToItems`): what the cards show. */
  readonly program: Program;
  /** The first meeting, not cancelled, that has not ended; `undefined` when none is left. */
  readonly next?: NextMeeting;
  /** The meetings that have not ended (live, to come, cancelled ones too), oldest first. */
  readonly upcoming: readonly MeetingGroup[];
  /** The meetings that have ended, newest first. */
  readonly past: readonly MeetingGroup[];
  /** The talks with neither a time nor a date (to be announced): listed under "Date to be announced". */
  readonly undated: readonly Id[];
  /** Every timed talk, for the series' `.ics`; cancelled ones have status `cancelled`. */
  readonly calendarItems: readonly ResolvedItem[];
}

/** Options of {@link viewTalkList}. */
export interface TalkListOptions {
  /** "Now", epoch milliseconds (passed in, never read from a clock). */
  readonly nowMs: number;
  readonly locale: string;
}

/**
 * The date of a meeting, unambiguous in every locale (see `formatCalendarDate`): a calendar
 * date, so no zone can shift it.
 */
export const formatMeetingDate: (date: string, locale: string) => string = formatCalendarDate;

/**
 * "in 3 days", "tomorrow", "today" (`Intl.RelativeTimeFormat` in the locale, counting calendar
 * days), or `liveNow` for a meeting that is on.
 */
export function describeNextMeeting(
  next: Pick<NextMeeting, "live" | "daysUntil">,
  locale: string,
  liveNow: string,
): string {
  if (next.live) return liveNow;
  let format: Intl.RelativeTimeFormat;
  try {
    format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  } catch {
    format = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
  }
  return format.format(next.daysUntil, "day");
}

/** Consecutive meetings with the same term (or, outside every term, the same year) share a group. */
function groupMeetings(meetings: readonly ListedMeeting[]): MeetingGroup[] {
  const groups: { label: string; meetings: ListedMeeting[] }[] = [];
  for (const meeting of meetings) {
    const label = meeting.term ?? meeting.date.slice(0, 4);
    const last = groups.at(-1);
    if (last?.label === label) last.meetings.push(meeting);
    else groups.push({ label, meetings: [meeting] });
  }
  return groups;
}

/**
 * The program as the list's cards show its talks: the series applied to them (a talk at a
 * cancelled meeting is cancelled, one without a room is in the meeting's). What `<talk-list>`
 * compares an earlier version as, so that both versions are read alike.
 */
export function talksAsShown(program: Program): Program {
  return applySeriesToItems(program, listMeetings(program));
}

/**
 * Prepares what `<talk-list>` shows: the meetings (see `listMeetings`) split at `nowMs` into
 * upcoming (not ended; oldest first) and past (ended; newest first), each grouped by the
 * series' terms, or by year where no term covers a date; the next meeting (the first one not
 * cancelled that has not ended) with its distance in calendar days in the event's zone; and
 * the talks for the calendar file.
 */
export function viewTalkList(program: Program, options: TalkListOptions): TalkListView {
  const { nowMs, locale } = options;
  const zone = program.event.timeZone;
  const meetings = listMeetings(program);
  const shown = applySeriesToItems(program, meetings);
  const rooms = indexProgram(program).rooms;
  const next = meetings.find((meeting) => !meeting.cancelled && nowMs < meeting.endMs);
  const timed = meetings.map((meeting: SeriesMeeting): ListedMeeting => ({
    date: meeting.date,
    dateText: formatMeetingDate(meeting.date, locale),
    start: meeting.start,
    startMs: meeting.startMs,
    endMs: meeting.endMs,
    timeText: formatTimeRange(meeting.startMs, meeting.endMs, { zone, locale }),
    zoneLabel: describeEventZone(program.event, meeting.startMs, locale),
    ...(meeting.roomId === undefined ? {} : { roomName: translatedName(rooms.get(meeting.roomId)?.value, locale) }),
    cancelled: meeting.cancelled,
    ...(meeting.reason ? { reason: meeting.reason } : {}),
    ...(meeting.note ? { note: meeting.note } : {}),
    itemIds: meeting.itemIds,
    ...(meeting.term ? { term: meeting.term } : {}),
    live: !meeting.cancelled && meeting.startMs <= nowMs && nowMs < meeting.endMs,
    isNext: meeting === next,
  }));
  const { untimed } = scheduleOf(shown);
  const listed = addDatedTalks(timed, datedMeetings(untimed, zone, locale));
  const nextListed = listed.find((meeting) => meeting.isNext);
  return {
    program: shown,
    next: nextListed && {
      meeting: nextListed,
      live: nextListed.live,
      daysUntil: daysBetween(toIsoDateInZone(nowMs, zone), nextListed.date),
    },
    upcoming: groupMeetings(listed.filter((meeting) => nowMs < meeting.endMs)),
    past: groupMeetings(listed.filter((meeting) => meeting.endMs <= nowMs).reverse()),
    undated: undatedTalks(untimed, listed),
    calendarItems: scheduleOf(shown).items,
  };
}

/** A file name for the series' calendar: `generative-models-reading-group.ics`. */
export function calendarFileName(program: Program): string {
  const base = program.event.acronym ?? program.event.title;
  const slug = base
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${slug || "series"}.ics`;
}
