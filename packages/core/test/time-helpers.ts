import type { LocalDateTime } from "../src/time/date-time-text.js";

// Test helpers for zone arithmetic: instants and wall times written out in full, so the
// process's own zone never leaks into an expectation.

/** An instant from a fully written ISO string; the offset is mandatory so the process zone never leaks in. */
export function instant(iso: string): number {
  if (!/(Z|[+-]\d{2}:\d{2})$/.test(iso)) throw new Error(`test helper: ${iso} has no offset`);
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`test helper: ${iso} does not parse`);
  return ms;
}

/** A wall-clock time from `YYYY-MM-DDTHH:MM[:SS]` (no zone), split by hand. */
export function wall(text: string): LocalDateTime {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!match) throw new Error(`test helper: ${text} is not a wall-clock time`);
  const [, year, month, day, hour, minute, second] = match;
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: second === undefined ? 0 : Number(second),
  };
}
