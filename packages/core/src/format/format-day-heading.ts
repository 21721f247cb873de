import { utcMs } from "../time/date-time-text.js";
import { dateTimeFormat } from "./date-time-format-cache.js";

/**
 * A program day as a heading: `Monday, 27 April 2026` (en-GB), `segunda-feira, 27 de abril de
 * 2026` (pt-BR). `style: "short"` gives `Mon 27 Apr`, for tabs. The date is a calendar date,
 * so no zone is involved.
 */
export function formatDayHeading(date: string, options: { locale?: string; style?: "long" | "short" } = {}): string {
  const epochMs = utcMs(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)), 12);
  const style: Intl.DateTimeFormatOptions =
    options.style === "short"
      ? { weekday: "short", day: "numeric", month: "short" }
      : { weekday: "long", day: "numeric", month: "long", year: "numeric" };
  return dateTimeFormat(options.locale, { ...style, timeZone: "UTC" }).format(epochMs);
}
