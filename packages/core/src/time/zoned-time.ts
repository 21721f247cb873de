import { localAsUtcMs, type LocalDateTime } from "./date-time-text.js";
import { isKnownZone, zoneOffsetMs } from "./intl-zone.js";

/**
 * Turning wall-clock times in an IANA zone into instants, and back, with daylight-saving
 * transitions made explicit instead of silently shifted.
 */

/**
 * Where a local date-time falls in its zone. Offsets are in minutes, with a fraction where a
 * historic offset has seconds (Monrovia before 1972: -44.5); `epochMs` is exact either way.
 */
export type LocalTimeResolution =
  | { readonly kind: "unique"; readonly epochMs: number; readonly offsetMinutes: number }
  /** Clocks went back: the wall time happened twice. `epochMs` is the earlier one. */
  | {
      readonly kind: "ambiguous";
      readonly epochMs: number;
      readonly offsetMinutes: number;
      readonly laterEpochMs: number;
      readonly laterOffsetMinutes: number;
    }
  /** Clocks jumped forward: the wall time never happened. */
  | {
      readonly kind: "gap";
      readonly offsetBeforeMinutes: number;
      readonly offsetAfterMinutes: number;
    };

// Intl also accepts offsets such as "+05:45" as zone ids; a program names a real zone, whose
// offset changes with DST, so only names (which start with a letter) are accepted.
const zoneNamePattern = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;

/** True when `name` is an IANA time zone this runtime knows (`Europe/Berlin`, `UTC`, ...). */
export function isValidTimeZone(name: string): boolean {
  return zoneNamePattern.test(name) && isKnownZone(name);
}

const pad2 = (value: number) => String(value).padStart(2, "0");

// Offsets come from Intl, which costs microseconds per call, and a program asks for thousands
// (every local time is resolved with three look-ups). Offsets only change at transitions,
// and today's offsets and transitions lie on a 15-minute grid in UTC, so an offset is
// remembered for its 15-minute bucket: but only after checking that the bucket's first and
// last millisecond agree, so a bucket with a transition inside (historical zones) is
// answered exactly, instant by instant.
const bucketMs = 15 * 60_000;
const bucketCache = new Map<string, Map<number, number>>();
const bucketCacheLimit = 50_000;

/**
 * The zone's offset from UTC in milliseconds at an instant (Brasília: -10,800,000): a whole
 * number of seconds, not always of minutes (Monrovia before 1972: -2,670,000, UTC-0:44:30).
 * All arithmetic here is in milliseconds, so such offsets stay exact.
 */
export function offsetMsAt(zoneName: string, epochMs: number): number {
  let byBucket = bucketCache.get(zoneName);
  if (!byBucket) bucketCache.set(zoneName, (byBucket = new Map()));
  const bucketStart = Math.floor(epochMs / bucketMs) * bucketMs;
  const cached = byBucket.get(bucketStart);
  if (cached !== undefined) return cached;
  const first = zoneOffsetMs(zoneName, bucketStart);
  const last = zoneOffsetMs(zoneName, bucketStart + bucketMs - 1);
  if (first !== last) return zoneOffsetMs(zoneName, epochMs);
  if (byBucket.size >= bucketCacheLimit) byBucket.clear();
  byBucket.set(bucketStart, first);
  return first;
}

/**
 * The zone's offset from UTC in minutes at an instant (Brasília: -180), with a fraction for
 * the historic offsets that have seconds (Monrovia before 1972: -44.5).
 */
export function offsetAt(zoneName: string, epochMs: number): number {
  return offsetMsAt(zoneName, epochMs) / 60_000;
}

// Offsets run from -12:00 to +14:00, so a probe a day either side of the wall time is sure
// to land before and after any transition near it (±12 h is not enough beyond +12:00, in
// Pacific/Chatham and Pacific/Auckland), and no zone has two transitions within a day.
const probeMs = 24 * 3_600_000;

/**
 * Where a wall-clock time falls in a zone: one instant, two (clocks went back), or none (clocks
 * jumped forward). Assumes at most one transition within a day, true of every zone in use.
 *
 * @throws RangeError for an unknown zone name; callers validate zones first.
 */
