import type { TrackSessionsInstance } from "./track-sessions-instance.js";
import type { TrackSessionsModel } from "./track-sessions-model.js";

/** Where an item runs in the track-sessions layout: indices of its session and room, and its first slot. */
export interface TrackPlacement {
  readonly item: number;
  readonly session: number;
  readonly room: number;
  /** 0-based first slot in the session; the item takes its `slots` from there. */
  readonly slot: number;
}

/** A track's room and each item's session, read from a solution of the model. */
export interface TrackSessionsChoice {
  readonly roomOfTrack: readonly number[];
  readonly sessionOfItem: readonly number[];
}

/** Reads the model's solution: the room column set for each track and the session column set for each item. */
export function choiceOfSolution(model: TrackSessionsModel, values: ArrayLike<number>): TrackSessionsChoice {
  const chosen = (columns: readonly number[]) => {
    let best = 0;
    columns.forEach((c, k) => {
      if (c >= 0 && values[c]! > (columns[best]! >= 0 ? values[columns[best]!]! : -1)) best = k;
    });
    return best;
  };
  return { roomOfTrack: model.room.map(chosen), sessionOfItem: model.session.map(chosen) };
}

/**
 * Lays each track's items out in its cells: in a session, the items wanting a place among
 * the ranks the track reaches there take those ranks (one per rank, the earlier item first),
 * the others fill the rest in the program's order, and the items follow one another from
 * the session's first slot. The ranks count the track's items in earlier sessions, as the
 * position rule walks a track (session, then room, then slot). Pinned items come first:
 * see {@link fillCell}.
 */
export function layOutTracks(instance: TrackSessionsInstance, choice: TrackSessionsChoice): TrackPlacement[] {
  const placements: TrackPlacement[] = [];
  instance.trackItems.forEach((own, t) => {
    let before = 0;
    instance.sessions.forEach((_, s) => {
      const here = own.filter((i) => choice.sessionOfItem[i] === s);
      const ranks = new Array<number>(here.length).fill(-1);
      const taken = new Set<number>();
      here.forEach((i, k) => {
        const rank = instance.items[i]!.position - before - 1;
        if (rank >= 0 && rank < here.length && !taken.has(rank)) {
          ranks[k] = rank;
          taken.add(rank);
        }
      });
      let free = 0;
      here.forEach((_, k) => {
        if (ranks[k]! >= 0) return;
        while (taken.has(free)) free++;
        ranks[k] = free;
        taken.add(free);
      });
      const ordered = here.map((i, k) => ({ i, rank: ranks[k]! })).sort((a, b) => a.rank - b.rank);
      const room = choice.roomOfTrack[t]!;
      for (const placed of fillCell(
        instance,
        s,
        room,
        ordered.map(({ i }) => i),
      ))
        placements.push({ item: placed.item, session: s, room, slot: placed.slot });
      before += here.length;
    });
  });
  return placements.sort((a, b) => a.item - b.item);
}

/** The slot an item is pinned to in this cell: its fixed one, else its published one; -1 for none. */
function pinnedSlot(instance: TrackSessionsInstance, item: number, session: number, room: number): number {
  const { fixed, published } = instance.items[item]!.anchors;
  const place = fixed ?? published;
  return place && place.session === session && place.room === room ? place.slot : -1;
}

/**
 * The items of one cell (in running order) at their slots: fixed items at theirs, then items
 * published in this cell at their published slot where it is still free, then the rest, in
 * order, each in the first free run of slots long enough (or, when none is, after the last).
 */
function fillCell(
  instance: TrackSessionsInstance,
  session: number,
  room: number,
  order: readonly number[],
): { item: number; slot: number }[] {
  const length = (i: number) => instance.items[i]!.slots;
  const pinned = order.filter((i) => pinnedSlot(instance, i, session, room) >= 0);
  if (pinned.length === 0) {
    let slot = 0;
    return order.map((item) => {
      const placed = { item, slot };
      slot += length(item);
      return placed;
    });
  }
  const size = instance.sessions[session]!.slots.length;
  const taken = new Array<boolean>(size).fill(false);
  const isFree = (from: number, count: number) =>
    from + count <= size && taken.slice(from, from + count).every((busy) => !busy);
  const take = (from: number, count: number) => taken.fill(true, from, Math.min(size, from + count));
  const slotOf = new Map<number, number>();
  const fixedFirst = [...pinned].sort(
    (a, b) => Number(!instance.items[a]!.anchors.fixed) - Number(!instance.items[b]!.anchors.fixed),
  );
  for (const i of fixedFirst) {
    const wanted = pinnedSlot(instance, i, session, room);
    if (!instance.items[i]!.anchors.fixed && !isFree(wanted, length(i))) continue;
    slotOf.set(i, wanted);
    take(wanted, length(i));
  }
  for (const i of order) {
    if (slotOf.has(i)) continue;
    let from = 0;
    while (from < size && !isFree(from, length(i))) from++;
    slotOf.set(i, from);
    take(from, length(i));
  }
  return order.map((item) => ({ item, slot: slotOf.get(item)! }));
}
