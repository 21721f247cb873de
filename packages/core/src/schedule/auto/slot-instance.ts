/**
 * The scheduling problem in numbers, after the program has been read: items to place into
 * periods (slots that start together) and rooms. Indices, not ids, so the model builder and
 * the checker work on plain arrays.
 */
export interface SlotInstance {
  /** How many periods there are; period `p` is `0..periodCount - 1`. */
  readonly periodCount: number;
  /** Seats of each room, by room index. */
  readonly roomCapacities: readonly number[];
  /** The items to place, by item index. */
  readonly items: readonly SlotInstanceItem[];
  /** Groups of item indices of which at most one may run in any period (one speaker, one track). */
  readonly conflictGroups: readonly (readonly number[])[];
}

/** One item to place. */
export interface SlotInstanceItem {
  /** Expected audience; seats short of it count as overflow. */
  readonly demand: number;
  /** Periods the item may not be in (its people are away). */
  readonly unavailablePeriods: readonly number[];
}

/** Where one item goes: a period and a room, both by index. */
export interface SlotAssignment {
  readonly period: number;
  readonly room: number;
}

/** Overflow of an item in a room: people expected beyond the seats. */
export function overflowOf(demand: number, capacity: number): number {
  return Math.max(0, demand - capacity);
}
