import type { Id } from "../model/id.js";
import type { Item } from "../model/item.js";
import type { ItemStatus } from "../model/item-status.js";
import type { Link } from "../model/link.js";
import type { Person } from "../model/person.js";
import type { Session } from "../model/session.js";
import type { SessionMode } from "../model/session-mode.js";
import type { DurationOrigin, TimingOrigin } from "./compute-timings.js";
import type { ScheduleConflict } from "./schedule-conflict.js";

/** An item placed in time, with everything a view needs to draw it. */
export interface ResolvedItem {
  readonly id: Id;
  readonly item: Item;
  /** Where the item is in the program: `items[3]`. */
  readonly path: string;
  /** Its index in `program.items`. */
  readonly index: number;
  /** Start, epoch milliseconds. */
  readonly startMs: number;
  /** End (exclusive), epoch milliseconds. */
  readonly endMs: number;
  /** Start as ISO 8601 with the offset of the schedule's zone: `2026-04-27T09:10:00-03:00`. */
  readonly start: string;
  /** End as ISO 8601 with the offset of the schedule's zone. */
  readonly end: string;
  readonly durationMinutes: number;
  /** The program day, `YYYY-MM-DD` in the schedule's zone, after the day roll-over. */
  readonly day: string;
  /** The room, the item's own or its session's. */
  readonly roomId?: Id;
  /** The track, the item's own or its session's. */
  readonly trackId?: Id;
  readonly sessionId?: Id;
  /**
   * Plenary: everybody attends, so the grid draws it across all rooms. The item's `plenary`
   * field, else true for a break, opening, closing or awards with no room (`isPlenaryKind`).
   */
  readonly isPlenary: boolean;
  /** @deprecated The same as {@link ResolvedItem.isPlenary}, its old name; removed in the next minor version. */
  readonly spansAllRooms: boolean;
  /** Lane among overlapping items of the same room and day, from 0. */
  readonly lane: number;
  /** Lanes used by the group of items this one overlaps with. */
  readonly laneCount: number;
  readonly status: ItemStatus;
  readonly timing: TimingOrigin;
  readonly durationOrigin: DurationOrigin;
}

/** An item with no time (a tentative program), in program order. */
export interface UntimedItem {
  readonly id: Id;
  readonly item: Item;
  readonly path: string;
  readonly index: number;
  /** Its length when known (its own duration or the default for its kind). */
  readonly durationMinutes?: number;
  readonly roomId?: Id;
  readonly trackId?: Id;
  readonly sessionId?: Id;
  readonly status: ItemStatus;
  /** The program day of an item that has a date but no time (`YYYY-MM-DD`, the event's calendar). */
  readonly date?: string;
  /**
   * The time is to be announced: `tba` lists `time`, or the item gives a date and no time.
   * Views say "time not announced" rather than invent a slot.
   */
  readonly timeToBeAnnounced: boolean;
}

/** The items of one room on one day. `roomId` is undefined for items with no room. */
export interface ScheduleRoomColumn {
  readonly roomId?: Id;
  readonly items: readonly ResolvedItem[];
  readonly laneCount: number;
}

/** One program day. */
export interface ScheduleDay {
  /** `YYYY-MM-DD` in the schedule's zone. */
  readonly date: string;
  /** Every item of the day, by start time. */
  readonly items: readonly ResolvedItem[];
  /** Rooms in program order (only rooms used that day), then a column for items with no room. */
  readonly rooms: readonly ScheduleRoomColumn[];
  /** The plenary items (drawn across all rooms), by start time. */
  readonly plenaryItems: readonly ResolvedItem[];
  /** @deprecated The same list as {@link ScheduleDay.plenaryItems}, its old name; removed in the next minor version. */
  readonly spanningItems: readonly ResolvedItem[];
  /** The timed sessions that start this day, by start time (program order among equal starts). */
  readonly sessions: readonly ResolvedSession[];
  /** The items that have this date but no time ("time not announced"), in program order. */
  readonly untimed: readonly UntimedItem[];
  /**
   * The first start and last end of the day's items and sessions; for a day that has only
   * untimed items, the day itself (from its roll-over hour to the next day's).
   */
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * A session placed in time. Its bounds are its own `start`/`end` when it gives them, else the
 * span of its timed items; a session with neither has no time (and is on no day).
 */
export interface ResolvedSession {
  readonly id: Id;
  readonly session: Session;
  /** Where the session is in the program: `sessions[2]`. */
  readonly path: string;
  readonly title: string;
  /** `sequence` (the default) or `concurrent` (every item runs the whole session: posters). */
  readonly mode: SessionMode;
  /** Its room, else the rooms its items use, in program order; empty when none has a room. */
  readonly roomIds: readonly Id[];
  readonly trackId?: Id;
  /** Start, epoch milliseconds. */
  readonly startMs?: number;
  /** End (exclusive), epoch milliseconds. */
  readonly endMs?: number;
  /** Start as ISO 8601 with the offset of the schedule's zone (the local time there). */
  readonly start?: string;
  /** End as ISO 8601 with the offset of the schedule's zone. */
  readonly end?: string;
  /** The program day it starts on, `YYYY-MM-DD` in the schedule's zone, after the roll-over. */
  readonly day?: string;
  /** The people who chair it, in the session's order (ids that name nobody are left out: `parseProgram` reports them). */
  readonly chairs: readonly Person[];
  /** Ids of its items, in running order (board order in a concurrent session). */
  readonly itemIds: readonly Id[];
  /** Where to join or follow it (its video call, livestream, chat), as the program gives them. */
  readonly links: readonly Link[];
}

/** The program resolved into days, rooms and lanes, in a zone. */
export interface ResolvedSchedule {
  /** The zone the days and ISO strings are in. */
  readonly zone: string;
  readonly days: readonly ScheduleDay[];
  /** Every timed item, by start time. */
  readonly items: readonly ResolvedItem[];
  /** Items with no time, in program order. */
  readonly untimed: readonly UntimedItem[];
  readonly sessions: readonly ResolvedSession[];
  /** Found when first read, then kept: drawing a schedule does not pay for the search. */
  readonly conflicts: readonly ScheduleConflict[];
}

/** True for an item placed in time (a {@link ResolvedItem}), false for an untimed one. */
export function isTimedEntry(entry: ResolvedItem | UntimedItem): entry is ResolvedItem {
  return "startMs" in entry;
}
