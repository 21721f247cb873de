import { indexProgram, type ResolvedSession } from "@lectern/core";
import { describeChairs } from "../shared/describe-chairs.js";
import type { DayViewContext } from "./day-view-context.js";
import { translatedName } from "../shared/translated-name.js";

/**
 * A session's chairs as every view of the grid names them, "Chair: Ana Silva, Li Na" (a chair
 * with no name is "Name to be announced"), or "" when it has none.
 */
export function describeSessionChairs(context: DayViewContext, session: ResolvedSession): string {
  return describeChairs(session.chairs, context.ui);
}

/** A session's rooms by name, "Main hall, Poster hall" (a room the program does not list shows its id). */
export function describeSessionRooms(context: DayViewContext, session: ResolvedSession): string {
  const index = indexProgram(context.program);
  return session.roomIds
    .map((roomId) => translatedName(index.rooms.get(roomId)?.value, context.locale) ?? roomId)
    .join(", ");
}

/**
 * The line under a session's title in the grid, "Chair: Ana Silva · Main hall": the same for a
 * sequence session's band and a concurrent session's cell, so the two kinds read alike.
 */
export function describeSessionInGrid(context: DayViewContext, session: ResolvedSession): string {
  return [describeSessionChairs(context, session), describeSessionRooms(context, session)].filter(Boolean).join(" · ");
}
