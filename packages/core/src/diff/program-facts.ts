import type { Id } from "../model/id.js";
import type { Item } from "../model/item.js";
import type { Program } from "../model/program.js";
import type { Session } from "../model/session.js";
import { describePerson } from "../schedule/announcements.js";
import { timingsOf } from "../schedule/compute-timings.js";
import { indexProgram, type ProgramIndex } from "../schedule/program-index.js";
import { toIsoInZone } from "../time/zoned-time.js";
import type { ChangeTime, NamedRef, PersonRef } from "./program-change.js";

/** What one version says about an item, resolved: the values a diff compares. */
export interface ItemFacts {
  readonly item: Item;
  readonly index: number;
  readonly title: string;
  readonly time?: ChangeTime;
  readonly room?: NamedRef;
  readonly track?: NamedRef;
  readonly session?: NamedRef;
  readonly people: readonly PersonRef[];
  /** The authors marked as presenting, in author order. */
  readonly presenting: readonly PersonRef[];
  readonly cancelled: boolean;
}

/** What one version says about a session, resolved. */
export interface SessionFacts {
  readonly session: Session;
  readonly index: number;
  readonly time?: ChangeTime;
  readonly room?: NamedRef;
  readonly chairs: readonly PersonRef[];
}

/** Items and sessions of one version by id, with times written in one zone. */
export interface ProgramFacts {
  readonly items: ReadonlyMap<Id, ItemFacts>;
  readonly sessions: ReadonlyMap<Id, SessionFacts>;
}

/** A {@link ChangeTime} for two instants, written in `zone`. */
export function changeTime(startMs: number, endMs: number, zone: string): ChangeTime {
  return { startMs, endMs, start: toIsoInZone(startMs, zone), end: toIsoInZone(endMs, zone) };
}

/**
 * Resolves every item and session of a program into comparable facts. Times come from the
 * program's resolved instants (not the written fields), so an item that follows its session's
 * start has moved when the session has, and rooms and tracks are the effective ones (the
 * item's own, else its session's).
 */
export function collectProgramFacts(program: Program, zone: string): ProgramFacts {
  const timings = timingsOf(program);
  const index = indexProgram(program);
  const refs = refMaker(index);

  const items = new Map<Id, ItemFacts>();
  const spans = new Map<Id, { startMs: number; endMs: number }>();
  program.items.forEach((item, itemIndex) => {
    if (items.has(item.id)) return;
    const session = index.sessionOfItem.get(item.id)?.value;
    const timing = timings.items.get(item.id);
    if (timing && session) {
      const span = spans.get(session.id);
      spans.set(
        session.id,
        span
          ? { startMs: Math.min(span.startMs, timing.startMs), endMs: Math.max(span.endMs, timing.endMs) }
          : { ...timing },
      );
    }
    items.set(item.id, {
      item,
      index: itemIndex,
      title: item.title ?? item.kind,
      time: timing && changeTime(timing.startMs, timing.endMs, zone),
      room: refs.room(item.room ?? session?.room),
      track: refs.track(item.track ?? session?.track),
      session: session && { id: session.id, name: session.title },
      people: refs.people([...(item.speakers ?? []), ...(item.authors ?? []).map((author) => author.person)]),
      presenting: refs.people(
        (item.authors ?? []).filter((author) => author.presenting).map((author) => author.person),
      ),
      cancelled: item.status === "cancelled",
    });
  });

  const sessions = new Map<Id, SessionFacts>();
  program.sessions?.forEach((session, sessionIndex) => {
    if (sessions.has(session.id)) return;
    const explicit = timings.sessions.get(session.id);
    const span = spans.get(session.id);
    const startMs = explicit?.startMs ?? span?.startMs;
    const endMs = explicit?.endMs ?? span?.endMs ?? startMs;
    sessions.set(session.id, {
      session,
      index: sessionIndex,
      time: startMs === undefined || endMs === undefined ? undefined : changeTime(startMs, endMs, zone),
      room: refs.room(session.room),
      chairs: refs.people(session.chairs ?? []),
    });
  });
  return { items, sessions };
}

/** Builds the named references of one version, sharing one object per id. */
function refMaker(index: ProgramIndex) {
  const people = new Map<Id, PersonRef>();
  const person = (id: Id): PersonRef => {
    let ref = people.get(id);
    if (!ref) {
      const found = index.people.get(id)?.value;
      const name = found && describePerson(found);
      people.set(id, (ref = name === undefined ? { id } : { id, name }));
    }
    return ref;
  };
  return {
    room: (id: Id | undefined): NamedRef | undefined =>
      id === undefined ? undefined : { id, name: index.rooms.get(id)?.value.name ?? id },
    track: (id: Id | undefined): NamedRef | undefined =>
      id === undefined ? undefined : { id, name: index.tracks.get(id)?.value.name ?? id },
    people: (ids: readonly Id[]): PersonRef[] => [...new Set(ids)].map(person),
  };
}
