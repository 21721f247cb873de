import type { Id } from "../model/id.js";
import type { Item } from "../model/item.js";
import type { Program } from "../model/program.js";
import { computeTimings } from "../schedule/compute-timings.js";
import { definedFields } from "./defined-fields.js";
import { pinItemTime } from "./pin-item-time.js";

/** What a list of people shows of an item: who, what, when, whether it is on. */
function slimItem(item: Item): Item {
  const { id, kind, title, speakers, authors, status, date, start, end, duration, tba } = item;
  return definedFields<Item>({ id, kind, title, speakers, authors, status, date, start, end, duration, tba });
}

/**
 * The part of a program a page of its people needs (`<speaker-list>`): the event, every
 * person, and of the items only those with speakers or authors, each cut to what a person's
 * list of talks shows (id, kind, title, people, status, time). Rooms (but those of a
 * series), tracks, sessions, abstracts and the scheduler's section are left out, so the speakers page of a large
 * program does not carry the whole of it.
 *
 * The result is a valid program (it passes `parseProgram`): an item timed by its place in a
 * session gets that time written out as `start` and `end`, and the event's awards, which
 * name items, are left out. Items keep their order, which orders the untimed ones.
 */
export function programForSpeakers(program: Program): Program {
  const timings = computeTimings(program).items;
  const items = program.items
    .filter((item) => (item.speakers?.length ?? 0) > 0 || (item.authors?.length ?? 0) > 0)
    .map((item) => slimItem(pinItemTime(item, timings.get(item.id), program.event.timeZone)));
  const { awards: _awards, ...event } = program.event;
  const { rooms: _rooms, tracks: _tracks, sessions: _sessions, scheduling: _scheduling, ...rest } = program;
  const { series } = program;
  // A series names rooms (its default and its changes): those stay, so the series is valid.
  const seriesRooms = new Set<Id>(
    [series?.room, ...(series?.changes ?? []).map((change) => change.room)].filter(
      (room): room is Id => room !== undefined,
    ),
  );
  const rooms = program.rooms?.filter((room) => seriesRooms.has(room.id));
  return { ...rest, event, items, ...(rooms?.length ? { rooms } : {}) };
}
