import type { Id } from "../model/id.js";
import type {
  ChangeTime,
  ItemChange,
  ItemChangeContext,
  ItemDetailField,
  NamedRef,
  PersonRef,
} from "./program-change.js";
import type { ItemFacts } from "./program-facts.js";

/** True when two resolved times are the same interval (both missing counts as the same). */
export function isSameTime(a: ChangeTime | undefined, b: ChangeTime | undefined): boolean {
  return a === undefined || b === undefined ? a === b : a.startMs === b.startMs && a.endMs === b.endMs;
}

/** True when two references point at the same id (names are the referenced thing's business). */
export function isSameRef(a: NamedRef | undefined, b: NamedRef | undefined): boolean {
  return a?.id === b?.id;
}

/** People in `of` whose id is not in `without`, in `of`'s order. */
export function peopleMissing(of: readonly PersonRef[], without: readonly PersonRef[]): PersonRef[] {
  const ids = new Set(without.map((person) => person.id));
  return of.filter((person) => !ids.has(person.id));
}

/** True when both lists hold the same ids, in any order. */
export function isSamePeople(a: readonly PersonRef[], b: readonly PersonRef[]): boolean {
  return a.length === b.length && peopleMissing(a, b).length === 0;
}

/** `before`'s people, then those only in `after`: everybody who should hear of a change. */
export function peopleOfBoth(before: readonly PersonRef[], after: readonly PersonRef[]): readonly PersonRef[] {
  const added = peopleMissing(after, before);
  return added.length === 0 ? (after.length === before.length ? after : before) : [...before, ...added];
}

/**
 * The changes to one item between two versions (either may be missing: added, removed), in the
 * order of `programChangeKinds`.
 */
export function diffItem(itemId: Id, before: ItemFacts | undefined, after: ItemFacts | undefined): ItemChange[] {
  if (!before && !after) return [];
  const current = (after ?? before)!;
  const context: ItemChangeContext = {
    subject: "item",
    itemId,
    title: current.title,
    time: current.time,
    room: current.room,
    people: before && after ? peopleOfBoth(before.people, after.people) : current.people,
  };
  if (!before) return [{ ...context, kind: "item-added" }];
  if (!after) return [{ ...context, kind: "item-removed" }];

  const changes: ItemChange[] = [];
  if (!before.cancelled && after.cancelled) changes.push({ ...context, kind: "item-cancelled" });
  if (before.cancelled && !after.cancelled) changes.push({ ...context, kind: "item-uncancelled" });
  if (!isSameTime(before.time, after.time)) {
    changes.push({ ...context, kind: "item-moved", before: before.time, after: after.time, beforeRoom: before.room });
  }
  if (!isSameRef(before.room, after.room))
    changes.push({ ...context, kind: "item-room-changed", before: before.room, after: after.room });
  if (before.item.title !== after.item.title) {
    changes.push({ ...context, kind: "item-retitled", before: before.item.title, after: after.item.title });
  }
  const added = peopleMissing(after.people, before.people);
  const removed = peopleMissing(before.people, after.people);
  const presenterChanged = !isSamePeople(before.presenting, after.presenting);
  if (added.length > 0 || removed.length > 0 || presenterChanged) {
    const presenting = presenterChanged
      ? { presentingBefore: before.presenting, presentingAfter: after.presenting }
      : {};
    changes.push({ ...context, kind: "item-people-changed", added, removed, ...presenting });
  }
  if (!isSameRef(before.session, after.session)) {
    changes.push({ ...context, kind: "item-session-changed", before: before.session, after: after.session });
  }
  if (!isSameRef(before.track, after.track))
    changes.push({ ...context, kind: "item-track-changed", before: before.track, after: after.track });
  for (const field of detailFields) {
    // A move to or from cancelled is a change of its own kind, told above.
    if (field === "status" && (before.cancelled || after.cancelled)) continue;
    const [old, now] = [detailOf(before, field), detailOf(after, field)];
    if (old !== now) changes.push({ ...context, kind: "item-details-changed", field, before: old, after: now });
  }
  return changes;
}

const detailFields: readonly ItemDetailField[] = ["kind", "subtitle", "abstract", "status", "presentation"];

/**
 * A detail as text; a status left out is "confirmed", a presentation left out "in-person" (so
 * writing down the default is no change, and a talk that goes remote is one).
 */
function detailOf(facts: ItemFacts, field: ItemDetailField): string | undefined {
  if (field === "status") return facts.item.status ?? "confirmed";
  if (field === "presentation") return facts.item.presentation ?? "in-person";
  return facts.item[field];
}
