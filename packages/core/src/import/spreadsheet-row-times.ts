import { longestDurationMinutes } from "../model/duration-limit.js";
import { localAsUtcMs, readDateTimeText } from "../time/date-time-text.js";
import { isValidTimeZone, resolveLocalTime } from "../time/zoned-time.js";
import { dayAfter, readSpreadsheetDate, type SpreadsheetDateFormat } from "./spreadsheet-date.js";

/** What {@link readRowTimes} makes of a row: local date-times, and the sentences to report. */
export interface RowTimes {
  /** `YYYY-MM-DDTHH:MM`, local in the event's zone. */
  readonly start?: string;
  /** `YYYY-MM-DDTHH:MM`, local in the event's zone. */
  readonly end?: string;
  /** The day of a row with no time (no start, or a time to be announced): the item's `date`. */
  readonly date?: string;
  /** The start or the end says the time is to be announced ("TBA"). */
  readonly timeToBeAnnounced?: boolean;
  /** Each names its column ("end: ..."); the caller puts the row in front. */
  readonly errors: readonly string[];
  /** Each names its column; the caller puts the row in front. */
  readonly warnings: readonly string[];
}

const clockPattern = /^(\d{1,2})[:.h](\d{2})$/;
// A date and a time in one cell, as spreadsheets write a date-time: "2026-03-05 06:00", "2026-03-05T06:00".
const dateAndClockPattern = /^(\S+?)(?:\s+|T)(\d{1,2}[:.h]\d{2})$/;

/** `HH:MM` from 09:30, 9.30 or 9h30, or undefined when the text is not a time of day. */
function readClock(value: string): string | undefined {
  const match = clockPattern.exec(value);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return undefined;
  return `${match[1]!.padStart(2, "0")}:${match[2]}`;
}

// Words sheets write for a time not known yet: "TBA", "tbd", "T.B.A.", "to be announced".
const toBeAnnouncedPattern = /^(?:t\.?b\.?[ad]\.?|to be (?:announced|determined))$/i;

/**
 * Minutes from `start` to `end` (both local) as they pass in `timeZone`, DST changes included;
 * on the wall clock when a time does not exist there (a DST gap, which the model reports itself).
 */
function minutesBetween(start: string, end: string, timeZone: string): number {
  const instant = (text: string) => {
    const read = readDateTimeText(text);
    if (read.form !== "local") return undefined;
    const resolved = isValidTimeZone(timeZone) ? resolveLocalTime(read.local, timeZone) : undefined;
    return { wall: localAsUtcMs(read.local), real: resolved?.kind === "gap" ? undefined : resolved?.epochMs };
  };
  const [from, to] = [instant(start), instant(end)];
  if (!from || !to) return 0;
  const real = from.real !== undefined && to.real !== undefined;
  return ((real ? to.real! - from.real! : to.wall - from.wall) / 60_000) | 0;
}

/**
 * A row's start and end, from its `date`, `start`, `end` and `end date` cells. The end is a
 * time of day, or a date and time (`2026-03-05 06:00`, `2026-03-05T06:00`, the date in any
 * form the date column takes), or a time with its day in the `end date` column. With a day
 * for the end, the end is read as written: before the start is an error, and so is a length
 * over the model's 14 days. Without one, an end at or before the start is the next day (a
 * night row, 21:00-06:00), with a warning. Times are local to `timeZone`. A row with a day
 * and no time gives its `date`; a start or end "TBA" ("TBD", "to be announced") gives its date
 * and a time to be announced, with a warning.
 */
