import type { Id } from "../model/id.js";
import { programDayBounds } from "./day-of.js";
import { placeInLanes } from "./place-in-lanes.js";
import type {
  ResolvedItem,
  ResolvedSession,
  ScheduleDay,
  ScheduleRoomColumn,
  UntimedItem,
} from "./resolved-schedule.js";

/** A resolved item while its lane is still being decided. */
export type LanedItem = ResolvedItem & { lane: number; laneCount: number };

/** What {@link groupIntoDays} sorts into days. */
export interface DayContents {
  /** Timed items, by start time. */
  readonly items: readonly LanedItem[];
  readonly sessions: readonly ResolvedSession[];
  /** Untimed items; those with a `date` go to that day. */
  readonly untimed: readonly UntimedItem[];
  readonly roomOrder: readonly Id[];
  readonly zone: string;
  readonly dayStartsAtMinutes: number;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  list.push(value);
}

/**
 * Sorts items, sessions and dated untimed items into program days, and each day's items into
 * room columns and lanes. A day exists when anything is on it, so a seminar day whose talks
 * have only a date still gets its tab.
 */
export function groupIntoDays(contents: DayContents): ScheduleDay[] {
  const concurrent = new Set(contents.sessions.filter((s) => s.mode === "concurrent").map((s) => s.id));
  const itemsByDay = new Map<string, LanedItem[]>();
  for (const entry of contents.items) pushTo(itemsByDay, entry.day, entry);
  const sessionsByDay = new Map<string, ResolvedSession[]>();
  for (const session of contents.sessions) if (session.day !== undefined) pushTo(sessionsByDay, session.day, session);
  const untimedByDay = new Map<string, UntimedItem[]>();
  for (const entry of contents.untimed) if (entry.date !== undefined) pushTo(untimedByDay, entry.date, entry);
  const dates = new Set([...itemsByDay.keys(), ...sessionsByDay.keys(), ...untimedByDay.keys()]);
  const roomRank = new Map(contents.roomOrder.map((roomId, rank) => [roomId, rank]));
  const rankOf = (roomId: Id | undefined) => (roomId === undefined ? Infinity : (roomRank.get(roomId) ?? Infinity));

  // `YYYY-MM-DD` strings sort as dates.
  return [...dates].sort().map((date) => {
    const dayItems = itemsByDay.get(date) ?? [];
    const sessions = (sessionsByDay.get(date) ?? []).sort((a, b) => a.startMs! - b.startMs!);
    const byRoom = new Map<Id | undefined, LanedItem[]>();
    const plenaryItems: LanedItem[] = [];
    for (const entry of dayItems) {
      if (entry.isPlenary) plenaryItems.push(entry);
      else pushTo(byRoom, entry.roomId, entry);
    }
    const rooms: ScheduleRoomColumn[] = [...byRoom.keys()]
      .sort((a, b) => rankOf(a) - rankOf(b))
      .map((roomId) => {
        const roomItems = byRoom.get(roomId)!;
        return { roomId, items: roomItems, laneCount: laneRoom(roomItems, concurrent) };
      });
    let startMs = Infinity;
    let endMs = -Infinity;
    for (const span of [...dayItems, ...sessions]) {
      startMs = Math.min(startMs, span.startMs!);
      endMs = Math.max(endMs, span.endMs ?? span.startMs!);
    }
    if (startMs === Infinity) ({ startMs, endMs } = programDayBounds(date, contents.zone, contents.dayStartsAtMinutes));
    return {
      date,
      items: dayItems,
      rooms,
      plenaryItems,
      spanningItems: plenaryItems,
      sessions,
      untimed: untimedByDay.get(date) ?? [],
      startMs,
      endMs,
    };
  });
}

/** Items that take one lane together: one item, or a concurrent session's items in this room. */
interface LaneUnit {
  startMs: number;
  endMs: number;
  readonly members: LanedItem[];
}

/**
 * Gives a room's items their lanes; returns the room's lane count. The items of one concurrent
 * session (a poster hall) share one lane: they are one block on screen, not 100 side by side.
 */
function laneRoom(roomItems: readonly LanedItem[], concurrent: ReadonlySet<Id>): number {
  const units: LaneUnit[] = [];
  const unitOfSession = new Map<Id, LaneUnit>();
  for (const entry of roomItems) {
    const sessionId = entry.sessionId !== undefined && concurrent.has(entry.sessionId) ? entry.sessionId : undefined;
    const unit = sessionId === undefined ? undefined : unitOfSession.get(sessionId);
    if (unit) {
      unit.members.push(entry);
      unit.startMs = Math.min(unit.startMs, entry.startMs);
      unit.endMs = Math.max(unit.endMs, entry.endMs);
      continue;
    }
    const created = { startMs: entry.startMs, endMs: entry.endMs, members: [entry] };
    units.push(created);
    if (sessionId !== undefined) unitOfSession.set(sessionId, created);
  }
  const { lanes, laneCounts } = placeInLanes(units);
  let laneCount = 1;
  units.forEach((unit, position) => {
    for (const entry of unit.members) {
      entry.lane = lanes[position]!;
      entry.laneCount = laneCounts[position]!;
    }
    laneCount = Math.max(laneCount, laneCounts[position]!);
  });
  return laneCount;
}
