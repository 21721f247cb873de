import { formatDayHeading, formatTimeRange, formatZoneName, programDayOf, type ChangeTime } from "@lectern/core";
import type { ChangeBadge, ChangeMark } from "./change-marks.js";
import type { UiStrings } from "./ui-strings.js";

// Apart from change-marks.ts, which imports the diff: cells word marks on every render, and
// this keeps the diff out of lectern.js (it is a chunk of its own, fetched with previous-src).

/** What a mark says, as visible text: its badges' labels, and what the item was. */
export interface ChangeMarkText {
  readonly labels: readonly string[];
  /** "was 09:10–09:40, Room 2"; missing when nothing old is worth saying (a new item). */
  readonly was?: string;
}

/** Where and how a mark's old time is written. */
export interface ChangeMarkTextOptions {
  /** The event's zone: old times are always written in it (issue 20), whatever zone the new one is in. */
  readonly zone: string;
  readonly locale: string;
  /** The item's new start, to say the old day only when it differs. */
  readonly nowStartMs?: number;
  /** True when the new time beside it is in another zone (viewer mode): the old one then names its zone. */
  readonly nameZone?: boolean;
}

/**
 * The texts of a mark: the old range in the event's zone (`zone`), with its day when the item
 * moved to another day (`nowStartMs`, its new start) and the zone's name when the new time is
 * shown in another zone, the old room and the old title. A new item says only "New".
 */
export function describeChangeMark(
  mark: ChangeMark,
  options: ChangeMarkTextOptions,
  ui: Pick<
    UiStrings,
    | "changeNew"
    | "changeCancelled"
    | "changeMoved"
    | "changeRetitled"
    | "changePeople"
    | "changeWas"
    | "timeNotAnnounced"
  >,
): ChangeMarkText {
  const labelOf: Record<ChangeBadge, string> = {
    new: ui.changeNew,
    cancelled: ui.changeCancelled,
    moved: ui.changeMoved,
    retitled: ui.changeRetitled,
    people: ui.changePeople,
  };
  const parts: string[] = [];
  if (mark.timeChanged) parts.push(mark.before ? describeOldTime(mark.before, options) : ui.timeNotAnnounced);
  if (mark.beforeRoom) parts.push(mark.beforeRoom);
  if (mark.beforeTitle) parts.push(`“${mark.beforeTitle}”`);
  return {
    labels: mark.badges.map((badge) => labelOf[badge]),
    ...(parts.length > 0 ? { was: ui.changeWas(parts.join(", ")) } : {}),
  };
}

/** The old range; its day too when it differs from the new start's day (or there is none); its zone when asked. */
function describeOldTime(before: ChangeTime, options: ChangeMarkTextOptions): string {
  const range =
    formatTimeRange(before.startMs, before.endMs, options) +
    (options.nameZone ? ` ${formatZoneName(options.zone, before.startMs, options)}` : "");
  const oldDay = programDayOf(before.startMs, options.zone, 0);
  const sameDay = options.nowStartMs !== undefined && programDayOf(options.nowStartMs, options.zone, 0) === oldDay;
  return sameDay ? range : `${formatDayHeading(oldDay, { locale: options.locale, style: "short" })} ${range}`;
}
