import type { Id } from "../model/id.js";
import type { Item } from "../model/item.js";
import type { Person } from "../model/person.js";
import type { Program } from "../model/program.js";
import type { Room } from "../model/room.js";
import type { Session } from "../model/session.js";
import type { Track } from "../model/track.js";

/** An entry of a program collection with its position, for paths such as `items[3]`. */
export interface Indexed<T> {
  readonly value: T;
  readonly index: number;
}

/**
 * Lookup tables over a program: every collection by id, and which session each item is in.
 * Built once per program; when ids repeat (an invalid program) the first one wins.
 */
export interface ProgramIndex {
  readonly people: ReadonlyMap<Id, Indexed<Person>>;
  readonly rooms: ReadonlyMap<Id, Indexed<Room>>;
  readonly tracks: ReadonlyMap<Id, Indexed<Track>>;
  readonly sessions: ReadonlyMap<Id, Indexed<Session>>;
  readonly items: ReadonlyMap<Id, Indexed<Item>>;
  /** The session an item is listed in, by item id. */
  readonly sessionOfItem: ReadonlyMap<Id, Indexed<Session>>;
}

function byId<T extends { id: Id }>(values: readonly T[] | undefined): Map<Id, Indexed<T>> {
  const map = new Map<Id, Indexed<T>>();
  values?.forEach((value, index) => {
    if (!map.has(value.id)) map.set(value.id, { value, index });
  });
  return map;
}

const indexCache = new WeakMap<Program, ProgramIndex>();

/** Lookup tables for a program (cached per program object, which is never mutated). */
export function indexProgram(program: Program): ProgramIndex {
  const cached = indexCache.get(program);
  if (cached) return cached;
  const sessions = byId(program.sessions);
  const sessionOfItem = new Map<Id, Indexed<Session>>();
  for (const entry of sessions.values()) {
    for (const itemId of entry.value.items) {
      if (!sessionOfItem.has(itemId)) sessionOfItem.set(itemId, entry);
    }
  }
  const index: ProgramIndex = {
    people: byId(program.people),
    rooms: byId(program.rooms),
    tracks: byId(program.tracks),
    sessions,
    items: byId(program.items),
    sessionOfItem,
  };
  indexCache.set(program, index);
  return index;
}
