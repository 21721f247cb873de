import type { Id } from "../model/id.js";
import type { Item } from "../model/item.js";
import type { Program } from "../model/program.js";
import type { SeriesMeeting } from "./expand-series.js";
import { listMeetings } from "./list-meetings.js";

const withSeriesApplied = new WeakMap<Program, Program>();

/**
 * The program as its talks' cards and calendar should show it: a talk at a cancelled meeting
 * is cancelled (the series says so, even if the item's own status was not updated), and a
 * talk with no room of its own is in its meeting's room (the series' room, or the one-off
 * change's). Returns the same object when nothing changes, and the same derived object for
 * the same program, so the cards' resolved schedules are shared rather than recomputed.
 */
export function applySeriesToItems(program: Program, meetings: readonly SeriesMeeting[]): Program {
  const known = withSeriesApplied.get(program);
  if (known) return known;
  const meetingOf = new Map<Id, SeriesMeeting>();
  for (const meeting of meetings) for (const id of meeting.itemIds) meetingOf.set(id, meeting);
  const inSession = new Set((program.sessions ?? []).flatMap((session) => session.items));
  let changed = false;
  const items = program.items.map((item): Item => {
    const meeting = meetingOf.get(item.id);
    if (!meeting) return item;
    const cancel = meeting.cancelled && item.status !== "cancelled";
    const room = item.room === undefined && !inSession.has(item.id) && meeting.roomId !== undefined;
    if (!cancel && !room) return item;
    changed = true;
    return { ...item, ...(cancel ? { status: "cancelled" as const } : {}), ...(room ? { room: meeting.roomId } : {}) };
  });
  const applied = changed ? { ...program, items } : program;
  withSeriesApplied.set(program, applied);
  return applied;
}

/**
 * `applySeriesToItems(program, listMeetings(program))`: the program as a series' calendar and
 * cards should show it. Programs without a series come back as they are.
 */
export function applySeries(program: Program): Program {
  return program.series ? applySeriesToItems(program, listMeetings(program)) : program;
}
