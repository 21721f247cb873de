import type { Item } from "../../model/item.js";
import type { Program } from "../../model/program.js";
import { formatLocalDateTime, toLocalDateTime } from "../../time/zoned-time.js";
import type { ProgramInstance } from "./program-instance.js";

/**
 * A new program with each movable item at its slot: a local `start` in the event's zone, its
 * `room` and a `duration` (an `end`, a `date` or a `tba` of the time would contradict it).
 * An item whose slot belongs to a session joins that session's items. The input is not changed.
 */
export function applyAssignments(program: Program, instance: ProgramInstance, slotOf: ArrayLike<number>): Program {
  const zone = program.event.timeZone;
  const items: Item[] = [...program.items];
  const sessionOf = new Map<string, string>();
  instance.items.forEach((movable, i) => {
    const slot = instance.slots[slotOf[i]!]!;
    const { end: _end, date: _date, ...item } = items[movable.index]!;
    const placed: Item = {
      ...item,
      start: formatLocalDateTime(toLocalDateTime(slot.startMs, zone)),
      duration: movable.minutes,
      room: slot.room,
    };
    const tba = item.tba?.filter((field) => field !== "time");
    if (tba?.length) placed.tba = tba;
    else delete placed.tba;
    items[movable.index] = placed;
    if (slot.session) sessionOf.set(movable.id, slot.session);
  });
  const sessions = program.sessions?.map((session) => {
    const kept = session.items.filter((id) => (sessionOf.get(id) ?? session.id) === session.id || !sessionOf.has(id));
    const joining = [...sessionOf]
      .filter(([id, target]) => target === session.id && !kept.includes(id))
      .map(([id]) => id);
    return joining.length || kept.length !== session.items.length
      ? { ...session, items: [...kept, ...joining] }
      : session;
  });
  return { ...program, items, ...(sessions ? { sessions } : {}) };
}
