import { MinHeap } from "./min-heap.js";

/** Something with a start and an (exclusive) end, in epoch milliseconds. */
export interface Interval {
  readonly startMs: number;
  readonly endMs: number;
}

/** The lane of each interval (same order as the input) and how many lanes each one's cluster uses. */
export interface LanePlacement {
  readonly lanes: readonly number[];
  /** For each interval, the number of lanes of its group of overlapping intervals. */
  readonly laneCounts: readonly number[];
}

/**
 * Places intervals that overlap side by side, in as few lanes as possible: each interval takes
 * the lowest lane that is free at its start (optimal for intervals). Intervals that touch
 * (one ends when the next starts) share a lane. Each connected group of overlapping intervals
 * reports its own lane count, so a lone talk later in the day is drawn at full width.
 */
export function placeInLanes(intervals: readonly Interval[]): LanePlacement {
  const order = intervals.map((_, index) => index);
  order.sort((a, b) => intervals[a]!.startMs - intervals[b]!.startMs || intervals[b]!.endMs - intervals[a]!.endMs);
  const lanes = new Array<number>(intervals.length).fill(0);
  const laneCounts = new Array<number>(intervals.length).fill(1);
  // Two heaps keep the placement O(n log n) when hundreds of items run at once (a poster
  // hall), where scanning every lane for a free one was O(n x lanes): busy lanes by the time
  // they free up, and freed lanes by number, so the lowest free lane is still the one taken.
  const laneEnds: number[] = [];
  const busy = new MinHeap((lane) => laneEnds[lane]!);
  const free = new MinHeap();
  let group: number[] = [];
  let groupEnd = -Infinity;
  const closeGroup = () => {
    const count = Math.max(1, laneEnds.length);
    for (const member of group) laneCounts[member] = count;
    group = [];
    laneEnds.length = 0;
    busy.clear();
    free.clear();
  };
  for (const index of order) {
    const { startMs } = intervals[index]!;
    const endMs = Math.max(intervals[index]!.endMs, startMs);
    if (startMs >= groupEnd) closeGroup();
    while (busy.size > 0 && laneEnds[busy.peek()!]! <= startMs) free.push(busy.pop()!);
    let lane = free.pop();
    if (lane === undefined) lane = laneEnds.push(endMs) - 1;
    else laneEnds[lane] = endMs;
    busy.push(lane);
    lanes[index] = lane;
    group.push(index);
    groupEnd = Math.max(groupEnd, endMs);
  }
  closeGroup();
  return { lanes, laneCounts };
}
