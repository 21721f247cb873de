import { problemAt, type ProgramProblem } from "../parse/problem.js";
import type { RowPlace } from "./csv-lines.js";
import { problemFileOf, rowName } from "./miniconf-row-place.js";
import type { MiniconfLeftOutSession, MiniconfSession } from "./miniconf-sessions.js";
import { createIdKeeper, createIdMaker } from "./slug-ids.js";

/** A program session being built, in the shape the MiniConf importer writes. */
export interface JoinedSession {
  id: string;
  title: string;
  items: string[];
  start?: string;
  end?: string;
  room?: string;
  chairs?: string[];
  mode?: "sequence" | "concurrent";
  links?: { kind: string; url: string; label?: string }[];
}

/** What the join needs from the papers already read. */
export interface PapersToJoin {
  /** Each paper's item by its UID in the papers file. */
  readonly itemsByUid: ReadonlyMap<string, Record<string, unknown>>;
  /** The session names each paper's own cells give (`sessions`, `session`), by item id. */
  readonly sessionNamesOf: ReadonlyMap<string, readonly string[]>;
  readonly personFor: (name: string) => string;
  /** The row of the papers file each item came from, for problems about a paper. */
  readonly placeOfItem: (itemId: string) => RowPlace;
}

/** What the join needs from the sessions file besides its sessions. */
export interface SessionsFileToJoin {
  /** Its name as problems give it ("paper_sessions.yml", or "the sessions file"). */
  readonly label: string;
  /** Its entries left out, so that their papers' warnings say why those papers have no time. */
  readonly leftOut: readonly MiniconfLeftOutSession[];
}

/**
 * Joins timed sessions to papers by UID, in one pass over each (maps, never a search per
 * pair): a session lists its papers (EMNLP), or a paper's `session(s)` cell names a session
 * by id or title (SIGDIAL). A paper a session names that the papers file lacks is a warning
 * naming the sessions file, the entry and its line; a paper in no session (or only in one
 * left out, and why) and a session name that matches no session, one naming the paper's row.
 */
export function joinMiniconfSessions(
  timed: readonly MiniconfSession[],
  papers: PapersToJoin,
  file: SessionsFileToJoin = { label: "the sessions file", leftOut: [] },
): { sessions: Map<string, JoinedSession>; rooms: { id: string; name: string }[]; warnings: ProgramProblem[] } {
  const warnings: ProgramProblem[] = [];
  const warnAt = (place: RowPlace, message: string) =>
    warnings.push({ ...problemAt([problemFileOf(place)], message), line: place.line, column: 1 });
  // The file's own session id, kept when the model can take it and unprefixed: the grid's
  // address adds "session-" (#session-inlgoralsession1, not #session-session-inlgoralsession1).
  const sessionId = createIdKeeper();
  const roomId = createIdMaker("room-");
  const rooms = new Map<string, { id: string; name: string }>();
  const sessions = new Map<string, JoinedSession>();
  const byName = new Map<string, JoinedSession>();
  // "session id NUL item id" of every pair joined, so a paper named twice is added once.
  const joined = new Set<string>();
  for (const entry of timed) {
    if (entry.room && !rooms.has(entry.room)) rooms.set(entry.room, { id: roomId(entry.room), name: entry.room });
    const session: JoinedSession = {
      id: sessionId(entry.id),
      title: entry.title,
      items: [],
      start: entry.start,
      end: entry.end,
      mode: entry.mode,
      ...(entry.room ? { room: rooms.get(entry.room)!.id } : {}),
      ...(entry.chairs.length > 0 ? { chairs: entry.chairs.map((name) => papers.personFor(name)) } : {}),
      ...(entry.links.length > 0 ? { links: [...entry.links] } : {}),
    };
    sessions.set(entry.id, session);
    byName.set(entry.id, session);
    if (!byName.has(entry.title)) byName.set(entry.title, session);
    for (const paper of entry.papers) {
      const item = papers.itemsByUid.get(paper.uid);
      if (!item) {
        warnAt(
          { line: entry.line, file: "sessions" },
          `${file.label}, entry ${entry.path === entry.id ? entry.path : `${entry.path}, session "${entry.id}"`} (line ${entry.line}): names paper "${paper.uid}", which the papers file does not have`,
        );
        continue;
      }
      if (paper.start && paper.end) Object.assign(item, { start: paper.start, end: paper.end });
      session.items.push(item.id as string);
      joined.add(`${session.id}\u0000${item.id as string}`);
    }
  }
  const unknownNames = new Set<string>();
  const inSession = new Set(Array.from(sessions.values(), (session) => session.items).flat());
  for (const [itemId, names] of papers.sessionNamesOf) {
    for (const name of names) {
      const session = byName.get(name);
      if (session && !joined.has(`${session.id}\u0000${itemId}`)) {
        joined.add(`${session.id}\u0000${itemId}`);
        session.items.push(itemId);
        inSession.add(itemId);
      } else if (!session && !unknownNames.has(name)) {
        unknownNames.add(name);
        const place = papers.placeOfItem(itemId);
        warnAt(place, `${rowName(place)}: names session "${name}", which ${file.label} does not have`);
      }
    }
  }
  // The first entry left out that names a paper says why that paper has no time.
  const leftOutOf = new Map<string, MiniconfLeftOutSession>();
  for (const entry of file.leftOut) for (const uid of entry.papers) if (!leftOutOf.has(uid)) leftOutOf.set(uid, entry);
  for (const [uid, item] of papers.itemsByUid) {
    if (inSession.has(item.id as string)) continue;
    const place = papers.placeOfItem(item.id as string);
    const left = leftOutOf.get(uid);
    warnAt(
      place,
      left
        ? `${rowName(place)}: paper "${uid}" has no time: its session "${left.id}" (${file.label}, line ${left.line}) was left out, its ${left.reason.split(";")[0]}`
        : `${rowName(place)}: paper "${uid}" is in no session of ${file.label}; it has no time`,
    );
  }
  return { sessions, rooms: [...rooms.values()], warnings };
}
