import type { Id } from "../model/id.js";
import type { Program } from "../model/program.js";
import { isBreakKind } from "../model/item-kind.js";
import { indexProgram } from "./program-index.js";
import type { ResolvedItem, ResolvedSession } from "./resolved-schedule.js";
import type { ScheduleConflict } from "./schedule-conflict.js";

interface Busy {
  readonly startMs: number;
  readonly endMs: number;
  readonly path: string;
  readonly id: Id;
  /** Items of a chaired session do not clash with chairing it. */
  readonly sessionId?: Id;
  readonly isSession: boolean;
}

const overlaps = (a: { startMs: number; endMs: number }, b: { startMs: number; endMs: number }) =>
  a.startMs < b.endMs && b.startMs < a.endMs;

/** Every overlapping pair in a list, by a sweep over start times (pairs in input order). */
function overlappingPairs<T extends { startMs: number; endMs: number }>(entries: readonly T[]): [T, T][] {
  const sorted = [...entries].sort((a, b) => a.startMs - b.startMs);
  const pairs: [T, T][] = [];
  const active: T[] = [];
  for (const entry of sorted) {
    for (let index = active.length - 1; index >= 0; index -= 1) {
      if (active[index]!.endMs <= entry.startMs) active.splice(index, 1);
    }
    for (const other of active) if (overlaps(other, entry)) pairs.push([other, entry]);
    active.push(entry);
  }
  return pairs;
}

const describeItem = (entry: ResolvedItem) =>
  entry.item.title === undefined ? `"${entry.id}"` : `"${entry.item.title}"`;

/**
 * The conflicts of a resolved program: two items in one room at once, a person in two places
 * at once (as speaker, presenting author or chair), an item outside its session's hours, an
 * item or session that ends before it starts. Cancelled items take no room and nobody's time.
 */
export function findConflicts(
  program: Program,
  items: readonly ResolvedItem[],
  sessions: readonly ResolvedSession[],
): ScheduleConflict[] {
  const conflicts: ScheduleConflict[] = [];
  const index = indexProgram(program);
  const live = items.filter((entry) => entry.status !== "cancelled");

  for (const entry of items) {
    if (entry.endMs <= entry.startMs) {
      conflicts.push({
        kind: "ends-before-start",
        paths: [entry.path],
        ids: [entry.id],
        message: `${describeItem(entry)} ${entry.endMs === entry.startMs ? "ends when it starts" : "ends before it starts"} (${entry.start} to ${entry.end})`,
      });
    }
  }
  for (const session of sessions) {
    if (session.startMs !== undefined && session.endMs !== undefined && session.endMs <= session.startMs) {
      conflicts.push({
        kind: "ends-before-start",
        paths: [session.path],
        ids: [session.id],
        message: `session "${session.session.title}" ends before it starts`,
      });
    }
  }

  const byRoom = new Map<Id, ResolvedItem[]>();
  for (const entry of live) {
    if (entry.roomId === undefined) continue;
    let list = byRoom.get(entry.roomId);
    if (!list) byRoom.set(entry.roomId, (list = []));
    list.push(entry);
  }
  for (const [roomId, list] of byRoom) {
    const roomName = index.rooms.get(roomId)?.value.name ?? roomId;
    for (const [a, b] of overlappingPairs(list)) {
      conflicts.push({
        kind: "room-overlap",
        paths: [a.path, b.path],
        ids: [a.id, b.id],
        roomId,
        message: `${describeItem(a)} and ${describeItem(b)} are in ${roomName} at the same time`,
      });
    }
  }

  const busyByPerson = new Map<Id, Busy[]>();
  const seenBusy = new Set<string>();
  const addBusy = (personId: Id, busy: Busy) => {
    // A person listed twice on one item (speaker and presenting author) is there once.
    const key = `${personId}\u0000${busy.isSession ? "s" : "i"}\u0000${busy.id}`;
    if (seenBusy.has(key)) return;
    seenBusy.add(key);
    let list = busyByPerson.get(personId);
    if (!list) busyByPerson.set(personId, (list = []));
    list.push(busy);
  };
  for (const entry of live) {
    if (isBreakKind(entry.item.kind)) continue;
    const busy: Busy = { startMs: entry.startMs, endMs: entry.endMs, path: entry.path, id: entry.id, sessionId: entry.sessionId, isSession: false };
    for (const speaker of entry.item.speakers ?? []) addBusy(speaker, busy);
    for (const author of entry.item.authors ?? []) if (author.presenting) addBusy(author.person, busy);
  }
  for (const session of sessions) {
    if (session.startMs === undefined || session.endMs === undefined) continue;
    const busy: Busy = { startMs: session.startMs, endMs: session.endMs, path: session.path, id: session.id, sessionId: session.id, isSession: true };
    for (const chair of session.session.chairs ?? []) addBusy(chair, busy);
  }
  for (const [personId, list] of busyByPerson) {
    const name = index.people.get(personId)?.value.name ?? personId;
    for (const [a, b] of overlappingPairs(list)) {
      // Chairing a session and speaking in it is one place, not two.
      if ((a.isSession || b.isSession) && a.sessionId !== undefined && a.sessionId === b.sessionId) continue;
      conflicts.push({
        kind: "person-overlap",
        paths: [a.path, b.path],
        ids: [a.id, b.id],
        personId,
        message: `${name} is needed in two places at once (${a.path} and ${b.path})`,
      });
    }
  }

  const sessionsById = new Map(sessions.map((session) => [session.id, session]));
  for (const entry of items) {
    if (entry.sessionId === undefined) continue;
    const session = sessionsById.get(entry.sessionId);
    if (!session) continue;
    const before = session.startMs !== undefined && entry.startMs < session.startMs;
    const after = session.endMs !== undefined && entry.endMs > session.endMs;
    if (before || after) {
      conflicts.push({
        kind: "outside-session",
        paths: [entry.path, session.path],
        ids: [entry.id, session.id],
        message: `${describeItem(entry)} ${before ? "starts before" : "ends after"} its session "${session.session.title}"`,
      });
    }
  }
  return conflicts;
}