export function readRowTimes(
  cell: (column: string) => string,
  timeZone: string,
  dateFormat: SpreadsheetDateFormat | undefined,
): RowTimes {
  const errors: string[] = [];
  const warnings: string[] = [];
  const date = readSpreadsheetDate(cell("date"), dateFormat);
  if (date.problem) errors.push(`date: ${date.problem}`);
  const startText = cell("start");
  const announced = [startText, cell("end")].find((text) => toBeAnnouncedPattern.test(text));
  if (announced !== undefined) return timeToBeAnnounced(cell, announced, date, errors);
  const start = startText ? readClock(startText) : undefined;
  if (startText && !start) errors.push(`start: "${startText}" is not a time of day; write HH:MM (09:30)`);

  const endText = cell("end");
  const joined = dateAndClockPattern.exec(endText);
  const end = endText ? readClock(joined ? joined[2]! : endText) : undefined;
  if (endText && !end)
    errors.push(
      `end: "${endText}" is not a time of day, or a date and a time; write HH:MM (06:00) or YYYY-MM-DD HH:MM (2026-03-05 06:00)`,
    );
  const endDay = (column: string, text: string | undefined) => {
    if (!text) return undefined;
    const read = readSpreadsheetDate(text, dateFormat);
    if (read.problem) errors.push(`${column}: ${read.problem}`);
    return read.date;
  };
  const dayInEnd = endDay("end", joined?.[1]);
  const dayColumn = endDay("end date", cell("end date"));
  if (dayInEnd && dayColumn && dayInEnd !== dayColumn)
    errors.push(`end date: ${dayColumn} is not the day the end names (${dayInEnd}); give the day once`);
  if (dayColumn && !endText) errors.push(`end date: ${dayColumn} is given, but the end column has no time`);
  const endDate = dayInEnd ?? dayColumn;
  if (errors.length > 0 || !date.date) return { errors, warnings };
  // A row with an end and no start is passed on as it is: the model names what is missing.
  if (!start && end) return { end: `${endDate ?? date.date}T${end}`, errors, warnings };
  // A day and no time: the item's date, so the row is listed on its day, its time not known yet.
  if (!start) return { date: date.date, errors, warnings };
  const startAt = `${date.date}T${start}`;
  if (!end) return { start: startAt, errors, warnings };

  if (endDate) {
    const endAt = `${endDate}T${end}`;
    const minutes = minutesBetween(startAt, endAt, timeZone);
    if (endAt <= startAt) errors.push(`end: ${endAt} is not after the start (${startAt})`);
    else if (minutes > longestDurationMinutes)
      errors.push(
        `end: ${endAt} is more than 14 days after the start (${startAt}); an item lasts at most ${longestDurationMinutes} minutes`,
      );
    return errors.length > 0 ? { errors, warnings } : { start: startAt, end: endAt, errors, warnings };
  }
  // A row 21:00-06:00 (a night session, a poster hall open overnight) with no day for its end ends the next day.
  if (end > start) return { start: startAt, end: `${date.date}T${end}`, errors, warnings };
  const nextDay = dayAfter(date.date);
  warnings.push(`end: ${end} is not after the start (${start}); read as ${nextDay}T${end}, the next day`);
  return { start: startAt, end: `${nextDay}T${end}`, errors, warnings };
}

/**
 * A row whose start or end is "TBA": the time is to be announced, on the row's day. The model
 * has no item with a start and no end, so a start or end given beside the TBA cannot be kept,
 * and the warning names it.
 */
function timeToBeAnnounced(
  cell: (column: string) => string,
  announced: string,
  date: { date?: string },
  errors: string[],
): RowTimes {
  if (errors.length > 0 || !date.date) return { errors, warnings: [] };
  const column = toBeAnnouncedPattern.test(cell("start")) ? "start" : "end";
  const dropped = ["start", "end", "end date"]
    .filter((name) => cell(name) && !toBeAnnouncedPattern.test(cell(name)))
    .map((name) => `${name} ${cell(name)}`);
  const warning =
    `${column}: "${announced}": the time is to be announced; kept as ${date.date} without a time` +
    (dropped.length > 0 ? `; not kept: ${dropped.join(", ")}` : "");
  return { date: date.date, timeToBeAnnounced: true, errors, warnings: [warning] };
}
