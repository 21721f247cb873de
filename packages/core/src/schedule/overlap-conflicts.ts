import type { Id } from "../model/id.js";
import { isBreakKind } from "../model/item-kind.js";
import { groupOverlaps, type OverlapGroup } from "./overlap-groups.js";
import type { ProgramIndex } from "./program-index.js";
import type { ResolvedItem, ResolvedSession } from "./resolved-schedule.js";
import type { ScheduleConflict } from "./schedule-conflict.js";

/** How many names or paths a message spells out before it says "and N more". */
const namedInMessage = 3;

/**
 * `a and b`, `a, b and c`, `a, b, c and 997 more items`: a list short enough to read. Only the
 * first few members are described, so a group of 10,000 does not build 10,000 strings.
 */
function listForMessage<T>(members: readonly T[], describe: (member: T) => string, noun: string): string {
  const words = members.slice(0, namedInMessage).map(describe);
  if (members.length > namedInMessage) return `${words.join(", ")} and ${members.length - namedInMessage} more ${noun}`;
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(", ")} and ${words.at(-1)!}`;
}

/** How an item is named in a message: its title, else its id. */
export const describeItem = (entry: ResolvedItem): string =>
  entry.item.title === undefined ? `"${entry.id}"` : `"${entry.item.title}"`;

/** What takes a room for a while: one item, or a concurrent session's items in that room. */
interface RoomOccupant {
  readonly startMs: number;
  readonly endMs: number;
  readonly path: string;
  readonly id: Id;
  readonly name: string;
}

/**
 * What takes each room: every item, except that the items of one concurrent session (posters
 * in their hall, by design) are one occupant, the session over their span.
 */
function occupantsByRoom(index: ProgramIndex, live: readonly ResolvedItem[]): Map<Id, RoomOccupant[]> {
  const byRoom = new Map<Id, RoomOccupant[]>();
  const sessionOccupants = new Map<string, { startMs: number; endMs: number; path: string; id: Id; name: string }>();
  for (const entry of live) {
    if (entry.roomId === undefined) continue;
    let list = byRoom.get(entry.roomId);
    if (!list) byRoom.set(entry.roomId, (list = []));
    const session = entry.sessionId === undefined ? undefined : index.sessions.get(entry.sessionId);
    if (session?.value.mode !== "concurrent") {
      list.push({
        startMs: entry.startMs,
        endMs: entry.endMs,
        path: entry.path,
        id: entry.id,
        name: describeItem(entry),
      });
      continue;
    }
    const key = `${entry.roomId}\u0000${session.value.id}`;
    const occupant = sessionOccupants.get(key);
    if (occupant) {
      occupant.startMs = Math.min(occupant.startMs, entry.startMs);
      occupant.endMs = Math.max(occupant.endMs, entry.endMs);
      continue;
    }
    const created = {
      startMs: entry.startMs,
      endMs: entry.endMs,
      path: `sessions[${session.index}]`,
      id: session.value.id,
      name: `session "${session.value.title}"`,
    };
    sessionOccupants.set(key, created);
    list.push(created);
  }
  return byRoom;
}

/**
 * One `room-overlap` conflict per connected run of overlapping occupants of one room (see
 * {@link groupOverlaps}). `live` excludes cancelled items: they take no room. The items of a
 * concurrent session do not conflict with each other; the session as a whole conflicts with
 * anything else in its room (its path and id then stand for its items).
 */
export function findRoomOverlaps(index: ProgramIndex, live: readonly ResolvedItem[]): ScheduleConflict[] {
  const conflicts: ScheduleConflict[] = [];
  for (const [roomId, list] of occupantsByRoom(index, live)) {
    const roomName = index.rooms.get(roomId)?.value.name ?? roomId;
    for (const group of groupOverlaps(list)) {
      const names = listForMessage(group.members, (member) => member.name, "items");
      const allAtOnce = group.mostAtOnce === group.members.length;
      conflicts.push({
        kind: "room-overlap",
        paths: group.members.map((member) => member.path),
        ids: group.members.map((member) => member.id),
        roomId,
        mostAtOnce: group.mostAtOnce,
        message: allAtOnce
          ? `${names} are in ${roomName} at the same time`
          : `${names} overlap one after another in ${roomName} (at most ${group.mostAtOnce} at once)`,
      });
    }
  }
  return conflicts;
}

/** A stretch of a person's time: an item they speak in or present, or a session they chair. */
interface Commitment {
  readonly startMs: number;
  readonly endMs: number;
  readonly path: string;
  readonly id: Id;
}

/**
 * One `person-overlap` conflict per connected run of one person's overlapping commitments:
 * items they speak in or present (breaks excluded), and sessions they chair (explicit hours
 * only). Chairing a session and speaking in it is one place, not two: the items a chair
 * speaks in within their own session are covered by the session (which is stretched over
 * them if they run outside it) and checked only against each other.
 */
export function findPersonOverlaps(
  index: ProgramIndex,
  live: readonly ResolvedItem[],
  sessions: readonly ResolvedSession[],
): ScheduleConflict[] {
  // By chair and session: the chair's stretch of time, and the items they speak in within it.
  const chaired = new Map<
    string,
    { personId: Id; session: ResolvedSession; startMs: number; endMs: number; own: Commitment[] }
  >();
  const commitments = new Map<Id, Commitment[]>();
  const seen = new Set<string>();
  const commit = (personId: Id, commitment: Commitment) => {
    let list = commitments.get(personId);
    if (!list) commitments.set(personId, (list = []));
    list.push(commitment);
  };
  for (const session of sessions) {
    if (session.startMs === undefined || session.endMs === undefined) continue;
    for (const chair of session.session.chairs ?? []) {
      chaired.set(`${chair}\u0000${session.id}`, {
        personId: chair,
        session,
        startMs: session.startMs,
        endMs: session.endMs,
        own: [],
      });
    }
  }
  const take = (personId: Id, entry: ResolvedItem, commitment: Commitment) => {
    // A person listed twice on one item (speaker and presenting author) is there once.
    const key = `${personId}\u0000${entry.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    const chairing =
      entry.sessionId === undefined || chaired.size === 0
        ? undefined
        : chaired.get(`${personId}\u0000${entry.sessionId}`);
    if (!chairing) return commit(personId, commitment);
    chairing.own.push(commitment);
    chairing.startMs = Math.min(chairing.startMs, entry.startMs);
    chairing.endMs = Math.max(chairing.endMs, entry.endMs);
  };
  for (const entry of live) {
    if (isBreakKind(entry.item.kind)) continue;
    const commitment: Commitment = { startMs: entry.startMs, endMs: entry.endMs, path: entry.path, id: entry.id };
    for (const speaker of entry.item.speakers ?? []) take(speaker, entry, commitment);
    for (const author of entry.item.authors ?? []) if (author.presenting) take(author.person, entry, commitment);
  }
  const ownGroups: [Id, OverlapGroup<Commitment>][] = [];
  for (const { personId, ...chairing } of chaired.values()) {
    commit(personId, {
      startMs: chairing.startMs,
      endMs: chairing.endMs,
      path: chairing.session.path,
      id: chairing.session.id,
    });
    for (const group of groupOverlaps(chairing.own)) ownGroups.push([personId, group]);
  }

  const conflicts: ScheduleConflict[] = [];
  const report = (personId: Id, group: OverlapGroup<Commitment>) => {
    const name = index.people.get(personId)?.value.name ?? personId;
    const places = listForMessage(group.members, (member) => member.path, "places");
    const twoAtOnce = group.mostAtOnce === 2;
    conflicts.push({
      kind: "person-overlap",
      paths: group.members.map((member) => member.path),
      ids: group.members.map((member) => member.id),
      personId,
      mostAtOnce: group.mostAtOnce,
      message: `${name} is needed in ${twoAtOnce ? "two" : group.mostAtOnce} places at once (${places})`,
    });
  };
  for (const [personId, list] of commitments) for (const group of groupOverlaps(list)) report(personId, group);
  for (const [personId, group] of ownGroups) report(personId, group);
  return conflicts;
}
