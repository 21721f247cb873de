import { daysInMonth, utcMs } from "./date-time-text.js";

/**
 * The ways people write a date that Lectern reads, when told which one a text uses.
 * `D MMMM YYYY` and `MMMM D, YYYY` take full or three-letter English month names and an
 * optional weekday before the date ("Fri 3 Apr 2026"), which is checked against the date.
 */
export const writtenDateFormats = [
  "YYYY-MM-DD",
  "DD/MM/YYYY",
  "MM/DD/YYYY",
  "DD.MM.YYYY",
  "YYYY/MM/DD",
  "D MMMM YYYY",
  "MMMM D, YYYY",
] as const;

/** One of {@link writtenDateFormats}. */
export type WrittenDateFormat = (typeof writtenDateFormats)[number];

/** What {@link readWrittenDate} makes of a text: a YYYY-MM-DD date, or why not. */
export type WrittenDate =
  { readonly ok: true; readonly date: string } | { readonly ok: false; readonly problem: string };

const monthNames = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const weekdayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const monthShort = (month: number) =>
  (monthNames[month - 1] ?? "?").slice(0, 3).replace(/^./, (letter) => letter.toUpperCase());

const numericPatterns: Record<
  Exclude<WrittenDateFormat, "D MMMM YYYY" | "MMMM D, YYYY">,
  { pattern: RegExp; order: readonly [number, number, number] }
> = {
  // order: the capture groups holding year, month and day.
  "YYYY-MM-DD": { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: [1, 2, 3] },
  "YYYY/MM/DD": { pattern: /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, order: [1, 2, 3] },
  "DD/MM/YYYY": { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: [3, 2, 1] },
  "MM/DD/YYYY": { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: [3, 1, 2] },
  "DD.MM.YYYY": { pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: [3, 2, 1] },
};

const monthOf = (word: string) =>
  monthNames.findIndex((name) => name === word || (word.length >= 3 && name.startsWith(word))) + 1;
const weekdayOf = (word: string) =>
  weekdayNames.findIndex((name) => name === word || (word.length >= 3 && name.startsWith(word)));

function checkedDate(year: number, month: number, day: number, text: string): WrittenDate {
  if (month < 1 || month > 12) return { ok: false, problem: `"${text}" has no month ${month}` };
  if (day < 1 || day > daysInMonth(year, month))
    return { ok: false, problem: `"${text}": ${monthShort(month)} ${year} has no day ${day}` };
  return {
    ok: true,
    date: `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
  };
}

function readNamedMonth(text: string, format: "D MMMM YYYY" | "MMMM D, YYYY"): WrittenDate {
  const words = text.toLowerCase().replace(/[.,]/g, " ").split(/\s+/).filter(Boolean);
  const weekday = words.length === 4 ? weekdayOf(words[0]!) : -2;
  if (words.length === 4 && weekday < 0)
    return { ok: false, problem: `"${text}" does not start with a weekday; the format is ${format}` };
  const [first, second, yearWord] = words.slice(words.length - 3);
  const [dayWord, monthWord] = format === "D MMMM YYYY" ? [first, second] : [second, first];
  const month = monthOf(monthWord ?? "");
  if (
    words.length < 3 ||
    words.length > 4 ||
    !/^\d{1,2}$/.test(dayWord ?? "") ||
    !/^\d{4}$/.test(yearWord ?? "") ||
    month === 0
  ) {
    return {
      ok: false,
      problem: `"${text}" is not a date written ${format} (${format === "D MMMM YYYY" ? "3 April 2026" : "April 3, 2026"})`,
    };
  }
  const date = checkedDate(Number(yearWord), month, Number(dayWord), text);
  if (!date.ok || weekday < 0) return date;
  const actual = new Date(utcMs(Number(yearWord), month, Number(dayWord))).getUTCDay();
  if (actual !== weekday) {
    const name = (index: number) => weekdayNames[index]!.replace(/^./, (letter) => letter.toUpperCase());
    return {
      ok: false,
      problem: `"${text}": ${Number(dayWord)} ${monthShort(month)} ${yearWord} is a ${name(actual)}, not a ${name(weekday)}`,
    };
  }
  return date;
}

/**
 * Reads a date written the given way as YYYY-MM-DD. The format is required because
 * `04/03/2026` is April 3 in one country and March 4 in another: nothing here guesses.
 * Impossible dates (31/02/2026) and a weekday that does not match its date are problems.
 */
export function readWrittenDate(text: string, format: WrittenDateFormat): WrittenDate {
  const value = text.trim();
  if (format === "D MMMM YYYY" || format === "MMMM D, YYYY") return readNamedMonth(value, format);
  const numeric = numericPatterns[format];
  if (!numeric)
    return {
      ok: false,
      problem: `unknown date format "${String(format)}"; use one of ${writtenDateFormats.join(", ")}`,
    };
  const match = numeric.pattern.exec(value);
  if (!match) return { ok: false, problem: `"${value}" is not a date written ${format}` };
  const [year, month, day] = numeric.order.map((group) => Number(match[group]));
  return checkedDate(year!, month!, day!, value);
}
