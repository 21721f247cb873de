import type { Item } from "../../model/item.js";
import type { Program } from "../../model/program.js";
import type { TrackSession } from "./track-session.js";

/** Where an item stands in a program of the track-sessions layout: indices of its session and room, and its first slot. */
export interface TrackAnchor {
  readonly session: number;
  readonly room: number;
  readonly slot: number;
}

/** What pins an item: where it must stay (`scheduling.fixed`) and where it was published. */
export interface TrackItemAnchors {
  readonly fixed?: TrackAnchor;
  readonly published?: TrackAnchor;
}

/** The item's session slot and room, read from its `start` and `room`; undefined when either is missing or matches none. */
function anchorOf(
  item: Item | undefined,
  sessions: readonly TrackSession[],
  roomIndex: ReadonlyMap<string, number>,
): TrackAnchor | undefined {
  const start = item?.start?.slice(0, 16);
  const room = roomIndex.get(item?.room ?? "");
  if (!start || room === undefined) return undefined;
  for (let session = 0; session < sessions.length; session++) {
    const slot = sessions[session]!.slots.findIndex((candidate) => candidate.start === start);
    if (slot >= 0) return { session, room, slot };
  }
  return undefined;
}

/**
 * Each item's anchors: a fixed item's place in `program` itself (it keeps its session, room
 * and slot), and every item's place in `published` (minimum change weighs leaving it).
 * Throws an `Error` naming the item when a fixed item has no place to keep: no `start` at a
 * slot of a session, or no known `room`.
 */
export function readTrackAnchors(
  program: Program,
  sessions: readonly TrackSession[],
  rooms: readonly string[],
  published?: Program,
): TrackItemAnchors[] {
  const roomIndex = new Map(rooms.map((id, r) => [id, r]));
  const fixed = new Set(program.scheduling?.fixed ?? []);
  const before = new Map((published?.items ?? []).map((item) => [item.id, item]));
  return program.items.map((item, i) => {
    const anchors: { fixed?: TrackAnchor; published?: TrackAnchor } = {};
    if (fixed.has(item.id)) {
      const place = anchorOf(item, sessions, roomIndex);
      if (!place)
        throw new Error(
          `items[${i}] ("${item.id}") is fixed (scheduling.fixed) but has no place to keep: give it a room and a start at one of its session's slots (scheduling.slots)`,
        );
      anchors.fixed = place;
    }
    const was = anchorOf(before.get(item.id), sessions, roomIndex);
    if (was) anchors.published = was;
    return anchors;
  });
}
