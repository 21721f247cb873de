import type { Id } from "../../model/id.js";
import type { Program } from "../../model/program.js";
import { timingsOf } from "../compute-timings.js";
import type { MovableItem, ProgramSlot } from "./program-instance.js";

/** A fixed item's hold on time: its room (or every room, when plenary) and its people. */
export interface Occupied {
  readonly room: Id | undefined;
  readonly everywhere: boolean;
  readonly startMs: number;
  readonly endMs: number;
  readonly people: readonly Id[];
}

const minuteMs = 60_000;

/**
 * Slots when the program gives none: each timed sequence session with an end is cut into
 * back-to-back slots as long as the items to place usually are (the most common length), in
 * its room (every room when it has none); and where a movable item is now, its own slot, so
 * that staying put is always possible. Slots under fixed items are removed by the caller.
 */
export function deriveSlots(program: Program, movable: readonly Omit<MovableItem, "allowedSlots">[]): ProgramSlot[] {
  const timings = timingsOf(program);
  const allRooms = (program.rooms ?? []).map((room) => room.id);
  const lengths = new Map<number, number>();
  for (const item of movable) if (item.minutes > 0) lengths.set(item.minutes, (lengths.get(item.minutes) ?? 0) + 1);
  const common = [...lengths].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 30;
  const slots: ProgramSlot[] = [];
  const seen = new Set<string>();
  const add = (slot: ProgramSlot) => {
    const key = `${slot.room}@${slot.startMs}`;
    if (seen.has(key)) return;
    seen.add(key);
    slots.push(slot);
  };
  for (const session of program.sessions ?? []) {
    const span = timings.sessions.get(session.id);
    if (session.mode === "concurrent" || span?.startMs === undefined || span.endMs === undefined) continue;
    for (const room of session.room ? [session.room] : allRooms)
      for (let start = span.startMs; start + common * minuteMs <= span.endMs; start += common * minuteMs)
        add({ room, startMs: start, endMs: start + common * minuteMs, session: session.id });
  }
  for (const item of movable)
    if (item.current)
      add({
        room: item.current.room,
        startMs: item.current.startMs,
        endMs: item.current.startMs + item.minutes * minuteMs,
      });
  return slots.sort((a, b) => a.startMs - b.startMs || (a.room < b.room ? -1 : a.room > b.room ? 1 : 0));
}
