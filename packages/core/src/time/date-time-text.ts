/**
 * Reading the date-times a program is written with. Two written forms exist:
 *
 * - a local date-time in the event's time zone, `2026-04-27T09:10` (seconds optional);
 * - an instant with an offset, `2026-04-27T12:10Z` or `2026-04-27T09:10-03:00`.
 *
 * This module only reads the text; turning a local date-time into an instant needs the zone
 * and lives in `zoned-time.ts`.
 */

/** A wall-clock date-time with no zone attached. Months are 1-12. */
export interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** The result of {@link readDateTimeText}. */
export type DateTimeText =
  | { readonly form: "local"; readonly local: LocalDateTime }
  | { readonly form: "instant"; readonly epochMs: number; readonly offsetMinutes: number }
  | { readonly form: "invalid"; readonly problem: string };

const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar. `month` is 1-12. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (monthLengths[month - 1] ?? 0);
}

/**
 * Epoch milliseconds of a UTC calendar date-time. Unlike `Date.UTC`, years 0-99 are taken
 * literally (`Date.UTC` maps them to 1900-1999). `month` is 1-12.
 */
export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (year >= 100 || year < 0) return ms;
  // Shift by 400 years (a whole Gregorian cycle, 146097 days) to step around the quirk.
  return Date.UTC(year + 400, month - 1, day, hour, minute, second) - 146_097 * 86_400_000;
}

/** The same wall clock read as if it were UTC: the usual first step of zone arithmetic. */
export function localAsUtcMs(local: LocalDateTime): number {
  return utcMs(local.year, local.month, local.day, local.hour, local.minute, local.second);
}

function describeFieldProblem(
  text: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): string | undefined {
  if (month < 1 || month > 12) return `${JSON.stringify(text)} has month ${month}; expected 01-12`;
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return `${JSON.stringify(text)} is not a date: ${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")} has days 01-${lastDay}`;
  }
  if (hour > 23 || minute > 59 || second > 59) {
    const hoursMinutes = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
    const clock = second > 59 ? `${hoursMinutes}:${String(second).padStart(2, "0")}` : hoursMinutes;
    return `${JSON.stringify(text)}: "${clock}" is not a time of day; expected ${second > 59 ? "HH:MM:SS from 00:00:00 to 23:59:59" : "HH:MM from 00:00 to 23:59"}`;
  }
  return undefined;
}

// A program repeats the same few hundred date-times thousands of times (every room has a
// talk at 09:00), and each is read at least twice (schema check, then timing).
const readCache = new Map<string, DateTimeText>();
const readCacheLimit = 20_000;

/**
 * Reads a date-time as written in a program. Never throws: problems come back as
 * `{ form: "invalid", problem }` with a sentence a webmaster can act on.
 */
export function readDateTimeText(text: string): DateTimeText {
  let read = readCache.get(text);
  if (read === undefined) {
    read = readDateTimeTextUncached(text);
    if (readCache.size >= readCacheLimit) readCache.clear();
    readCache.set(text, read);
  }
  return read;
}

function readDateTimeTextUncached(text: string): DateTimeText {
  const match = dateTimePattern.exec(text);
  if (!match) {
    return {
      form: "invalid",
      problem: `${JSON.stringify(text)} is not a date-time; expected YYYY-MM-DDTHH:MM in the event's time zone (2026-04-27T09:10) or an instant with an offset (2026-04-27T12:10Z)`,
    };
  }
  const [, y, mo, d, h, mi, s, offset] = match;
  const local: LocalDateTime = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: s === undefined ? 0 : Number(s),
  };
  const problem = describeFieldProblem(
    text,
    local.year,
    local.month,
    local.day,
    local.hour,
    local.minute,
    local.second,
  );
  if (problem) return { form: "invalid", problem };
  if (offset === undefined) return { form: "local", local };
  const offsetMinutes = readOffsetMinutes(offset);
  if (offsetMinutes === undefined) {
    return {
      form: "invalid",
      problem: `${JSON.stringify(text)} has offset ${offset}; offsets run from -14:00 to +14:00`,
    };
  }
  return { form: "instant", epochMs: localAsUtcMs(local) - offsetMinutes * 60_000, offsetMinutes };
}

function readOffsetMinutes(offset: string): number | undefined {
  if (offset === "Z") return 0;
  const sign = offset.startsWith("-") ? -1 : 1;
  const hours = Number(offset.slice(1, 3));
  const minutes = Number(offset.slice(4, 6));
  if (minutes > 59 || hours * 60 + minutes > 14 * 60) return undefined;
  return sign * (hours * 60 + minutes);
}

/** A calendar date `YYYY-MM-DD`, checked to exist. Returns a problem sentence or the date. */
export function readDateText(
  text: string,
):
  | { readonly ok: true; readonly year: number; readonly month: number; readonly day: number }
  | { readonly ok: false; readonly problem: string } {
  const match = datePattern.exec(text);
  if (!match) return { ok: false, problem: `${JSON.stringify(text)} is not a date; expected YYYY-MM-DD` };
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const problem = describeFieldProblem(text, year, month, day);
  return problem ? { ok: false, problem } : { ok: true, year, month, day };
}
