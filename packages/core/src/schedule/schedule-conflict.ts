import type { Id } from "../model/id.js";

/** The kinds of scheduling conflict `resolveSchedule` reports. */
export const conflictKinds = ["room-overlap", "person-overlap", "outside-session", "ends-before-start"] as const;

/** One of {@link conflictKinds}. */
export type ConflictKind = (typeof conflictKinds)[number];

/**
 * A problem with the schedule itself (the program is valid, but cannot happen as written).
 * Reported, never thrown: a draft program with conflicts still renders.
 */
export interface ScheduleConflict {
  readonly kind: ConflictKind;
  /** The places involved: both items (`items[3]`, `items[7]`), or an item and its session. */
  readonly paths: readonly string[];
  /** The ids of what `paths` points at, in the same order. */
  readonly ids: readonly Id[];
  /** The room, for `room-overlap`. */
  readonly roomId?: Id;
  /** The person, for `person-overlap`. */
  readonly personId?: Id;
  /** A sentence for organisers. */
  readonly message: string;
}
