import { diffPrograms, type ChangeTime, type Id, type Program, type ProgramDiff } from "@lectern/core";

/** The badges an item can carry against a previous version, in the order they are shown. */
export const changeBadges = ["new", "cancelled", "moved", "retitled", "people"] as const;

/** One of {@link changeBadges}. */
export type ChangeBadge = (typeof changeBadges)[number];

/**
 * What changed about one item since the previous version, as the elements mark it: its badges
 * and what it was (old time, room, title) so that the old can be shown beside the new.
 */
export interface ChangeMark {
  readonly badges: readonly ChangeBadge[];
  /** True when its time changed; `before` is then the old time (missing: it had none). */
  readonly timeChanged: boolean;
  readonly before?: ChangeTime;
  /** The old room's name, when the room changed (empty: it had none). */
  readonly beforeRoom?: string;
  /** The old title, when it was retitled. */
  readonly beforeTitle?: string;
}

/** A mark while the diff's changes are read: its badges a set, its fields writable. */
interface MarkInProgress {
  badges: Set<ChangeBadge>;
  timeChanged: boolean;
  before?: ChangeTime;
  beforeRoom?: string;
  beforeTitle?: string;
}

/**
 * The marks of the items of a diff, by item id. Only what a visitor of the newer version can
 * see is marked: a removed item is not in it (the CLI's changelog tells of those), and changes
 * of track or details carry no badge. A time or a room change is "moved"; speakers or authors
 * who came or went, or another presenter, is "people".
 */
export function markChanges(diff: ProgramDiff): ReadonlyMap<Id, ChangeMark> {
  const marks = new Map<Id, MarkInProgress>();
  const markOf = (id: Id): MarkInProgress => {
    let mark = marks.get(id);
    if (!mark) marks.set(id, (mark = { badges: new Set(), timeChanged: false }));
    return mark;
  };
  for (const change of diff.changes) {
    if (change.subject !== "item") continue;
    if (change.kind === "item-added") markOf(change.itemId).badges.add("new");
    else if (change.kind === "item-cancelled") markOf(change.itemId).badges.add("cancelled");
    else if (change.kind === "item-moved") {
      const mark = markOf(change.itemId);
      mark.badges.add("moved");
      mark.timeChanged = true;
      mark.before = change.before;
    } else if (change.kind === "item-room-changed") {
      const mark = markOf(change.itemId);
      mark.badges.add("moved");
      mark.beforeRoom = change.before?.name ?? "";
    } else if (change.kind === "item-retitled") {
      const mark = markOf(change.itemId);
      mark.badges.add("retitled");
      mark.beforeTitle = change.before;
    } else if (change.kind === "item-people-changed") markOf(change.itemId).badges.add("people");
  }
  const ordered = new Map<Id, ChangeMark>();
  for (const [id, mark] of marks)
    ordered.set(id, { ...mark, badges: changeBadges.filter((badge) => mark.badges.has(badge)) });
  return ordered;
}

/**
 * The marks of `after`'s items against `before` (two valid versions, matched by stable ids).
 * Its own module's entry point, so an element imports the diff only when it has a previous
 * version to compare with.
 */
export function markChangesBetween(before: Program, after: Program): ReadonlyMap<Id, ChangeMark> {
  return markChanges(diffPrograms(before, after));
}
