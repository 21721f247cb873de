import { programDayOf } from "../schedule/day-of.js";
import { dateTimeFormat } from "./date-time-format-cache.js";

/** Where and how to show times. */
export interface TimeDisplayOptions {
  /** The IANA zone to show the time in. */
  readonly zone: string;
  /** A BCP 47 locale (`en-GB`, `pt-BR`); the runtime default when left out. */
  readonly locale?: string;
  /** Force a 12- or 24-hour clock; by default the locale decides. */
  readonly hourCycle?: "h12" | "h23";
}

const timeOptions = (options: TimeDisplayOptions): Intl.DateTimeFormatOptions => ({
  timeZone: options.zone,
  hour: "numeric",
  // "numeric", not "2-digit": with "2-digit" V8 stops padding the hour in 24-hour locales
  // ("9:10" in en-GB); minutes are always two digits either way.
  minute: "numeric",
  ...(options.hourCycle ? { hourCycle: options.hourCycle } : {}),
});

const separators = new WeakMap<Intl.DateTimeFormat, string | null>();
const clockFormats = new Map<string, Intl.DateTimeFormat>();
const clockTexts = new WeakMap<Intl.DateTimeFormat, Map<number, string>>();

/** The clock-time format for these options, without building and serialising an options object per call. */
function clockFormat(options: TimeDisplayOptions): Intl.DateTimeFormat {
  const key = `${options.locale ?? ""}|${options.zone}|${options.hourCycle ?? ""}`;
  let format = clockFormats.get(key);
  if (!format) clockFormats.set(key, (format = dateTimeFormat(options.locale, timeOptions(options))));
  return format;
}

/**
 * `format.format(epochMs)`, remembered: a program's items start and end at a few hundred
 * distinct instants, each formatted again for every item and row that shares it.
 */
function formatClock(format: Intl.DateTimeFormat, epochMs: number): string {
  let texts = clockTexts.get(format);
  if (!texts) clockTexts.set(format, (texts = new Map()));
  let text = texts.get(epochMs);
  if (text === undefined) {
    if (texts.size >= 4096) texts.clear();
    texts.set(epochMs, (text = format.format(epochMs)));
  }
  return text;
}

/**
 * The text between the two times of a same-day range, when the locale writes such a range
 * as start, separator, end ("09:10–09:40" in en-GB): then two `format()` calls give exactly
 * what `formatRange` would, about ten times faster, which matters when a grid shows hundreds
 * of items. `undefined` where the locale shares parts between the two times ("9:10 – 9:40 AM").
 */
function simpleRangeSeparator(format: Intl.DateTimeFormat): string | undefined {
  let separator = separators.get(format);
  if (separator === undefined) {
    const start = Date.UTC(2026, 0, 5, 12, 10);
    const end = start + 30 * 60_000;
    const range = format.formatRange(start, end);
    const first = format.format(start);
    const second = format.format(end);
    separator =
      range.startsWith(first) && range.endsWith(second) && range.length > first.length + second.length
        ? range.slice(first.length, range.length - second.length)
        : null;
    separators.set(format, separator);
  }
  return separator ?? undefined;
}

/** A clock time in a zone: `09:10` (en-GB), `9:10 AM` (en-US). */
export function formatTime(epochMs: number, options: TimeDisplayOptions): string {
  return formatClock(clockFormat(options), epochMs);
}

/**
 * A time range in a zone, as the locale writes ranges: `09:10–09:40`, `9:10 – 9:40 AM`. When
 * the range crosses midnight in that zone, the end carries its weekday so nobody misreads it.
 * The end is exclusive, as everywhere in Lectern.
 */
export function formatTimeRange(startMs: number, endMs: number, options: TimeDisplayOptions): string {
  const startDay = programDayOf(startMs, options.zone, 0);
  const sameDay = startDay === programDayOf(Math.max(startMs, endMs - 1), options.zone, 0);
  if (sameDay) {
    const format = clockFormat(options);
    const separator = simpleRangeSeparator(format);
    if (separator !== undefined && endMs > startMs)
      return `${formatClock(format, startMs)}${separator}${formatClock(format, endMs)}`;
    // An item that ends exactly at midnight ends on its own day ("23:00–00:00"); formatRange
    // would print both dates, so the two times are joined by hand.
    if (endMs > startMs && programDayOf(endMs, options.zone, 0) !== startDay) {
      return `${format.format(startMs)}–${format.format(endMs)}`;
    }
    return format.formatRange(startMs, Math.max(startMs, endMs));
  }
  const withDay = dateTimeFormat(options.locale, { ...timeOptions(options), weekday: "short" });
  return `${withDay.format(startMs)} – ${withDay.format(endMs)}`;
}
