import { formatDayHeading, formatTimeRange, programDayOf, type ChangeTime } from "@lectern/core";
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

/**
 * The texts of a mark in `zone` (the zone the new time beside it is shown in): the old range,
 * with its day when the item moved to another day (`nowStartMs`, its new start), the old room
 * and the old title. A new item says only "New".
 */
export function describeChangeMark(
  mark: ChangeMark,
  options: { readonly zone: string; readonly locale: string; readonly nowStartMs?: number },
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

/** The old range; its day too when it differs from the new start's day (or there is none). */
function describeOldTime(
  before: ChangeTime,
  options: { readonly zone: string; readonly locale: string; readonly nowStartMs?: number },
): string {
  const range = formatTimeRange(before.startMs, before.endMs, options);
  const oldDay = programDayOf(before.startMs, options.zone, 0);
  const sameDay = options.nowStartMs !== undefined && programDayOf(options.nowStartMs, options.zone, 0) === oldDay;
  return sameDay ? range : `${formatDayHeading(oldDay, { locale: options.locale, style: "short" })} ${range}`;
}
