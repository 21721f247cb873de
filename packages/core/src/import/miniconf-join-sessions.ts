import { problemAt, type ProgramProblem } from "../parse/problem.js";
import type { MiniconfSession } from "./miniconf-sessions.js";
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
}

/**
 * Joins timed sessions to papers by UID, in one pass over each (maps, never a search per
 * pair): a session lists its papers (EMNLP), or a paper's `session(s)` cell names a session
 * by id or title (SIGDIAL). Papers a session names that the papers file lacks, papers in no
 * session and session names that match no session are warnings naming the id.
 */
export function joinMiniconfSessions(
  timed: readonly MiniconfSession[],
  papers: PapersToJoin,
): { sessions: Map<string, JoinedSession>; rooms: { id: string; name: string }[]; warnings: ProgramProblem[] } {
  const warnings: ProgramProblem[] = [];
  const warn = (line: number, message: string) =>
    warnings.push({ ...problemAt(["sessions"], message), line, column: 1 });
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
        warn(
          entry.line,
          `session "${entry.id}" (line ${entry.line}) names paper "${paper.uid}", which the papers file does not have`,
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
        warn(1, `the papers file names session "${name}", which the sessions file does not have`);
      }
    }
  }
  for (const [uid, item] of papers.itemsByUid)
    if (!inSession.has(item.id as string))
      warn(1, `paper "${uid}" is in no session of the sessions file; it has no time`);
  return { sessions, rooms: [...rooms.values()], warnings };
}
