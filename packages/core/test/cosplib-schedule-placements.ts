// Test kit: a scheduled track-sessions program read back as CoSPLib placements, from the
// program alone (its sessions' items, the items' rooms and starts), not from the solver.
import type { Program } from "../src/model/program.js";
import type { CosplibPlacement } from "./cosplib-objective.js";

/**
 * The library's placements of a program scheduled from `input` (made by cosplibToProgram):
 * the session that lists an item, the library's room id (the room's name), and the slot
 * whose start is the item's start. Submission ids are the items' titles (the library's ids).
 */
export function placementsOfSchedule(input: Program, scheduled: Program): CosplibPlacement[] {
  const roomName = new Map((input.rooms ?? []).map((room) => [room.id, room.name]));
  const items = new Map(scheduled.items.map((item) => [item.id, item]));
  return (scheduled.sessions ?? []).flatMap((session) => {
    const starts = (scheduled.scheduling?.slots ?? [])
      .filter((slot) => slot.session === session.id)
      .map((slot) => slot.start)
      .sort();
    return session.items.map((id) => {
      const item = items.get(id)!;
      return {
        submission: String(item.title),
        session: String(session.title ?? session.id),
        room: String(roomName.get(item.room!)),
        slot: starts.indexOf(item.start!),
      };
    });
  });
}
