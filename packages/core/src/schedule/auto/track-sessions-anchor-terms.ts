import type { SparseProgramBuilder } from "./sparse-program-builder.js";
import type { TrackAnchor } from "./track-sessions-anchors.js";
import type { TrackSessionsInstance } from "./track-sessions-instance.js";

/**
 * Fixed items and minimum change in the track-sessions model, which decides sessions and
 * rooms (the slot inside a cell is the layout's: it keeps a fixed item's slot and prefers a
 * published one). A fixed item's session and its track's room are set to its place. An
 * item published elsewhere pays the `moved` weight unless it stays in its published session
 * and room: a "stays" column, at most both, earns the weight back from the constant returned
 * (the objective's offset), so the rows stay a product's two halves; an item whose published
 * slots a fixed item takes has no such column (the layout will move it). `moved` hard pins
 * every published item as a fixed one. `room[t][r]`, `session[i][s]` as in the model (-1: none).
 */
export function addAnchorTerms(
  builder: SparseProgramBuilder,
  instance: TrackSessionsInstance,
  room: readonly (readonly number[])[],
  session: readonly (readonly number[])[],
): number {
  const { moved } = instance.rules;
  // A column that cannot exist (-1) leaves the row empty with a lower bound of 1: infeasible, as it must be.
  const pin = (i: number, place: TrackAnchor) => {
    const at = session[i]![place.session]!;
    const roomOf = room[instance.items[i]!.track]![place.room]!;
    builder.row(at >= 0 ? [[at, 1]] : [], 1, 1);
    builder.row(roomOf >= 0 ? [[roomOf, 1]] : [], 1, 1);
  };
  // A published item whose slots a fixed item now takes cannot stay: it has moved already.
  const overlaps = (a: TrackAnchor, aSlots: number, b: TrackAnchor, bSlots: number) =>
    a.session === b.session && a.room === b.room && a.slot < b.slot + bSlots && b.slot < a.slot + aSlots;
  const fixedItems = instance.items.filter((item) => item.anchors.fixed);
  const blocked = (i: number, place: TrackAnchor) =>
    fixedItems.some(
      (other) =>
        other !== instance.items[i] && overlaps(place, instance.items[i]!.slots, other.anchors.fixed!, other.slots),
    );
  let offset = 0;
  instance.items.forEach((item, i) => {
    const { fixed, published } = item.anchors;
    if (fixed) pin(i, fixed);
    if (!published) return;
    const weight = moved.hard ? 0 : moved.weight;
    // A fixed item away from its published place has moved, whatever the rest does.
    if (fixed) {
      const same =
        fixed.session === published.session && fixed.room === published.room && fixed.slot === published.slot;
      if (!same) offset += weight;
      return;
    }
    if (moved.hard) return pin(i, published);
    if (weight === 0) return;
    offset += weight;
    const at = session[i]![published.session]!;
    if (at < 0 || blocked(i, published)) return;
    const stays = builder.column(-moved.weight);
    builder.row(
      [
        [stays, 1],
        [at, -1],
      ],
      -Infinity,
      0,
    );
    builder.row(
      [
        [stays, 1],
        [room[item.track]![published.room]!, -1],
      ],
      -Infinity,
      0,
    );
  });
  return offset;
}
