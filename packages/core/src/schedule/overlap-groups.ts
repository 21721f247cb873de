import type { Interval } from "./place-in-lanes.js";

/** A connected run of overlapping intervals, found by {@link groupOverlaps}. */
export interface OverlapGroup<T extends Interval> {
  /** Two or more intervals, by start time (input order among equal starts). */
  readonly members: readonly T[];
  /** The earliest start of the group, epoch milliseconds. */
  readonly startMs: number;
  /** The latest end of the group (exclusive), epoch milliseconds. */
  readonly endMs: number;
  /** The most members at one moment: 2 for a chain of pairwise overlaps, `members.length` when all overlap at once. */
  readonly mostAtOnce: number;
}

/**
 * Groups intervals that overlap into connected runs: A and B are in one group when they
 * overlap, or when a chain of overlapping intervals links them (A overlaps B, B overlaps C:
 * A, B and C form one group even though A and C never meet). Groups rather than pairs keep
 * the answer linear: 1,000 posters in one hall at once are one group, not 499,500 pairs.
 * Connected runs rather than maximal cliques, because cliques can repeat an interval in many
 * groups (a long interval under a staircase of short ones) while a run holds each interval
 * once. `mostAtOnce` says how crowded the worst moment is.
 *
 * Ends are exclusive: intervals that touch (one ends when the next starts) do not overlap.
 * Intervals with no length (end at or before start) occupy no time and are left out.
 * Intervals that overlap nothing are in no group.
 *
 * Work: one sort, O(n log n), then a sweep over start times, O(n) plus each group's own sort
 * of its ends.
 */
export function groupOverlaps<T extends Interval>(intervals: readonly T[]): OverlapGroup<T>[] {
  // Most people have one or two commitments: nothing to sort, nothing to allocate.
  if (intervals.length < 2) return [];
  const sorted = intervals.filter((interval) => interval.endMs > interval.startMs);
  // Array.prototype.sort is stable: equal starts keep their input order.
  sorted.sort((a, b) => a.startMs - b.startMs);
  const groups: OverlapGroup<T>[] = [];
  let run: T[] = [];
  let runEndMs = -Infinity;
  const closeRun = () => {
    if (run.length >= 2)
      groups.push({ members: run, startMs: run[0]!.startMs, endMs: runEndMs, mostAtOnce: mostAtOnceIn(run) });
    run = [];
  };
  for (const interval of sorted) {
    if (interval.startMs >= runEndMs) {
      closeRun();
      runEndMs = -Infinity;
    }
    run.push(interval);
    runEndMs = Math.max(runEndMs, interval.endMs);
  }
  closeRun();
  return groups;
}

/** The largest number of intervals (sorted by start) that share one moment. */
function mostAtOnceIn(byStart: readonly Interval[]): number {
  const ends = byStart.map((interval) => interval.endMs).sort((a, b) => a - b);
  let most = 0;
  let ended = 0;
  byStart.forEach((interval, started) => {
    // An interval that ends when this one starts is already gone (ends are exclusive).
    while (ends[ended]! <= interval.startMs) ended += 1;
    most = Math.max(most, started + 1 - ended);
  });
  return most;
}
