import type { Id } from "../model/id.js";

/** Every kind of change {@link diffPrograms} reports, in the order one subject's changes are listed. */
export const programChangeKinds = [
  "event-changed",
  "session-added",
  "session-removed",
  "session-moved",
  "session-room-changed",
  "session-retitled",
  "session-chairs-changed",
  "item-added",
  "item-removed",
  "item-cancelled",
  "item-uncancelled",
  "item-moved",
  "item-room-changed",
  "item-retitled",
  "item-people-changed",
  "item-session-changed",
  "item-track-changed",
  "item-details-changed",
] as const;

/** One of {@link programChangeKinds}. */
export type ProgramChangeKind = (typeof programChangeKinds)[number];

/** Fields of the event whose change {@link diffPrograms} reports. */
export const eventChangeFields = ["title", "dates", "timeZone", "venue"] as const;

/** One of {@link eventChangeFields}. */
export type EventChangeField = (typeof eventChangeFields)[number];

/** Details of an item whose change is worth telling but has no kind of its own. */
export const itemDetailFields = ["kind", "subtitle", "abstract", "status", "presentation"] as const;

/** One of {@link itemDetailFields}. */
export type ItemDetailField = (typeof itemDetailFields)[number];

/**
 * When something happens, resolved: the instants (what to compare and compute with) and the
 * same moments as ISO 8601 in the diff's zone (the event's local clock, with its offset).
 */
export interface ChangeTime {
  /** Start, epoch milliseconds. */
  readonly startMs: number;
  /** End (exclusive), epoch milliseconds. */
  readonly endMs: number;
  /** Start as local time in the zone, with its offset: `2024-02-03T10:00:00+01:00`. */
  readonly start: string;
  /** End as local time in the zone, with its offset. */
  readonly end: string;
}

/** A room, track or session as the version it comes from names it; `name` falls back to the id. */
export interface NamedRef {
  readonly id: Id;
  readonly name: string;
}

/** A person on an item or session; `name` is missing while it is to be announced. */
export interface PersonRef {
  readonly id: Id;
  readonly name?: string;
}

/**
 * What every item change carries besides its own values, so a renderer needs nothing else: the
 * item's title, time and room in the newer version (in the older one for a removed item), and
 * everybody on it in either version (speakers and authors).
 */
export interface ItemChangeContext {
  readonly subject: "item";
  readonly itemId: Id;
  /** The title (the newer one), or the kind (`coffee-break`) for an untitled item. */
  readonly title: string;
  readonly time?: ChangeTime;
  readonly room?: NamedRef;
  /** Speakers and authors of both versions, without repeats: who should hear of it. */
  readonly people: readonly PersonRef[];
}

/** The item is new. */
export interface ItemAddedChange extends ItemChangeContext {
  readonly kind: "item-added";
}
/** The item is gone from the newer version. */
export interface ItemRemovedChange extends ItemChangeContext {
  readonly kind: "item-removed";
}
/** The item's status became cancelled. */
export interface ItemCancelledChange extends ItemChangeContext {
  readonly kind: "item-cancelled";
}
/** The item was cancelled and is not any more. */
export interface ItemUncancelledChange extends ItemChangeContext {
  readonly kind: "item-uncancelled";
}
/**
 * The item happens at another time (its resolved instants differ: an item that follows its
 * session's start moves with the session). `undefined` is "no time yet".
 */
export interface ItemMovedChange extends ItemChangeContext {
  readonly kind: "item-moved";
  readonly before?: ChangeTime;
  readonly after?: ChangeTime;
  /** The room it was in, so a "moved" line can name both rooms. */
  readonly beforeRoom?: NamedRef;
}
/** The item is in another room (its own or its session's). */
export interface ItemRoomChangedChange extends ItemChangeContext {
  readonly kind: "item-room-changed";
  readonly before?: NamedRef;
  readonly after?: NamedRef;
}
/** The item has another title. */
export interface ItemRetitledChange extends ItemChangeContext {
  readonly kind: "item-retitled";
  readonly before?: string;
  readonly after?: string;
}
/**
 * Speakers or authors came or went, or another author presents (a change of order alone is not
 * reported). `presentingBefore`/`presentingAfter` are there only when the presenter changed.
 */
