import { resolveLocalTime, toIsoInZone, type Id, type UntimedItem } from "@lectern/core";
import { formatCalendarDate } from "../shared/format-calendar-date.js";
import type { ListedMeeting } from "./talk-list-view.js";

/**
 * The first instant of a calendar date in a zone. Where clocks jump forward at midnight
 * (America/Santiago, Asia/Beirut) midnight never happens, and the day starts at the jump.
 */
export function startOfDayMs(date: string, zone: string): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const local = { year, month, day, hour: 0, minute: 0, second: 0 };
  const resolved = resolveLocalTime(local, zone);
  if (resolved.kind !== "gap") return resolved.epochMs;
  return Date.UTC(year, month - 1, day) - resolved.offsetBeforeMinutes * 60_000;
}

const nextDate = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * One meeting per date of the untimed talks that have a `date` (a seminar page that gives
 * only the day): the whole day in the event's zone, so it counts as upcoming until the day
 * has ended, with no time text: the card says "Time not announced".
 */
export function datedMeetings(untimed: readonly UntimedItem[], zone: string, locale: string): ListedMeeting[] {
  const byDate = new Map<string, UntimedItem[]>();
  for (const entry of untimed) {
    const date = entry.date;
    if (date !== undefined) byDate.set(date, [...(byDate.get(date) ?? []), entry]);
  }
  return [...byDate].map(([date, entries]) => {
    const startMs = startOfDayMs(date, zone);
    const endMs = startOfDayMs(nextDate(date), zone);
    const cancelled = entries.every((entry) => entry.status === "cancelled");
    return {
      date,
      dateText: formatCalendarDate(date, locale),
      start: toIsoInZone(startMs, zone),
      startMs,
      endMs,
      timeText: "",
      zoneLabel: "",
      cancelled,
      itemIds: entries.map((entry) => entry.id),
      live: false,
      isNext: false,
      timeNotAnnounced: true,
    };
  });
}

/**
 * The untimed talks that no meeting lists and that have no date (a talk whose time, date
 * included, is still to be announced), in program order: shown apart, never dropped.
 */
export function undatedTalks(untimed: readonly UntimedItem[], meetings: readonly ListedMeeting[]): Id[] {
  const listed = new Set(meetings.flatMap((meeting) => meeting.itemIds));
  return untimed.filter((entry) => entry.date === undefined && !listed.has(entry.id)).map((entry) => entry.id);
}

/**
 * The timed meetings with the dated talks added: to the meeting of the same date when there
 * is one (after its timed talks), else as a meeting of their own; in start order.
 */
export function addDatedTalks(timed: readonly ListedMeeting[], dated: readonly ListedMeeting[]): ListedMeeting[] {
  const result = [...timed];
  for (const meeting of dated) {
    const index = result.findIndex((candidate) => candidate.date === meeting.date);
    if (index >= 0) result[index] = { ...result[index]!, itemIds: [...result[index]!.itemIds, ...meeting.itemIds] };
    else result.push(meeting);
  }
  return result.sort((a, b) => a.startMs - b.startMs);
}
