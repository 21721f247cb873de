/**
 * The years a program's dates and date-times may be written in: 1583 to 9998.
 *
 * - From 1583, the first whole year of the Gregorian calendar. iCalendar (RFC 5545) and
 *   ISO 8601 count days in that calendar, ISO 8601 allows years before 1583 only "by mutual
 *   agreement", and JS `Date` extends it backwards proleptically: an earlier date would name
 *   a day the people of the time called by another date (and year 0000 is not a year anyone
 *   wrote). Zone data before 1583 is only local mean time anyway.
 * - To 9998, because iCalendar writes a year in exactly four digits (`DTSTART:99991231T…Z`)
 *   and an instant is written there in UTC, after its offset (up to 14 hours) and an item's
 *   length (up to 14 days, or more for a session's chain of items): in 9999 either can run
 *   into year 10000, which no valid calendar file can hold. JS `Date` reaches year 275760, so
 *   it is not the limit.
 */
export const programYears = { first: 1583, last: 9998 } as const;

/**
 * Why the year of a date or date-time as written (`2026-04-27`, `2026-04-27T09:10Z`) is outside
 * {@link programYears}, or `undefined` when it is inside. Reads the first four digits, so call
 * it on text that has already been read as a date.
 */
export function describeYearProblem(text: string): string | undefined {
  const year = Number(text.slice(0, 4));
  if (year >= programYears.first && year <= programYears.last) return undefined;
  return `${JSON.stringify(text)} has year ${text.slice(0, 4)}; a program's years run from ${programYears.first} to ${programYears.last} (the Gregorian calendar, and four-digit years in iCalendar)`;
}
