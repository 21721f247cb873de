import { readWrittenDate, type WrittenDate } from "../time/read-written-date.js";
import { utcMs } from "../time/date-time-text.js";

/** How dates other than YYYY-MM-DD are written in a spreadsheet. */
export const spreadsheetDateFormats = ["DD/MM/YYYY", "MM/DD/YYYY", "DD.MM.YYYY", "YYYY/MM/DD"] as const;

/** One of {@link spreadsheetDateFormats}. */
export type SpreadsheetDateFormat = (typeof spreadsheetDateFormats)[number];

const monthShort = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A spreadsheet's date: YYYY-MM-DD always; otherwise the given format; without one, only a
 * date that can be read one way (25/03/2026, 2026/03/25). `04/03/2026` is never guessed.
 */
export function readSpreadsheetDate(
  value: string,
  format: SpreadsheetDateFormat | undefined,
): { date?: string; problem?: string } {
  const answer = (read: WrittenDate) => (read.ok ? { date: read.date } : { problem: read.problem });
  if (/^\d{4}-/.test(value)) return answer(readWrittenDate(value, "YYYY-MM-DD"));
  if (format) return answer(readWrittenDate(value, format));
  if (/^\d{4}\//.test(value)) return answer(readWrittenDate(value, "YYYY/MM/DD"));
  const parts = /^(\d{1,2})([/.])(\d{1,2})[/.]\d{4}$/.exec(value);
  if (!parts) return { problem: `"${value}" is not a date; write YYYY-MM-DD (2026-04-27)` };
  const [first, second] = [Number(parts[1]), Number(parts[3])];
  if (first > 12 && second <= 12) return answer(readWrittenDate(value, parts[2] === "." ? "DD.MM.YYYY" : "DD/MM/YYYY"));
  if (second > 12 && first <= 12) return answer(readWrittenDate(value.replaceAll(".", "/"), "MM/DD/YYYY"));
  return {
    problem: `"${value}" is ambiguous: ${first} ${monthShort[second] ?? "?"} or ${monthShort[first] ?? "?"} ${second}? Write YYYY-MM-DD, or give the date format (${spreadsheetDateFormats.join(", ")})`,
  };
}

/** The calendar day after `YYYY-MM-DD` (civil dates: no zone, so no DST to get wrong). */
export function dayAfter(date: string): string {
  const next = new Date(utcMs(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)) + 1));
  return next.toISOString().slice(0, 10);
}
