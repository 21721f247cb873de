import { dateTimeFormat } from "@lectern/core";

/**
 * A calendar date (`YYYY-MM-DD`, already a date of the event's zone), unambiguous in every
 * locale: weekday, day, month name and year (`Fri, 3 Apr 2026` in en-GB, `Fri, Apr 3, 2026`
 * in en-US), never `03/04/2026`. Formatted at noon UTC, so no zone can shift it a day.
 */
export function formatCalendarDate(date: string, locale: string): string {
  const noon = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 12);
  return dateTimeFormat(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(noon);
}
