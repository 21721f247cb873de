import type { Id, Program } from "@lectern/core";
import { scheduleOf } from "../shared/schedule-cache.js";
import { favouritesKey } from "../schedule-grid/favourites-store.js";

/**
 * A favourite as the visitor last saw it: what a change since then is judged by. The program
 * format has no version or "updated" field, so the facts themselves are the last-seen
 * version (a hash of the whole program would say "something changed", not what, nor to which
 * favourite). Short keys: localStorage is a few megabytes shared by the whole site.
 */
export interface SeenFacts {
  /** Title (or kind, untitled): also what names a favourite that has since been removed. */
  readonly t: string;
  /** Start and end, epoch ms; missing while the item has no time. */
  readonly s?: number;
  readonly e?: number;
  /** Room id. */
  readonly r?: Id;
  /** 1 when cancelled. */
  readonly c?: 1;
}

/** How a favourite changed since it was last seen. */
export const visitChanges = ["removed", "cancelled", "moved", "retitled"] as const;

/** One of {@link visitChanges}. */
export type VisitChange = (typeof visitChanges)[number];

/** A favourite that changed since the last visit, with what it was. */
export interface ChangedFavourite {
  readonly id: Id;
  readonly changes: readonly VisitChange[];
  readonly seen: SeenFacts;
}

/** The localStorage key of a program's last-seen favourites (beside its favourites). */
export const lastSeenKey = (program: Program): string => `${favouritesKey(program)}:last-seen`;

/** The current facts of every item of a program, by id (instants: zone-independent). */
export function factsOf(program: Program): ReadonlyMap<Id, SeenFacts> {
  const facts = new Map<Id, SeenFacts>();
  const schedule = scheduleOf(program);
  for (const entry of [...schedule.items, ...schedule.untimed]) {
    const timed = "startMs" in entry;
    facts.set(entry.id, {
      t: entry.item.title ?? entry.item.kind,
      ...(timed ? { s: entry.startMs, e: entry.endMs } : {}),
      ...(entry.roomId === undefined ? {} : { r: entry.roomId }),
      ...(entry.item.status === "cancelled" ? { c: 1 as const } : {}),
    });
  }
  return facts;
}

/**
 * The last-seen facts saved for a program; garbage reads as nothing seen. `undefined` when
 * storage is unavailable (private windows, blocked storage, a throwing `getItem`): then
 * nothing can be compared, and nothing must be written either, or the facts saved on a
 * visit that could read them would be overwritten.
 */
export function readLastSeen(storage: Storage | undefined, program: Program): Map<Id, SeenFacts> | undefined {
  let text: string | null;
  try {
    if (!storage) return undefined;
    text = storage.getItem(lastSeenKey(program));
  } catch {
    return undefined;
  }
  return parseLastSeen(text);
}

/** Last-seen facts from their stored JSON (`null`: none stored); garbage reads as nothing seen. */
export function parseLastSeen(text: string | null): Map<Id, SeenFacts> {
  try {
    const stored: unknown = JSON.parse(text ?? "{}");
    if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return new Map();
    return new Map(
      Object.entries(stored).filter(
        (entry): entry is [string, SeenFacts] =>
          typeof entry[1] === "object" && entry[1] !== null && typeof (entry[1] as SeenFacts).t === "string",
      ),
    );
  } catch {
    return new Map();
  }
}

/** Saves the last-seen facts; a full or blocked storage keeps them for this page view only. */
export function writeLastSeen(storage: Storage | undefined, program: Program, seen: ReadonlyMap<Id, SeenFacts>): void {
  try {
    storage?.setItem(lastSeenKey(program), JSON.stringify(Object.fromEntries(seen)));
  } catch {
    // Nothing to do: the element still lists the changes for this visit.
  }
}

/** How one favourite changed from `seen` to `now` (`now` missing: removed), in {@link visitChanges} order. */
export function compareSeen(seen: SeenFacts, now: SeenFacts | undefined): VisitChange[] {
  if (!now) return ["removed"];
  const changes: VisitChange[] = [];
  if (!seen.c && now.c) changes.push("cancelled");
  if (seen.s !== now.s || seen.e !== now.e || seen.r !== now.r) changes.push("moved");
  if (seen.t !== now.t) changes.push("retitled");
  return changes;
}

/**
 * The favourites that changed since they were last seen, in the order of `favourites`. A
 * favourite never seen before (added on another device, or before this feature) is not
 * flagged: there is nothing to compare it with; {@link seenAfterVisit} records it.
 */
export function changedSinceLastVisit(
  favourites: Iterable<Id>,
  seen: ReadonlyMap<Id, SeenFacts>,
  now: ReadonlyMap<Id, SeenFacts>,
): ChangedFavourite[] {
  const changed: ChangedFavourite[] = [];
  for (const id of favourites) {
    const before = seen.get(id);
    if (!before) continue;
    const changes = compareSeen(before, now.get(id));
    if (changes.length > 0) changed.push({ id, changes, seen: before });
  }
  return changed;
}

/**
 * What to save as seen after a visit: the facts already seen of every favourite (so a change
 * stays listed, even across reloads, until the visitor marks it seen), and the current facts
 * of favourites not seen yet. A favourite no longer a favourite is forgotten.
 */
export function seenAfterVisit(
  favourites: Iterable<Id>,
  seen: ReadonlyMap<Id, SeenFacts>,
  now: ReadonlyMap<Id, SeenFacts>,
): Map<Id, SeenFacts> {
  const next = new Map<Id, SeenFacts>();
  for (const id of favourites) {
    const facts = seen.get(id) ?? now.get(id);
    if (facts) next.set(id, facts);
  }
  return next;
}