export function resolveLocalTime(local: LocalDateTime, zoneName: string): LocalTimeResolution {
  const wallMs = localAsUtcMs(local);
  const offsetBefore = offsetMsAt(zoneName, wallMs - probeMs);
  const offsetAfter = offsetMsAt(zoneName, wallMs + probeMs);
  const fits = (offsetMs: number) => offsetMsAt(zoneName, wallMs - offsetMs) === offsetMs;
  const candidates = [...new Set([offsetBefore, offsetAfter])].filter(fits);
  if (candidates.length === 0) {
    return { kind: "gap", offsetBeforeMinutes: offsetBefore / 60_000, offsetAfterMinutes: offsetAfter / 60_000 };
  }
  // The larger offset gives the earlier instant.
  candidates.sort((a, b) => b - a);
  const first = candidates[0]!;
  const second = candidates[1];
  if (second === undefined) {
    return { kind: "unique", epochMs: wallMs - first, offsetMinutes: first / 60_000 };
  }
  return {
    kind: "ambiguous",
    epochMs: wallMs - first,
    offsetMinutes: first / 60_000,
    laterEpochMs: wallMs - second,
    laterOffsetMinutes: second / 60_000,
  };
}

/**
 * The UTC calendar fields of an epoch millisecond count, by integer arithmetic (Howard
 * Hinnant's civil-from-days), without allocating a `Date`: resolving a large program calls
 * this tens of thousands of times.
 */
export function civilFromEpochMs(epochMs: number): LocalDateTime {
  const totalSeconds = Math.floor(epochMs / 1000);
  const days = Math.floor(totalSeconds / 86_400);
  const secondsOfDay = totalSeconds - days * 86_400;
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return {
    year,
    month,
    day,
    hour: Math.floor(secondsOfDay / 3600),
    minute: Math.floor((secondsOfDay % 3600) / 60),
    second: secondsOfDay % 60,
  };
}

/** The wall-clock reading of an instant in a zone. */
export function toLocalDateTime(epochMs: number, zoneName: string): LocalDateTime {
  return civilFromEpochMs(epochMs + offsetMsAt(zoneName, epochMs));
}

/**
 * `+05:45`, `-03:00`, `Z` for zero: the offset as written in ISO 8601. A historic offset with
 * seconds comes out as `-00:44:30`, which names the offset exactly (in messages) but is not
 * valid RFC 3339: {@link toIsoInZone} never writes one.
 */
export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return "Z";
  const sign = offsetMinutes < 0 ? "-" : "+";
  const totalSeconds = Math.round(Math.abs(offsetMinutes) * 60);
  const hours = pad2(Math.floor(totalSeconds / 3600));
  const minutes = pad2(Math.floor(totalSeconds / 60) % 60);
  const seconds = totalSeconds % 60;
  return seconds === 0 ? `${sign}${hours}:${minutes}` : `${sign}${hours}:${minutes}:${pad2(seconds)}`;
}

/** `2026-04-27T09:10` for a wall-clock time (seconds only when not zero). */
export function formatLocalDateTime(local: LocalDateTime): string {
  const base = `${String(local.year).padStart(4, "0")}-${pad2(local.month)}-${pad2(local.day)}T${pad2(local.hour)}:${pad2(local.minute)}`;
  return local.second === 0 ? base : `${base}:${pad2(local.second)}`;
}

const isoCache = new Map<string, Map<number, string>>();

/**
 * An instant as ISO 8601 with the zone's offset at that instant: `2026-04-27T09:10:00-03:00`.
 * Where the zone's offset has seconds (Monrovia before 1972, local mean time before 1900),
 * which RFC 3339 and HTML's `datetime` cannot write, the instant is written in UTC
 * (`1960-01-01T09:44:30+00:00`): exact, and readable by every parser, rather than the local
 * time with an offset rounded to the minute, which would name another instant.
 */
export function toIsoInZone(epochMs: number, zoneName: string): string {
  let byInstant = isoCache.get(zoneName);
  if (!byInstant) isoCache.set(zoneName, (byInstant = new Map()));
  let iso = byInstant.get(epochMs);
  if (iso === undefined) {
    iso = toIsoInZoneUncached(epochMs, zoneName);
    if (byInstant.size >= bucketCacheLimit) byInstant.clear();
    byInstant.set(epochMs, iso);
  }
  return iso;
}

function toIsoInZoneUncached(epochMs: number, zoneName: string): string {
  const exactOffsetMs = offsetMsAt(zoneName, epochMs);
  const offsetMs = exactOffsetMs % 60_000 === 0 ? exactOffsetMs : 0;
  const local = civilFromEpochMs(epochMs + offsetMs);
  const date = `${String(local.year).padStart(4, "0")}-${pad2(local.month)}-${pad2(local.day)}`;
  const time = `${pad2(local.hour)}:${pad2(local.minute)}:${pad2(local.second)}`;
  return `${date}T${time}${offsetMs === 0 ? "+00:00" : formatOffset(offsetMs / 60_000)}`;
}

/** `2026-04-27`: the calendar date of an instant in a zone. */
export function toIsoDateInZone(epochMs: number, zoneName: string): string {
  const local = toLocalDateTime(epochMs, zoneName);
  return `${String(local.year).padStart(4, "0")}-${pad2(local.month)}-${pad2(local.day)}`;
}
