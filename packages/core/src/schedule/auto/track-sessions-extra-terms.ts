import type { SparseProgramBuilder, RowTerm } from "./sparse-program-builder.js";
import { maxSessionsOf, type TrackSessionsInstance } from "./track-sessions-instance.js";

/**
 * Tracks' gaps: a track whose sessions are not one unbroken run pays once. A run starts in s
 * when the track is there and not in s-1; two starts or more make the track broken.
 */
export function addGapColumns(
  builder: SparseProgramBuilder,
  instance: TrackSessionsInstance,
  open: (t: number, s: number) => number[],
  cost: number | "hard",
): void {
  const count = instance.sessions.length;
  const mostStarts = Math.ceil(count / 2);
  instance.tracks.forEach((_, t) => {
    if (maxSessionsOf(instance, t) < 2 || mostStarts < 2) return;
    const starts = instance.sessions.map((_, s) => {
      const start = builder.column(0);
      const here: RowTerm[] = open(t, s).map((c) => [c, 1]);
      const before: RowTerm[] = s > 0 ? open(t, s - 1).map((c) => [c, -1]) : [];
      builder.row([...here, ...before, [start, -1]], -Infinity, 0);
      return start;
    });
    // Hard: one run at most, so no column to pay for a second.
    const broken: RowTerm[] = cost === "hard" ? [] : [[builder.column(cost), -(mostStarts - 1)]];
    builder.row([...starts.map((c) => [c, 1] as const), ...broken], -Infinity, 1);
  });
}

/**
 * Positions: item i wanting place p in its track is at it in session s when the track's
 * items in earlier sessions number fewer than p and, with those in s, at least p (the
 * cell's order is free, so any wanted place in that range can be given). A match column
 * per item and session earns the weight back; two items wanting one place match once.
 * Returns the objective's constant: the weight of every item that wants a place. A hard
 * rule makes each match required instead.
 */
export function addPositionColumns(
  builder: SparseProgramBuilder,
  instance: TrackSessionsInstance,
  session: readonly (readonly number[])[],
  cost: number | "hard",
): number {
  const { items, trackItems, sessions } = instance;
  let offset = 0;
  const byPlace = new Map<string, number[]>();
  items.forEach((item, i) => {
    if (item.position === 0) return;
    if (cost !== "hard") offset += cost;
    const own = trackItems[item.track]!;
    const big = own.length;
    const matches: number[] = [];
    sessions.forEach((_, s) => {
      if (session[i]![s]! < 0 || item.position > own.length) return;
      const match = builder.column(cost === "hard" ? 0 : -cost);
      matches.push(match);
      const earlier: RowTerm[] = own.flatMap((j) =>
        session[j]!.slice(0, s).flatMap((c) => (c >= 0 ? [[c, 1] as const] : [])),
      );
      const here: RowTerm[] = own.flatMap((j) => (session[j]![s]! >= 0 ? [[session[j]![s]!, 1] as const] : []));
      builder.row(
        [
          [match, 1],
          [session[i]![s]!, -1],
        ],
        -Infinity,
        0,
      );
      builder.row([...earlier, [match, big]], -Infinity, item.position - 1 + big);
      builder.row([...earlier, ...here, [match, -item.position]], 0, Infinity);
    });
    // Hard: the item must be at its place (an item wanting a place its track has not is left out).
    if (cost === "hard" && matches.length > 0)
      builder.row(
        matches.map((c) => [c, 1] as const),
        1,
        Infinity,
      );
    const key = `${item.track} ${item.position}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), ...matches]);
  });
  for (const matches of byPlace.values())
    builder.row(
      matches.map((c) => [c, 1] as const),
      -Infinity,
      1,
    );
  return offset;
}
