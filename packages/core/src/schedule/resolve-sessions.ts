import type { Id } from "../model/id.js";
import type { Program } from "../model/program.js";
import { toIsoInZone } from "../time/zoned-time.js";
import type { ProgramTimings } from "./compute-timings.js";
import { programDayOf } from "./day-of.js";
import type { ProgramIndex } from "./program-index.js";
import type { ResolvedItem, ResolvedSession } from "./resolved-schedule.js";

/** Where the sessions are resolved: the schedule's zone and day roll-over. */
export interface SessionPlacement {
  readonly zone: string;
  readonly dayStartsAtMinutes: number;
}

/**
 * Every session of a program placed in time: its own bounds when it gives them, else the span
 * of its timed items (a session without a start whose items have their own times). Chairs
 * are resolved to people and rooms to the session's own or its items', so a view needs no
 * second lookup.
 */
export function resolveSessions(
  program: Program,
  index: ProgramIndex,
  timings: ProgramTimings,
  items: readonly ResolvedItem[],
  placement: SessionPlacement,
): ResolvedSession[] {
  const spanOfSession = new Map<Id, { startMs: number; endMs: number }>();
  const roomsOfSession = new Map<Id, Set<Id>>();
  for (const entry of items) {
    if (entry.sessionId === undefined) continue;
    const span = spanOfSession.get(entry.sessionId);
    if (!span) spanOfSession.set(entry.sessionId, { startMs: entry.startMs, endMs: entry.endMs });
    else {
      span.startMs = Math.min(span.startMs, entry.startMs);
      span.endMs = Math.max(span.endMs, entry.endMs);
    }
    if (entry.roomId === undefined) continue;
    let rooms = roomsOfSession.get(entry.sessionId);
    if (!rooms) roomsOfSession.set(entry.sessionId, (rooms = new Set()));
    rooms.add(entry.roomId);
  }
  const roomRank = (roomId: Id) => index.rooms.get(roomId)?.index ?? Infinity;
  return (program.sessions ?? []).map((session, sessionIndex) => {
    const explicit = timings.sessions.get(session.id);
    const span = spanOfSession.get(session.id);
    const startMs = explicit?.startMs ?? span?.startMs;
    const endMs = explicit?.endMs ?? span?.endMs;
    const roomIds =
      session.room !== undefined
        ? [session.room]
        : [...(roomsOfSession.get(session.id) ?? [])].sort((a, b) => roomRank(a) - roomRank(b));
    return {
      id: session.id,
      session,
      path: `sessions[${sessionIndex}]`,
      title: session.title,
      mode: session.mode ?? "sequence",
      roomIds,
      trackId: session.track,
      startMs,
      endMs,
      start: startMs === undefined ? undefined : toIsoInZone(startMs, placement.zone),
      end: endMs === undefined ? undefined : toIsoInZone(endMs, placement.zone),
      day: startMs === undefined ? undefined : programDayOf(startMs, placement.zone, placement.dayStartsAtMinutes),
      chairs: (session.chairs ?? []).flatMap((chair) => {
        const person = index.people.get(chair)?.value;
        return person ? [person] : [];
      }),
      itemIds: session.items,
      links: session.links ?? [],
    };
  });
}
