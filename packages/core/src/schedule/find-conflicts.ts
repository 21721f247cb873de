import type { Program } from "../model/program.js";
import { describeItem, findPersonOverlaps, findRoomOverlaps } from "./overlap-conflicts.js";
import { indexProgram } from "./program-index.js";
import type { ResolvedItem, ResolvedSession } from "./resolved-schedule.js";
import type { ScheduleConflict } from "./schedule-conflict.js";

/**
 * The conflicts of a resolved program: two items in one room at once, a person in two places
 * at once (as speaker, presenting author or chair), an item outside its session's hours, an
 * item or session that ends before it starts. Cancelled items take no room and nobody's time.
 * Overlaps come as groups (one conflict per connected run of overlapping items, see
 * `groupOverlaps`), so the work is a sort and a sweep per room and per person: O(n log n).
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

  // A loop, not push(...groups): spreading a very long array overflows the call stack.
  for (const overlap of findRoomOverlaps(index, live)) conflicts.push(overlap);
  for (const overlap of findPersonOverlaps(index, live, sessions)) conflicts.push(overlap);

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
