import { formatDayHeading, formatTimeRange, indexProgram, programDayOf, type Id, type Program } from "@lectern/core";
import { hrefOfTalk } from "../schedule-grid/day-address.js";
import type { ChangesSinceVisitStrings } from "./changes-since-visit.strings.js";
import type { ChangedFavourite, SeenFacts, VisitChange } from "./last-visit.js";

/** One changed favourite as `<changes-since-visit>` lists it. */
export interface VisitChangeRow {
  readonly id: Id;
  /** Its title now, or as last seen when it was removed. */
  readonly title: string;
  /** Its changes, in `visitChanges` order, and their badges' words in the same order. */
  readonly changes: readonly VisitChange[];
  readonly labels: readonly string[];
  /** "was Mon 27 Apr 14:00–14:30, Room 2, “Old title”"; missing when nothing old is worth saying. */
  readonly was?: string;
  /** "now Mon 27 Apr 09:40–10:10, Room 1", for a moved favourite. */
  readonly now?: string;
  /** The talk's link in the grid (`#talk-<id>`); missing once it is removed. */
  readonly href?: string;
}

/**
 * The rows of the changed favourites, their times in the event's zone (as the changelog
 * writes them), each with its day: a visitor back after a week reads the date too.
 */
export function visitChangeRows(
  changed: readonly ChangedFavourite[],
  current: ReadonlyMap<Id, SeenFacts>,
  program: Program,
  locale: string,
  strings: ChangesSinceVisitStrings,
): VisitChangeRow[] {
  const rooms = indexProgram(program).rooms;
  const zone = program.event.timeZone;
  const labelOf: Record<VisitChange, string> = {
    removed: strings.changeRemoved,
    cancelled: strings.changeCancelled,
    moved: strings.changeMoved,
    retitled: strings.changeRetitled,
  };
  const placeOf = (facts: SeenFacts, showTime: boolean, showRoom: boolean): string =>
    [
      showTime ? whenOf(facts, zone, locale, strings.timeNotAnnounced) : "",
      showRoom && facts.r !== undefined ? (rooms.get(facts.r)?.value.name ?? facts.r) : "",
    ]
      .filter(Boolean)
      .join(", ");
  return changed.map(({ id, changes, seen }) => {
    const now = current.get(id);
    const moved = changes.includes("moved") && now !== undefined;
    const timeMoved = moved && (seen.s !== now.s || seen.e !== now.e);
    const roomMoved = moved && seen.r !== now.r;
    const was = [moved ? placeOf(seen, timeMoved, roomMoved) : "", changes.includes("retitled") ? `“${seen.t}”` : ""]
      .filter(Boolean)
      .join(", ");
    const after = moved ? placeOf(now, timeMoved, roomMoved) : "";
    return {
      id,
      title: now?.t ?? seen.t,
      changes,
      labels: changes.map((change) => labelOf[change]),
      ...(was ? { was: strings.changeWas(was) } : {}),
      ...(after ? { now: strings.changeNow(after) } : {}),
      ...(now ? { href: hrefOfTalk(id) } : {}),
    };
  });
}

/** "Mon 27 Apr 14:00–14:30" in `zone`, or "Time not announced" for facts without a time. */
function whenOf(facts: SeenFacts, zone: string, locale: string, notAnnounced: string): string {
  if (facts.s === undefined || facts.e === undefined) return notAnnounced;
  const day = formatDayHeading(programDayOf(facts.s, zone, 0), { locale, style: "short" });
  return `${day} ${formatTimeRange(facts.s, facts.e, { zone, locale })}`;
}
