import type { Id } from "../model/id.js";
import { isSameRef, isSameTime, peopleMissing, peopleOfBoth } from "./diff-items.js";
import type { SessionChange, SessionChangeContext } from "./program-change.js";
import type { SessionFacts } from "./program-facts.js";

/**
 * The changes to one session between two versions: added, removed, moved (its explicit
 * bounds, or the span of its items), another room, title or chairs. What happens to its items
 * is told item by item.
 */
export function diffSession(
  sessionId: Id,
  before: SessionFacts | undefined,
  after: SessionFacts | undefined,
): SessionChange[] {
  if (!before && !after) return [];
  const current = (after ?? before)!;
  const context: SessionChangeContext = {
    subject: "session",
    sessionId,
    title: current.session.title,
    time: current.time,
    room: current.room,
    people: before && after ? peopleOfBoth(before.chairs, after.chairs) : current.chairs,
  };
  if (!before) return [{ ...context, kind: "session-added" }];
  if (!after) return [{ ...context, kind: "session-removed" }];
  const changes: SessionChange[] = [];
  if (!isSameTime(before.time, after.time))
    changes.push({ ...context, kind: "session-moved", before: before.time, after: after.time });
  if (!isSameRef(before.room, after.room))
    changes.push({ ...context, kind: "session-room-changed", before: before.room, after: after.room });
  if (before.session.title !== after.session.title) {
    changes.push({ ...context, kind: "session-retitled", before: before.session.title, after: after.session.title });
  }
  const added = peopleMissing(after.chairs, before.chairs);
  const removed = peopleMissing(before.chairs, after.chairs);
  if (added.length > 0 || removed.length > 0)
    changes.push({ ...context, kind: "session-chairs-changed", added, removed });
  return changes;
}
