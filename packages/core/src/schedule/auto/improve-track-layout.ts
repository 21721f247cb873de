import type { TrackSessionsInstance } from "./track-sessions-instance.js";
import type { TrackPlacement } from "./track-sessions-layout.js";
import { scoreTrackSessions } from "./track-sessions-objective.js";

/** Passes over every cell at most; each pass only keeps changes that lower the total. */
const maxPasses = 20;

/**
 * Improves the order of items inside their cells for the rules that look at single slots
 * (presenters' and attendees' clashes at the same time, positions): the model decides
 * sessions and rooms only, so two clashing items of parallel tracks may share a slot. A
 * hill climb over each cell: swap two items, or pack the cell's items at the session's end
 * instead of its start, and keep what lowers the full objective. Without a weighed
 * slot-level rule the layout is returned as it is (positions are already met by the layout).
 * A cell holding an item fixed or published there keeps the layout's slots (they are pinned).
 */
export function improveLayout(instance: TrackSessionsInstance, placements: TrackPlacement[]): TrackPlacement[] {
  const { rules } = instance;
  const weighed = (name: "presenterClash" | "attendeeClash") => !rules[name].hard && rules[name].weight > 0;
  if (!weighed("presenterClash") && !weighed("attendeeClash")) return placements;
  const byCell = new Map<string, TrackPlacement[]>();
  const pinnedHere = (p: TrackPlacement) =>
    [instance.items[p.item]!.anchors.fixed, instance.items[p.item]!.anchors.published].some(
      (place) => place?.session === p.session && place.room === p.room,
    );
  const pinnedCells = new Set(placements.filter(pinnedHere).map((p) => `${p.session} ${p.room}`));
  const kept = placements.filter((p) => pinnedCells.has(`${p.session} ${p.room}`));
  for (const p of placements) {
    if (pinnedCells.has(`${p.session} ${p.room}`)) continue;
    const key = `${p.session} ${p.room}`;
    byCell.set(key, [...(byCell.get(key) ?? []), p]);
  }
  const cells = [...byCell.values()].map((list) => ({
    session: list[0]!.session,
    room: list[0]!.room,
    order: list.sort((a, b) => a.slot - b.slot).map((p) => p.item),
    atEnd: false,
  }));
  const layOut = () => [
    ...kept,
    ...cells.flatMap((cell) => {
      const size = instance.sessions[cell.session]!.slots.length;
      const used = cell.order.reduce((sum, i) => sum + instance.items[i]!.slots, 0);
      let slot = cell.atEnd ? size - used : 0;
      return cell.order.map((item) => {
        const placed = { item, session: cell.session, room: cell.room, slot };
        slot += instance.items[item]!.slots;
        return placed;
      });
    }),
  ];
  let best = scoreTrackSessions(instance, layOut()).total;
  const keepIfBetter = (undo: () => void) => {
    const total = scoreTrackSessions(instance, layOut()).total;
    if (total < best) {
      best = total;
      return true;
    }
    undo();
    return false;
  };
  for (let pass = 0, improved = true; improved && pass < maxPasses; pass++) {
    improved = false;
    for (const cell of cells) {
      cell.atEnd = !cell.atEnd;
      if (keepIfBetter(() => (cell.atEnd = !cell.atEnd))) improved = true;
      for (let a = 0; a < cell.order.length; a++)
        for (let b = a + 1; b < cell.order.length; b++) {
          const swap = () => ([cell.order[a], cell.order[b]] = [cell.order[b]!, cell.order[a]!]);
          swap();
          if (keepIfBetter(swap)) improved = true;
        }
    }
  }
  return layOut().sort((a, b) => a.item - b.item);
}
