import { utcMs } from "../time/date-time-text.js";
import { civilFromEpochMs, toLocalDateTime } from "../time/zoned-time.js";

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
