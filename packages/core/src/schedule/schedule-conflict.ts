import type { Id } from "../model/id.js";

/** The kinds of scheduling conflict `resolveSchedule` reports. */
export const conflictKinds = ["room-overlap", "person-overlap", "outside-session", "ends-before-start"] as const;

/** One of {@link conflictKinds}. */
export type ConflictKind = (typeof conflictKinds)[number];

/**
 * A problem with the schedule itself (the program is valid, but cannot happen as written).
 * Reported, never thrown: a draft program with conflicts still renders.
 *
 * Overlaps (`room-overlap`, `person-overlap`) are reported as groups, not pairs: one conflict
 * per connected run of overlapping items in a room, or of one person's overlapping
 * commitments, so 1,000 posters in one hall are one conflict rather than 499,500. A group of
 * two is exactly the pair reported before groups existed (same paths, ids and message).
 */
export interface ScheduleConflict {
  readonly kind: ConflictKind;
  /**
   * The places involved: every item of an overlap group by start time (`items[3]`,
   * `items[7]`, ...; a chaired session as `sessions[2]`), an item and its session, or one
   * item or session that ends before it starts.
   */
  readonly paths: readonly string[];
  /** The ids of what `paths` points at, in the same order. */
  readonly ids: readonly Id[];
  /** The room, for `room-overlap`. */
  readonly roomId?: Id;
  /** The person, for `person-overlap`. */
  readonly personId?: Id;
  /**
   * For overlaps: the most members of the group at one moment. Equal to `paths.length` when
   * all of them overlap at once; 2 for a chain (A overlaps B, B overlaps C, A and C never meet).
   */
  readonly mostAtOnce?: number;
  /** A sentence for organisers. */
  readonly message: string;
}
