import type { Id } from "../model/id.js";
import { isPlenaryKind } from "../model/item-kind.js";
import type { Program } from "../model/program.js";
import { toIsoInZone } from "../time/zoned-time.js";
import { timingsOf } from "./compute-timings.js";
import { clockMinutes, programDayOf } from "./day-of.js";
import { findConflicts } from "./find-conflicts.js";
import { placeInLanes } from "./place-in-lanes.js";
import { indexProgram } from "./program-index.js";
import type { ScheduleConflict } from "./schedule-conflict.js";
import type {
  ResolvedItem,
  ResolvedSchedule,
  ResolvedSession,
  ScheduleDay,
  ScheduleRoomColumn,
  UntimedItem,
} from "./resolved-schedule.js";

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
 * lanes for parallel items in one room, and the conflicts found. Items with no time are kept
 * apart, in program order. Never throws on a program from `parseProgram`.
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

  const spanOfSession = new Map<Id, { startMs: number; endMs: number }>();
  for (const entry of items) {
    if (entry.sessionId === undefined) continue;
    const span = spanOfSession.get(entry.sessionId);
    if (!span) spanOfSession.set(entry.sessionId, { startMs: entry.startMs, endMs: entry.endMs });
    else
      spanOfSession.set(entry.sessionId, {
        startMs: Math.min(span.startMs, entry.startMs),
        endMs: Math.max(span.endMs, entry.endMs),
      });
  }
  const sessions: ResolvedSession[] = (program.sessions ?? []).map((session, sessionIndex) => {
    const explicit = timings.sessions.get(session.id);
    const span = spanOfSession.get(session.id);
    const startMs = explicit?.startMs ?? span?.startMs;
    const endMs = explicit?.endMs ?? span?.endMs;
    return { id: session.id, session, path: `sessions[${sessionIndex}]`, startMs, endMs, itemIds: session.items };
  });

  const days = groupIntoDays(items, program.rooms?.map((room) => room.id) ?? []);
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

/** A resolved item while its lane is still being decided. */
type LanedItem = ResolvedItem & { lane: number; laneCount: number };

function groupIntoDays(items: readonly LanedItem[], roomOrder: readonly Id[]): ScheduleDay[] {
  const byDay = new Map<string, LanedItem[]>();
  for (const entry of items) {
    let list = byDay.get(entry.day);
    if (!list) byDay.set(entry.day, (list = []));
    list.push(entry);
  }
  const roomRank = new Map(roomOrder.map((roomId, rank) => [roomId, rank]));
  const days: ScheduleDay[] = [];
  for (const [date, dayItems] of [...byDay].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const byRoom = new Map<Id | undefined, LanedItem[]>();
    const plenaryItems: LanedItem[] = [];
    for (const entry of dayItems) {
      if (entry.isPlenary) {
        plenaryItems.push(entry);
        continue;
      }
      let list = byRoom.get(entry.roomId);
      if (!list) byRoom.set(entry.roomId, (list = []));
      list.push(entry);
    }
    const rooms: ScheduleRoomColumn[] = [];
    const roomKeys = [...byRoom.keys()].sort(
      (a, b) =>
        (a === undefined ? Infinity : (roomRank.get(a) ?? Infinity)) -
        (b === undefined ? Infinity : (roomRank.get(b) ?? Infinity)),
    );
    for (const roomId of roomKeys) {
      const roomItems = byRoom.get(roomId)!;
      const { lanes, laneCounts } = placeInLanes(roomItems);
      let laneCount = 1;
      roomItems.forEach((entry, position) => {
        entry.lane = lanes[position]!;
        entry.laneCount = laneCounts[position]!;
        laneCount = Math.max(laneCount, entry.laneCount);
      });
      rooms.push({ roomId, items: roomItems, laneCount });
    }
    let startMs = Infinity;
    let endMs = -Infinity;
    for (const entry of dayItems) {
      startMs = Math.min(startMs, entry.startMs);
      endMs = Math.max(endMs, entry.endMs);
    }
    days.push({ date, items: dayItems, rooms, plenaryItems, spanningItems: plenaryItems, startMs, endMs });
  }
  return days;
}
