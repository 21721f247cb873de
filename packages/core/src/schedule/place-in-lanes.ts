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
  let laneEnds: number[] = [];
  let group: number[] = [];
  let groupEnd = -Infinity;
  const closeGroup = () => {
    const count = Math.max(1, laneEnds.length);
    for (const member of group) laneCounts[member] = count;
    group = [];
    laneEnds = [];
  };
  for (const index of order) {
    const { startMs } = intervals[index]!;
    const endMs = Math.max(intervals[index]!.endMs, startMs);
    if (startMs >= groupEnd) closeGroup();
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= startMs);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(endMs);
    } else {
      laneEnds[lane] = endMs;
    }
    lanes[index] = lane;
    group.push(index);
    groupEnd = Math.max(groupEnd, endMs);
  }
  closeGroup();
  return { lanes, laneCounts };
}
