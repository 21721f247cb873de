import { localAsUtcMs, utcMs } from "../time/date-time-text.js";
import { civilFromEpochMs, resolveLocalTime, toLocalDateTime } from "../time/zoned-time.js";

const pad2 = (value: number) => String(value).padStart(2, "0");

/** Minutes after midnight of a `HH:MM` clock time. */
export function clockMinutes(clock: string): number {
  const [hours, minutes] = clock.split(":");
  return Number(hours) * 60 + Number(minutes);
}

/**
 * The program day an instant belongs to, as `YYYY-MM-DD` in a zone. A day "rolls over" at
 * `dayStartsAtMinutes` after midnight (04:00 by default in `resolveSchedule`), so a 01:00
 * party belongs to the evening before, as programs print it.
 */
export function programDayOf(epochMs: number, zone: string, dayStartsAtMinutes: number): string {
  const local = toLocalDateTime(epochMs, zone);
  let { year, month, day } = local;
  if (local.hour * 60 + local.minute < dayStartsAtMinutes) {
    const previous = civilFromEpochMs(utcMs(year, month, day) - 86_400_000);
    ({ year, month, day } = previous);
  }
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** Whole calendar days from one `YYYY-MM-DD` to another (`2026-04-27` to `2026-04-28` is 1). */
export function daysBetween(fromDate: string, toDate: string): number {
  const parse = (date: string) => utcMs(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
  return Math.round((parse(toDate) - parse(fromDate)) / 86_400_000);
}

/**
 * The instants a program day (`YYYY-MM-DD`) runs between in a zone: from its roll-over time to
 * the next day's (end exclusive). A DST change makes the day 23 or 25 hours long; a roll-over
 * time that falls in a DST gap starts the day when the clocks jump.
 */
export function programDayBounds(
  date: string,
  zone: string,
  dayStartsAtMinutes: number,
): { startMs: number; endMs: number } {
  const startOf = (year: number, month: number, day: number) => {
    const local = {
      year,
      month,
      day,
      hour: Math.floor(dayStartsAtMinutes / 60),
      minute: dayStartsAtMinutes % 60,
      second: 0,
    };
    const resolved = resolveLocalTime(local, zone);
    return resolved.kind === "gap" ? localAsUtcMs(local) - resolved.offsetBeforeMinutes * 60_000 : resolved.epochMs;
  };
  const [year, month, day] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const next = civilFromEpochMs(utcMs(year, month, day) + 86_400_000);
  return { startMs: startOf(year, month, day), endMs: startOf(next.year, next.month, next.day) };
}
