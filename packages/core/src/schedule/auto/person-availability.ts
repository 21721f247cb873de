import type { Availability } from "../../model/scheduling.js";
import type { DailyWindow, DateTimeWindow } from "../../model/scheduling-window.js";
import { readDateTimeText } from "../../time/date-time-text.js";
import { civilFromEpochMs, resolveLocalTime, toLocalDateTime } from "../../time/zoned-time.js";
import { clockMinutes } from "../day-of.js";

const dayMs = 86_400_000;

/**
 * An instant of a date-time as a program writes it: local in `zone`, or with an offset. A
 * local time in a DST gap takes the offset before the jump (the wall clock read on); the
 * parser has already warned or refused such times in items, and a window edge is not worth
 * refusing the whole schedule for.
 */
export function instantOf(text: string, zone: string): number {
  const read = readDateTimeText(text);
  if (read.form === "instant") return read.epochMs;
  if (read.form === "invalid") return Number.NaN;
  const resolved = resolveLocalTime(read.local, zone);
  if (resolved.kind !== "gap") return resolved.epochMs;
  const wall = Date.UTC(read.local.year, read.local.month - 1, read.local.day, read.local.hour, read.local.minute);
  return wall - resolved.offsetBeforeMinutes * 60_000;
}

/** `[startMs, endMs)` of a written window. */
export function windowMs(window: DateTimeWindow, zone: string): readonly [number, number] {
  return [instantOf(window.start, zone), instantOf(window.end, zone)];
}

/** True when `[startMs, endMs)` and `[fromMs, toMs)` share a moment. */
export const overlaps = (startMs: number, endMs: number, fromMs: number, toMs: number): boolean =>
  startMs < toMs && fromMs < endMs;

/**
 * True when `[startMs, endMs)` lies inside one occurrence of the daily window, in the
 * window's own zone (a remote presenter's "08:00-20:00 in Asia/Tokyo"). The occurrence is
 * found on the local day of the start and the day before (for windows over midnight), and
 * its edges are resolved in the zone, so DST days have their real length.
 */
export function isWithinDailyWindow(daily: DailyWindow, startMs: number, endMs: number, eventZone: string): boolean {
  const zone = daily.timeZone ?? eventZone;
  const from = clockMinutes(daily.from);
  const to = clockMinutes(daily.to);
  const local = toLocalDateTime(startMs, zone);
  const dayStart = Date.UTC(local.year, local.month - 1, local.day);
  for (const shift of [0, -1]) {
    const day = civilFromEpochMs(dayStart + shift * dayMs);
    const at = (minutes: number, dayOffset: number) => {
      const civil = civilFromEpochMs(Date.UTC(day.year, day.month - 1, day.day) + dayOffset * dayMs + minutes * 60_000);
      return instantOf(
        `${String(civil.year).padStart(4, "0")}-${pad2(civil.month)}-${pad2(civil.day)}T${pad2(civil.hour)}:${pad2(civil.minute)}`,
        zone,
      );
    };
    const opens = at(from, 0);
    const closes = at(to, to <= from ? 1 : 0);
    if (opens <= startMs && endMs <= closes) return true;
  }
  return false;
}

const pad2 = (value: number) => String(value).padStart(2, "0");

/**
 * Whether a person can be there for all of `[startMs, endMs)`: inside one of `available`
 * (when given), inside the daily window (when given), and overlapping none of `unavailable`.
 */
export function isPersonAvailable(
  availability: readonly Availability[],
  startMs: number,
  endMs: number,
  eventZone: string,
): boolean {
  return availability.every((entry) => {
    if (
      entry.available &&
      !entry.available.some((window) => {
        const [from, to] = windowMs(window, eventZone);
        return from <= startMs && endMs <= to;
      })
    )
      return false;
    if (entry.daily && !isWithinDailyWindow(entry.daily, startMs, endMs, eventZone)) return false;
    return !entry.unavailable?.some((window) => overlaps(startMs, endMs, ...windowMs(window, eventZone)));
  });
}