export interface ItemPeopleChangedChange extends ItemChangeContext {
  readonly kind: "item-people-changed";
  readonly added: readonly PersonRef[];
  readonly removed: readonly PersonRef[];
  readonly presentingBefore?: readonly PersonRef[];
  readonly presentingAfter?: readonly PersonRef[];
}
/** The item is listed in another session (or in none). */
export interface ItemSessionChangedChange extends ItemChangeContext {
  readonly kind: "item-session-changed";
  readonly before?: NamedRef;
  readonly after?: NamedRef;
}
/** The item is in another track (its own or its session's). */
export interface ItemTrackChangedChange extends ItemChangeContext {
  readonly kind: "item-track-changed";
  readonly before?: NamedRef;
  readonly after?: NamedRef;
}
/** Its kind, subtitle, abstract, status (tentative, confirmed) or presentation (in-person, remote, hybrid) changed. */
export interface ItemDetailsChangedChange extends ItemChangeContext {
  readonly kind: "item-details-changed";
  readonly field: ItemDetailField;
  readonly before?: string;
  readonly after?: string;
}

/** A change to one item. */
export type ItemChange =
  | ItemAddedChange
  | ItemRemovedChange
  | ItemCancelledChange
  | ItemUncancelledChange
  | ItemMovedChange
  | ItemRoomChangedChange
  | ItemRetitledChange
  | ItemPeopleChangedChange
  | ItemSessionChangedChange
  | ItemTrackChangedChange
  | ItemDetailsChangedChange;

/** What every session change carries: as {@link ItemChangeContext}, with the chairs as `people`. */
export interface SessionChangeContext {
  readonly subject: "session";
  readonly sessionId: Id;
  readonly title: string;
  /** Its explicit bounds, or the span of its timed items. */
  readonly time?: ChangeTime;
  readonly room?: NamedRef;
  /** Chairs of both versions, without repeats. */
  readonly people: readonly PersonRef[];
}

/** A change to a session. */
export type SessionChange =
  | (SessionChangeContext & { readonly kind: "session-added" })
  | (SessionChangeContext & { readonly kind: "session-removed" })
  | (SessionChangeContext & {
      readonly kind: "session-moved";
      readonly before?: ChangeTime;
      readonly after?: ChangeTime;
    })
  | (SessionChangeContext & {
      readonly kind: "session-room-changed";
      readonly before?: NamedRef;
      readonly after?: NamedRef;
    })
  | (SessionChangeContext & { readonly kind: "session-retitled"; readonly before: string; readonly after: string })
  | (SessionChangeContext & {
      readonly kind: "session-chairs-changed";
      readonly added: readonly PersonRef[];
      readonly removed: readonly PersonRef[];
    });

/** A change to the event itself; dates read `2024-02-03 – 2024-02-04`, a venue as one line. */
export interface EventChange {
  readonly subject: "event";
  readonly kind: "event-changed";
  readonly field: EventChangeField;
  readonly before?: string;
  readonly after?: string;
}

/** One change between two versions of a program. Narrow on `kind` (or `subject`). */
export type ProgramChange = EventChange | SessionChange | ItemChange;

/**
 * What changed between two versions of a program: a stable, JSON-ready shape (the output of
 * `lectern changes --to json`).
 */
export interface ProgramDiff {
  /** The newer version's event title. */
  readonly eventTitle: string;
  /**
   * The zone the newer version's times (`after`, and the context `time` of a change) are written
   * in: the newer version's event zone unless a zone was asked for.
   */
  readonly zone: string;
  /**
   * Only when the event's zone changed: the older version's zone, which `before` times and the
   * times of removed things are written in (the clock readers knew them by).
   */
  readonly previousZone?: string;
  /**
   * The event first, then sessions, then items, each by time (untimed last); one subject's
   * changes stay together in the order of {@link programChangeKinds}.
   */
  readonly changes: readonly ProgramChange[];
}
