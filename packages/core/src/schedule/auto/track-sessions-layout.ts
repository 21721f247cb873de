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
 * position rule walks a track (session, then room, then slot).
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
      let slot = 0;
      for (const { i } of ordered) {
        placements.push({ item: i, session: s, room: choice.roomOfTrack[t]!, slot });
        slot += instance.items[i]!.slots;
      }
      before += here.length;
    });
  });
  return placements.sort((a, b) => a.item - b.item);
}
