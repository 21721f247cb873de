import { expandSeries, programDayOf, toIsoInZone, type Id, type Item, type Program, type SeriesMeeting } from "@lectern/core";
import { scheduleOf } from "../shared/schedule-cache.js";

/**
 * Every meeting of a program, in time order: the series' meetings (`expandSeries`), plus one
 * for each day with talks that the series does not cover (a special session on a Wednesday),
 * so no talk is left out. A program with no series is a list of such days. A day that is not
 * a series meeting counts as cancelled when every talk of it is cancelled. Each meeting's
 * `itemIds` are in start order.
 */
export function listMeetings(program: Program): readonly SeriesMeeting[] {
  const zone = program.event.timeZone;
  const entries = scheduleOf(program).items;
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

const withSeriesApplied = new WeakMap<Program, Program>();

/**
 * The program as its talks' cards and calendar should show it: a talk at a cancelled meeting
 * is cancelled (the series says so, even if the item's own status was not updated), and a
 * talk with no room of its own is in its meeting's room (the series' room, or the one-off
 * change's). Returns the same object when nothing changes, and the same derived object for
 * the same program, so the cards' resolved schedules are shared rather than recomputed.
 */
export function applySeriesToItems(program: Program, meetings: readonly SeriesMeeting[]): Program {
  const known = withSeriesApplied.get(program);
  if (known) return known;
  const meetingOf = new Map<Id, SeriesMeeting>();
  for (const meeting of meetings) for (const id of meeting.itemIds) meetingOf.set(id, meeting);
  const inSession = new Set((program.sessions ?? []).flatMap((session) => session.items));
  let changed = false;
  const items = program.items.map((item): Item => {
    const meeting = meetingOf.get(item.id);
    if (!meeting) return item;
    const cancel = meeting.cancelled && item.status !== "cancelled";
    const room = item.room === undefined && !inSession.has(item.id) && meeting.roomId !== undefined;
    if (!cancel && !room) return item;
    changed = true;
    return { ...item, ...(cancel ? { status: "cancelled" as const } : {}), ...(room ? { room: meeting.roomId } : {}) };
  });
  const applied = changed ? { ...program, items } : program;
  withSeriesApplied.set(program, applied);
  return applied;
}
