import type { Id } from "../model/id.js";
import type { Program } from "../model/program.js";
import { toIsoInZone } from "../time/zoned-time.js";
import { programDayOf } from "./day-of.js";
import { expandSeries, type SeriesMeeting } from "./expand-series.js";
import { resolveSchedule } from "./resolve-schedule.js";

/**
 * Every meeting of a program, in time order: the series' meetings (`expandSeries`), plus one
 * for each day with talks that the series does not cover (a special session on a Wednesday),
 * so no talk is left out. A program with no series is a list of such days. A day that is not
 * a series meeting counts as cancelled when every talk of it is cancelled. Each meeting's
 * `itemIds` are in start order.
 */
export function listMeetings(program: Program): readonly SeriesMeeting[] {
  const zone = program.event.timeZone;
  const entries = resolveSchedule(program).items;
  const order = new Map(entries.map((entry, index) => [entry.id, index]));
  const byStart = (ids: readonly Id[]) => [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const meetings = expandSeries(program).map((meeting) => ({ ...meeting, itemIds: byStart(meeting.itemIds) }));
  const covered = new Set(meetings.map((meeting) => meeting.date));
  const extraDays = new Map<string, typeof entries>();
  for (const entry of entries) {
    const date = programDayOf(entry.startMs, zone, 0);
    if (covered.has(date)) continue;
    extraDays.set(date, [...(extraDays.get(date) ?? []), entry]);
  }
  for (const [date, day] of extraDays) {
    const startMs = Math.min(...day.map((entry) => entry.startMs));
    const rooms = new Set(day.map((entry) => entry.roomId));
    const roomId = rooms.size === 1 ? day[0]!.roomId : undefined;
    meetings.push({
      date,
      startMs,
      endMs: Math.max(...day.map((entry) => entry.endMs)),
      start: toIsoInZone(startMs, zone),
      ...(roomId ? { roomId } : {}),
      cancelled: day.every((entry) => entry.status === "cancelled"),
      itemIds: day.map((entry) => entry.id),
    });
  }
  return meetings.sort((a, b) => a.startMs - b.startMs);
}
