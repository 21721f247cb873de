import { isPlenaryKind } from "../model/item-kind.js";
import type { Program } from "../model/program.js";
import { toIsoInZone } from "../time/zoned-time.js";
import { timingsOf } from "./compute-timings.js";
import { clockMinutes, programDayOf } from "./day-of.js";
import { findConflicts } from "./find-conflicts.js";
import { groupIntoDays, type LanedItem } from "./group-into-days.js";
import { indexProgram } from "./program-index.js";
import { resolveSessions } from "./resolve-sessions.js";
import type { ScheduleConflict } from "./schedule-conflict.js";
import type { ResolvedSchedule, UntimedItem } from "./resolved-schedule.js";

/** Options of {@link resolveSchedule}. */
export interface ResolveOptions {
  /**
   * The IANA zone to group days in and write ISO strings in. Defaults to the event's zone;
   * pass the viewer's zone to see the program as the viewer's calendar would.
   */
  readonly zone?: string;
  /**
   * The clock time (`HH:MM`, in `zone`) at which one program day ends and the next begins.
   * Default `"04:00"`, as pretalx does: a 01:00 party belongs to the evening before.
   */
  readonly dayStartsAt?: string;
}

/**
 * Places every item of a valid program in time: absolute intervals, program days, rooms,
 * lanes for parallel items in one room (a concurrent session's items share one lane), sessions
 * with their chairs, and the conflicts found. Items with no time are kept apart, in program
 * order; those with a `date` are also on that day, as "time not announced". Never throws on a
 * program from `parseProgram`.
 */
export function resolveSchedule(program: Program, options: ResolveOptions = {}): ResolvedSchedule {
  const zone = options.zone ?? program.event.timeZone;
  const dayStartsAtMinutes = clockMinutes(options.dayStartsAt ?? "04:00");
  const timings = timingsOf(program);
  const index = indexProgram(program);

  // Built once and given their lanes in place: a large program has tens of thousands of them.
  const items: LanedItem[] = [];
  const untimed: UntimedItem[] = [];
  program.items.forEach((item, itemIndex) => {
    const session = index.sessionOfItem.get(item.id)?.value;
    const roomId = item.room ?? session?.room;
    const trackId = item.track ?? session?.track;
    const status = item.status ?? "confirmed";
    const path = `items[${itemIndex}]`;
    const timing = timings.items.get(item.id);
    if (!timing) {
      untimed.push({
        id: item.id,
        item,
        path,
        index: itemIndex,
        durationMinutes: timings.untimedDurations.get(item.id),
        roomId,
        trackId,
        sessionId: session?.id,
        status,
        date: item.date,
        timeToBeAnnounced: item.date !== undefined || (item.tba?.includes("time") ?? false),
      });
      return;
    }
    const isPlenary = item.plenary ?? (roomId === undefined && isPlenaryKind(item.kind));
    items.push({
      id: item.id,
      item,
      path,
      index: itemIndex,
      startMs: timing.startMs,
      endMs: timing.endMs,
      start: toIsoInZone(timing.startMs, zone),
      end: toIsoInZone(timing.endMs, zone),
      durationMinutes: Math.round((timing.endMs - timing.startMs) / 60_000),
      day: programDayOf(timing.startMs, zone, dayStartsAtMinutes),
      roomId,
      trackId,
      sessionId: session?.id,
      isPlenary,
      spansAllRooms: isPlenary,
      lane: 0,
      laneCount: 1,
      status,
      timing: timing.origin,
      durationOrigin: timing.durationOrigin,
    });
  });
  // Same start: the organisers' order (program order) decides, as on their page.
  items.sort((a, b) => a.startMs - b.startMs || a.index - b.index);

  const sessions = resolveSessions(program, index, timings, items, { zone, dayStartsAtMinutes });
  const days = groupIntoDays({
    items,
    sessions,
    untimed,
    roomOrder: program.rooms?.map((room) => room.id) ?? [],
    zone,
    dayStartsAtMinutes,
  });
  const placedItems = days.flatMap((day) => day.items);
  const sessionsForConflicts = sessions.map((session) => {
    // Only explicit session bounds can be broken by an item; derived ones fit by construction.
    const explicit = timings.sessions.get(session.id);
    return { ...session, startMs: explicit?.startMs, endMs: explicit?.endMs };
  });
  let conflicts: readonly ScheduleConflict[] | undefined;
  return {
    zone,
    days,
    items: placedItems,
    untimed,
    sessions,
    // Found on first read: a page that draws the schedule never asks, and on a large program
    // the search is a third of resolving.
    get conflicts() {
      return (conflicts ??= findConflicts(program, placedItems, sessionsForConflicts));
    },
  };
}
