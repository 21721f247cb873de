import { describe, expect, it } from "vitest";
import type { LocalDateTime } from "./date-time-text.js";
import {
  civilFromEpochMs,
  formatLocalDateTime,
  formatOffset,
  isValidTimeZone,
  offsetAt,
  resolveLocalTime,
  toIsoDateInZone,
  toIsoInZone,
  toLocalDateTime,
} from "./zoned-time.js";

/**
 * Facts the expectations rest on (tzdata, 2026):
 * - Europe/Berlin: CET +01:00 / CEST +02:00; spring forward Sun 2026-03-29 at 01:00Z (02:00→03:00
 *   local), fall back Sun 2026-10-25 at 01:00Z (03:00→02:00 local).
 * - America/New_York: EST -05:00 / EDT -04:00; spring forward Sun 2026-03-08 at 07:00Z (02:00→03:00),
 *   fall back Sun 2026-11-01 at 06:00Z (02:00→01:00).
 * - Australia/Lord_Howe: +10:30 / +11:00 (a 30-minute shift); forward Sun 2026-10-04 at 02:00→02:30
 *   local (2026-10-03T15:30Z), back Sun 2026-04-05 at 02:00→01:30 local (2026-04-04T15:00Z).
 * - Pacific/Chatham: +12:45 / +13:45; forward Sun 2026-09-27 at 02:45→03:45 local
 *   (2026-09-26T14:00Z), back Sun 2026-04-05 at 03:45→02:45 local (2026-04-04T14:00Z).
 * - Pacific/Auckland: NZST +12:00 / NZDT +13:00; forward Sun 2026-09-27 at 02:00→03:00 local
 *   (2026-09-26T14:00Z), back Sun 2026-04-05 at 03:00→02:00 local (2026-04-04T14:00Z).
 * - No DST: Asia/Kathmandu +05:45, Pacific/Kiritimati +14:00, Pacific/Pago_Pago -11:00,
 *   America/Sao_Paulo -03:00 (Brazil dropped DST in 2019).
 */

/** An instant from a fully written ISO string; the offset is mandatory so the process zone never leaks in. */
function instant(iso: string): number {
  if (!/(Z|[+-]\d{2}:\d{2})$/.test(iso)) throw new Error(`test helper: ${iso} has no offset`);
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`test helper: ${iso} does not parse`);
  return ms;
}

/** A wall-clock time from `YYYY-MM-DDTHH:MM[:SS]` (no zone), split by hand. */
function wall(text: string): LocalDateTime {
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

describe("isValidTimeZone", () => {
  it.each(["Europe/Berlin", "America/Sao_Paulo", "Asia/Kathmandu", "Pacific/Chatham", "Australia/Lord_Howe", "UTC"])(
    "accepts the IANA zone %s",
    (name) => {
      expect(isValidTimeZone(name)).toBe(true);
    },
  );

  it.each(["Mars/Base", "", "Europe/Berlinn", "Brasília", "GMT-3:00"])("rejects %j as a time zone", (name) => {
    expect(isValidTimeZone(name)).toBe(false);
  });

  it.each(["+05:45", "-03:00"])("rejects the bare offset %j, which is not a zone with its own rules", (name) => {
    expect(isValidTimeZone(name)).toBe(false);
  });
});

describe("offsetAt", () => {
  it.each([
    { zone: "UTC", at: "2026-04-27T12:00:00Z", offset: 0 },
    { zone: "America/Sao_Paulo", at: "2026-04-27T12:00:00Z", offset: -180 },
    // January was Brazilian summer time until 2019; not any more.
    { zone: "America/Sao_Paulo", at: "2026-01-15T12:00:00Z", offset: -180 },
    // ...but history is kept: Brazil was on -02:00 in December 2018.
    { zone: "America/Sao_Paulo", at: "2018-12-01T12:00:00Z", offset: -120 },
    { zone: "Asia/Kathmandu", at: "2026-04-27T12:00:00Z", offset: 345 },
    { zone: "Asia/Kathmandu", at: "1985-06-01T00:00:00Z", offset: 330 },
    { zone: "Pacific/Kiritimati", at: "2026-04-27T12:00:00Z", offset: 840 },
    { zone: "Pacific/Pago_Pago", at: "2026-04-27T12:00:00Z", offset: -660 },
    { zone: "Pacific/Chatham", at: "2026-01-15T12:00:00Z", offset: 825 },
    { zone: "Pacific/Chatham", at: "2026-07-15T12:00:00Z", offset: 765 },
    { zone: "Australia/Lord_Howe", at: "2026-01-15T12:00:00Z", offset: 660 },
    { zone: "Australia/Lord_Howe", at: "2026-07-15T12:00:00Z", offset: 630 },
    { zone: "Europe/Berlin", at: "2026-01-15T12:00:00Z", offset: 60 },
    { zone: "Europe/Berlin", at: "2026-07-15T12:00:00Z", offset: 120 },
    { zone: "America/New_York", at: "2026-01-15T12:00:00Z", offset: -300 },
    { zone: "America/New_York", at: "2026-07-15T12:00:00Z", offset: -240 },
  ])("gives $zone at $at an offset of $offset min", ({ zone, at, offset }) => {
    expect(offsetAt(zone, instant(at))).toBe(offset);
  });

  it.each([
    { zone: "Europe/Berlin", at: "2026-03-29T00:59:59.999Z", offset: 60 },
    { zone: "Europe/Berlin", at: "2026-03-29T01:00:00.000Z", offset: 120 },
    { zone: "Europe/Berlin", at: "2026-10-25T00:59:59.999Z", offset: 120 },
    { zone: "Europe/Berlin", at: "2026-10-25T01:00:00.000Z", offset: 60 },
    { zone: "America/New_York", at: "2026-03-08T06:59:59.999Z", offset: -300 },
    { zone: "America/New_York", at: "2026-03-08T07:00:00.000Z", offset: -240 },
    { zone: "America/New_York", at: "2026-11-01T05:59:59.999Z", offset: -240 },
    { zone: "America/New_York", at: "2026-11-01T06:00:00.000Z", offset: -300 },
    { zone: "Australia/Lord_Howe", at: "2026-10-03T15:29:59.999Z", offset: 630 },
    { zone: "Australia/Lord_Howe", at: "2026-10-03T15:30:00.000Z", offset: 660 },
    { zone: "Australia/Lord_Howe", at: "2026-04-04T14:59:59.999Z", offset: 660 },
    { zone: "Australia/Lord_Howe", at: "2026-04-04T15:00:00.000Z", offset: 630 },
    { zone: "Pacific/Chatham", at: "2026-09-26T13:59:59.999Z", offset: 765 },
    { zone: "Pacific/Chatham", at: "2026-09-26T14:00:00.000Z", offset: 825 },
    { zone: "Pacific/Chatham", at: "2026-04-04T13:59:59.999Z", offset: 825 },
    { zone: "Pacific/Chatham", at: "2026-04-04T14:00:00.000Z", offset: 765 },
    { zone: "Pacific/Auckland", at: "2026-09-26T13:59:59.999Z", offset: 720 },
    { zone: "Pacific/Auckland", at: "2026-09-26T14:00:00.000Z", offset: 780 },
    { zone: "Pacific/Auckland", at: "2026-04-04T13:59:59.999Z", offset: 780 },
    { zone: "Pacific/Auckland", at: "2026-04-04T14:00:00.000Z", offset: 720 },
  ])("switches at the transition: $zone at $at is $offset min", ({ zone, at, offset }) => {
    expect(offsetAt(zone, instant(at))).toBe(offset);
  });

  it("keeps offsets per zone when the same instant was asked of another zone first (cache keyed by zone)", () => {
    const at = instant("2026-05-02T10:00:00Z");
    const answers = [offsetAt("Europe/Berlin", at), offsetAt("America/Sao_Paulo", at), offsetAt("Asia/Kathmandu", at)];
    expect(answers).toEqual([120, -180, 345]);
  });

  it("throws a RangeError naming an unknown zone", () => {
    expect(() => offsetAt("Mars/Base", 0)).toThrow(new RangeError('Unknown time zone "Mars/Base"'));
  });
});

describe("resolveLocalTime: wall times that happen exactly once", () => {
  it.each([
    { zone: "UTC", text: "2026-04-27T09:10", utc: "2026-04-27T09:10:00Z", offset: 0 },
    { zone: "Europe/Berlin", text: "2026-04-27T09:10", utc: "2026-04-27T07:10:00Z", offset: 120 },
    { zone: "Europe/Berlin", text: "2026-01-15T09:10", utc: "2026-01-15T08:10:00Z", offset: 60 },
    { zone: "Europe/Berlin", text: "2026-04-27T09:10:45", utc: "2026-04-27T07:10:45Z", offset: 120 },
    { zone: "America/New_York", text: "2026-01-15T12:00", utc: "2026-01-15T17:00:00Z", offset: -300 },
    { zone: "America/New_York", text: "2026-07-15T12:00", utc: "2026-07-15T16:00:00Z", offset: -240 },
    { zone: "America/Sao_Paulo", text: "2026-04-27T09:10", utc: "2026-04-27T12:10:00Z", offset: -180 },
    { zone: "America/Sao_Paulo", text: "2026-01-15T12:00", utc: "2026-01-15T15:00:00Z", offset: -180 },
    // Until 2019 Brazil sprang forward at 00:00 on the first Sunday of November (2026-11-01 is
    // one): 00:30 would have been a gap. Now it is an ordinary time.
    { zone: "America/Sao_Paulo", text: "2026-11-01T00:30", utc: "2026-11-01T03:30:00Z", offset: -180 },
    { zone: "Asia/Kathmandu", text: "2026-04-27T09:10", utc: "2026-04-27T03:25:00Z", offset: 345 },
    { zone: "Asia/Kathmandu", text: "2026-01-01T00:00", utc: "2025-12-31T18:15:00Z", offset: 345 },
    { zone: "Pacific/Kiritimati", text: "2026-01-01T00:00", utc: "2025-12-31T10:00:00Z", offset: 840 },
    { zone: "Pacific/Kiritimati", text: "2026-04-27T09:10", utc: "2026-04-26T19:10:00Z", offset: 840 },
    { zone: "Pacific/Pago_Pago", text: "2026-12-31T23:00", utc: "2027-01-01T10:00:00Z", offset: -660 },
    { zone: "Pacific/Pago_Pago", text: "2026-04-27T09:10", utc: "2026-04-27T20:10:00Z", offset: -660 },
    { zone: "Pacific/Chatham", text: "2026-01-15T12:00", utc: "2026-01-14T22:15:00Z", offset: 825 },
    { zone: "Pacific/Chatham", text: "2026-07-15T12:00", utc: "2026-07-14T23:15:00Z", offset: 765 },
    { zone: "Australia/Lord_Howe", text: "2026-01-15T12:00", utc: "2026-01-15T01:00:00Z", offset: 660 },
    { zone: "Australia/Lord_Howe", text: "2026-07-15T12:00", utc: "2026-07-15T01:30:00Z", offset: 630 },
  ])("resolves $text in $zone to $utc (offset $offset)", ({ zone, text, utc, offset }) => {
    expect(resolveLocalTime(wall(text), zone)).toEqual({ kind: "unique", epochMs: instant(utc), offsetMinutes: offset });
  });

  it.each([
    // Last minute before and first minute after each gap.
    { zone: "Europe/Berlin", text: "2026-03-29T01:59", utc: "2026-03-29T00:59:00Z", offset: 60 },
    { zone: "Europe/Berlin", text: "2026-03-29T03:00", utc: "2026-03-29T01:00:00Z", offset: 120 },
    { zone: "America/New_York", text: "2026-03-08T01:59", utc: "2026-03-08T06:59:00Z", offset: -300 },
    { zone: "America/New_York", text: "2026-03-08T03:00", utc: "2026-03-08T07:00:00Z", offset: -240 },
    { zone: "Australia/Lord_Howe", text: "2026-10-04T01:59", utc: "2026-10-03T15:29:00Z", offset: 630 },
    { zone: "Australia/Lord_Howe", text: "2026-10-04T02:30", utc: "2026-10-03T15:30:00Z", offset: 660 },
    { zone: "Pacific/Chatham", text: "2026-09-27T02:44", utc: "2026-09-26T13:59:00Z", offset: 765 },
    { zone: "Pacific/Chatham", text: "2026-09-27T03:45", utc: "2026-09-26T14:00:00Z", offset: 825 },
    { zone: "Pacific/Auckland", text: "2026-09-27T01:59", utc: "2026-09-26T13:59:00Z", offset: 720 },
    { zone: "Pacific/Auckland", text: "2026-09-27T03:00", utc: "2026-09-26T14:00:00Z", offset: 780 },
    // Last minute before and first minute after each repeated hour.
    { zone: "Europe/Berlin", text: "2026-10-25T01:59", utc: "2026-10-24T23:59:00Z", offset: 120 },
    { zone: "Europe/Berlin", text: "2026-10-25T03:00", utc: "2026-10-25T02:00:00Z", offset: 60 },
    { zone: "America/New_York", text: "2026-11-01T00:59", utc: "2026-11-01T04:59:00Z", offset: -240 },
    { zone: "America/New_York", text: "2026-11-01T02:00", utc: "2026-11-01T07:00:00Z", offset: -300 },
    { zone: "Australia/Lord_Howe", text: "2026-04-05T01:29", utc: "2026-04-04T14:29:00Z", offset: 660 },
    { zone: "Australia/Lord_Howe", text: "2026-04-05T02:00", utc: "2026-04-04T15:30:00Z", offset: 630 },
    { zone: "Pacific/Chatham", text: "2026-04-05T02:44", utc: "2026-04-04T12:59:00Z", offset: 825 },
    { zone: "Pacific/Chatham", text: "2026-04-05T03:45", utc: "2026-04-04T15:00:00Z", offset: 765 },
    { zone: "Pacific/Auckland", text: "2026-04-05T01:59", utc: "2026-04-04T12:59:00Z", offset: 780 },
    { zone: "Pacific/Auckland", text: "2026-04-05T03:00", utc: "2026-04-04T15:00:00Z", offset: 720 },
  ])("resolves $text in $zone, just outside a transition, to $utc only", ({ zone, text, utc, offset }) => {
    expect(resolveLocalTime(wall(text), zone)).toEqual({ kind: "unique", epochMs: instant(utc), offsetMinutes: offset });
  });
});

describe("resolveLocalTime: wall times skipped when clocks jump forward (gap)", () => {
  it.each([
    { zone: "Europe/Berlin", text: "2026-03-29T02:30", before: 60, after: 120 },
    { zone: "Europe/Berlin", text: "2026-03-29T02:00", before: 60, after: 120 },
    { zone: "Europe/Berlin", text: "2026-03-29T02:59:59", before: 60, after: 120 },
    { zone: "America/New_York", text: "2026-03-08T02:30", before: -300, after: -240 },
    { zone: "America/New_York", text: "2026-03-08T02:00", before: -300, after: -240 },
    // Lord Howe moves by only 30 minutes: 02:00-02:29 never happens.
    { zone: "Australia/Lord_Howe", text: "2026-10-04T02:15", before: 630, after: 660 },
    { zone: "Australia/Lord_Howe", text: "2026-10-04T02:00", before: 630, after: 660 },
    { zone: "Australia/Lord_Howe", text: "2026-10-04T02:29", before: 630, after: 660 },
    // Chatham jumps from 02:45 to 03:45: 02:45-03:44 never happens.
    { zone: "Pacific/Chatham", text: "2026-09-27T02:45", before: 765, after: 825 },
    { zone: "Pacific/Chatham", text: "2026-09-27T03:00", before: 765, after: 825 },
    { zone: "Pacific/Chatham", text: "2026-09-27T03:44", before: 765, after: 825 },
    { zone: "Pacific/Chatham", text: "2026-09-27T03:44:59", before: 765, after: 825 },
    { zone: "Pacific/Auckland", text: "2026-09-27T02:30", before: 720, after: 780 },
  ])("reports $text in $zone as a gap from $before to $after min", ({ zone, text, before, after }) => {
    expect(resolveLocalTime(wall(text), zone)).toEqual({ kind: "gap", offsetBeforeMinutes: before, offsetAfterMinutes: after });
  });
});

describe("resolveLocalTime: wall times that happen twice when clocks go back (ambiguous)", () => {
  it.each([
    { zone: "Europe/Berlin", text: "2026-10-25T02:30", earlier: "2026-10-25T00:30:00Z", earlierOffset: 120, later: "2026-10-25T01:30:00Z", laterOffset: 60 },
    { zone: "Europe/Berlin", text: "2026-10-25T02:00", earlier: "2026-10-25T00:00:00Z", earlierOffset: 120, later: "2026-10-25T01:00:00Z", laterOffset: 60 },
    { zone: "Europe/Berlin", text: "2026-10-25T02:59", earlier: "2026-10-25T00:59:00Z", earlierOffset: 120, later: "2026-10-25T01:59:00Z", laterOffset: 60 },
    { zone: "America/New_York", text: "2026-11-01T01:30", earlier: "2026-11-01T05:30:00Z", earlierOffset: -240, later: "2026-11-01T06:30:00Z", laterOffset: -300 },
    { zone: "America/New_York", text: "2026-11-01T01:00", earlier: "2026-11-01T05:00:00Z", earlierOffset: -240, later: "2026-11-01T06:00:00Z", laterOffset: -300 },
    // Lord Howe repeats only half an hour, 01:30-01:59.
    { zone: "Australia/Lord_Howe", text: "2026-04-05T01:45", earlier: "2026-04-04T14:45:00Z", earlierOffset: 660, later: "2026-04-04T15:15:00Z", laterOffset: 630 },
    { zone: "Australia/Lord_Howe", text: "2026-04-05T01:30", earlier: "2026-04-04T14:30:00Z", earlierOffset: 660, later: "2026-04-04T15:00:00Z", laterOffset: 630 },
    // Chatham repeats 02:45-03:44.
    { zone: "Pacific/Chatham", text: "2026-04-05T02:45", earlier: "2026-04-04T13:00:00Z", earlierOffset: 825, later: "2026-04-04T14:00:00Z", laterOffset: 765 },
    { zone: "Pacific/Chatham", text: "2026-04-05T03:00", earlier: "2026-04-04T13:15:00Z", earlierOffset: 825, later: "2026-04-04T14:15:00Z", laterOffset: 765 },
    { zone: "Pacific/Chatham", text: "2026-04-05T03:44", earlier: "2026-04-04T13:59:00Z", earlierOffset: 825, later: "2026-04-04T14:59:00Z", laterOffset: 765 },
    { zone: "Pacific/Auckland", text: "2026-04-05T02:30", earlier: "2026-04-04T13:30:00Z", earlierOffset: 780, later: "2026-04-04T14:30:00Z", laterOffset: 720 },
  ])(
    "reports $text in $zone as ambiguous: $earlier (first) or $later (second)",
    ({ zone, text, earlier, earlierOffset, later, laterOffset }) => {
      expect(resolveLocalTime(wall(text), zone)).toEqual({
        kind: "ambiguous",
        epochMs: instant(earlier),
        offsetMinutes: earlierOffset,
        laterEpochMs: instant(later),
        laterOffsetMinutes: laterOffset,
      });
    },
  );
});

describe("resolveLocalTime: zones far from UTC with no DST never have gaps or repeats", () => {
  // Every quarter hour of 2026-03-29 and 2026-10-25 (European change days) and of the
  // North American and southern-hemisphere change days.
  const days = ["2026-03-08", "2026-03-29", "2026-04-05", "2026-09-27", "2026-10-04", "2026-10-25", "2026-11-01"];
  it.each([
    { zone: "Asia/Kathmandu", offset: 345 },
    { zone: "Pacific/Kiritimati", offset: 840 },
    { zone: "Pacific/Pago_Pago", offset: -660 },
    { zone: "America/Sao_Paulo", offset: -180 },
  ])("resolves every quarter hour on DST change days in $zone uniquely at $offset min", ({ zone, offset }) => {
    const kindsAndOffsets = new Set<string>();
    for (const day of days) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
        const mm = String(minutes % 60).padStart(2, "0");
        const resolution = resolveLocalTime(wall(`${day}T${hh}:${mm}`), zone);
        kindsAndOffsets.add(resolution.kind === "unique" ? `unique ${resolution.offsetMinutes}` : resolution.kind);
      }
    }
    expect([...kindsAndOffsets]).toEqual([`unique ${offset}`]);
  });
});

describe("resolveLocalTime: unknown zones", () => {
  it("throws a RangeError naming the zone", () => {
    expect(() => resolveLocalTime(wall("2026-04-27T09:10"), "Mars/Base")).toThrow(new RangeError('Unknown time zone "Mars/Base"'));
  });
});

describe("toLocalDateTime", () => {
  it.each([
    { at: "2026-04-27T12:10:30Z", zone: "UTC", expected: "2026-04-27T12:10:30" },
    { at: "2026-04-27T12:10:30Z", zone: "America/Sao_Paulo", expected: "2026-04-27T09:10:30" },
    { at: "2026-04-27T12:10:30Z", zone: "Asia/Kathmandu", expected: "2026-04-27T17:55:30" },
    { at: "2026-04-27T12:10:30Z", zone: "Pacific/Kiritimati", expected: "2026-04-28T02:10:30" },
    { at: "2026-04-27T12:10:30Z", zone: "Pacific/Pago_Pago", expected: "2026-04-27T01:10:30" },
    { at: "2026-04-27T12:10:30Z", zone: "Pacific/Chatham", expected: "2026-04-28T00:55:30" },
    { at: "2026-04-27T12:10:30Z", zone: "Europe/Berlin", expected: "2026-04-27T14:10:30" },
    // Milliseconds are dropped, not rounded.
    { at: "2026-04-27T12:10:30.999Z", zone: "UTC", expected: "2026-04-27T12:10:30" },
    // Into the next year.
    { at: "2026-12-31T23:30:00Z", zone: "Europe/Berlin", expected: "2027-01-01T00:30:00" },
    { at: "2026-12-31T10:00:00Z", zone: "Pacific/Kiritimati", expected: "2027-01-01T00:00:00" },
    // Both instants of Berlin's repeated hour read 02:30.
    { at: "2026-10-25T00:30:00Z", zone: "Europe/Berlin", expected: "2026-10-25T02:30:00" },
    { at: "2026-10-25T01:30:00Z", zone: "Europe/Berlin", expected: "2026-10-25T02:30:00" },
    // Either side of the Chatham spring-forward.
    { at: "2026-09-26T13:59:00Z", zone: "Pacific/Chatham", expected: "2026-09-27T02:44:00" },
    { at: "2026-09-26T14:00:00Z", zone: "Pacific/Chatham", expected: "2026-09-27T03:45:00" },
    // Leap day.
    { at: "2028-02-29T23:00:00Z", zone: "America/Sao_Paulo", expected: "2028-02-29T20:00:00" },
    { at: "2028-03-01T02:00:00Z", zone: "America/Sao_Paulo", expected: "2028-02-29T23:00:00" },
  ])("reads $at in $zone as $expected", ({ at, zone, expected }) => {
    expect(toLocalDateTime(instant(at), zone)).toEqual(wall(expected));
  });
});

describe("civilFromEpochMs (UTC calendar fields by integer arithmetic)", () => {
  it.each([
    { at: "1970-01-01T00:00:00Z", expected: "1970-01-01T00:00:00" },
    { at: "1969-12-31T23:59:59Z", expected: "1969-12-31T23:59:59" },
    { at: "1969-12-31T23:59:59.500Z", expected: "1969-12-31T23:59:59" },
    { at: "2000-02-29T12:00:00Z", expected: "2000-02-29T12:00:00" },
    { at: "2000-03-01T00:00:00Z", expected: "2000-03-01T00:00:00" },
    { at: "2100-02-28T23:59:59Z", expected: "2100-02-28T23:59:59" },
    { at: "2100-03-01T00:00:00Z", expected: "2100-03-01T00:00:00" },
    { at: "2026-04-27T12:10:30Z", expected: "2026-04-27T12:10:30" },
    { at: "2026-12-31T23:59:59Z", expected: "2026-12-31T23:59:59" },
    { at: "2027-01-01T00:00:00Z", expected: "2027-01-01T00:00:00" },
    { at: "1900-03-01T00:00:00Z", expected: "1900-03-01T00:00:00" },
  ])("gives $at the fields $expected", ({ at, expected }) => {
    expect(civilFromEpochMs(instant(at))).toEqual(wall(expected));
  });
});

describe("toIsoInZone", () => {
  it.each([
    { at: "2026-04-27T12:10:00Z", zone: "UTC", expected: "2026-04-27T12:10:00+00:00" },
    { at: "2026-04-27T12:10:00Z", zone: "America/Sao_Paulo", expected: "2026-04-27T09:10:00-03:00" },
    { at: "2026-04-27T12:10:00Z", zone: "Asia/Kathmandu", expected: "2026-04-27T17:55:00+05:45" },
    { at: "2026-04-27T12:10:00Z", zone: "Europe/Berlin", expected: "2026-04-27T14:10:00+02:00" },
    { at: "2026-01-15T12:10:00Z", zone: "Europe/Berlin", expected: "2026-01-15T13:10:00+01:00" },
    { at: "2026-04-27T12:10:00Z", zone: "Pacific/Chatham", expected: "2026-04-28T00:55:00+12:45" },
    { at: "2026-01-15T12:10:00Z", zone: "Pacific/Chatham", expected: "2026-01-16T01:55:00+13:45" },
    { at: "2026-04-27T12:10:00Z", zone: "Pacific/Kiritimati", expected: "2026-04-28T02:10:00+14:00" },
    { at: "2026-04-27T12:10:00Z", zone: "Pacific/Pago_Pago", expected: "2026-04-27T01:10:00-11:00" },
    { at: "2026-04-27T12:10:45Z", zone: "America/Sao_Paulo", expected: "2026-04-27T09:10:45-03:00" },
    // The two instants of Berlin's repeated 02:30 differ only in their offset.
    { at: "2026-10-25T00:30:00Z", zone: "Europe/Berlin", expected: "2026-10-25T02:30:00+02:00" },
    { at: "2026-10-25T01:30:00Z", zone: "Europe/Berlin", expected: "2026-10-25T02:30:00+01:00" },
  ])("writes $at in $zone as $expected", ({ at, zone, expected }) => {
    expect(toIsoInZone(instant(at), zone)).toBe(expected);
  });

  it("round-trips: what it writes parses back to the same instant", () => {
    const at = instant("2026-09-26T14:00:00Z");
    expect(Date.parse(toIsoInZone(at, "Pacific/Chatham"))).toBe(at);
  });

  it("gives the same instant different text in different zones (cache keyed by zone)", () => {
    const at = instant("2026-06-01T00:00:00Z");
    expect([toIsoInZone(at, "UTC"), toIsoInZone(at, "Pacific/Pago_Pago")]).toEqual([
      "2026-06-01T00:00:00+00:00",
      "2026-05-31T13:00:00-11:00",
    ]);
  });
});

describe("toIsoDateInZone", () => {
  it.each([
    { at: "2026-04-27T12:10:00Z", zone: "UTC", expected: "2026-04-27" },
    { at: "2026-04-27T12:10:00Z", zone: "Pacific/Kiritimati", expected: "2026-04-28" },
    { at: "2026-04-27T12:10:00Z", zone: "Pacific/Pago_Pago", expected: "2026-04-27" },
    { at: "2026-04-27T10:30:00Z", zone: "Pacific/Kiritimati", expected: "2026-04-28" },
    { at: "2026-04-27T10:30:00Z", zone: "Pacific/Pago_Pago", expected: "2026-04-26" },
    { at: "2026-04-27T02:30:00Z", zone: "America/Sao_Paulo", expected: "2026-04-26" },
    { at: "2026-04-27T03:00:00Z", zone: "America/Sao_Paulo", expected: "2026-04-27" },
    { at: "2026-04-27T11:14:59Z", zone: "Pacific/Chatham", expected: "2026-04-27" },
    { at: "2026-04-27T11:15:00Z", zone: "Pacific/Chatham", expected: "2026-04-28" },
    { at: "2026-12-31T23:00:00Z", zone: "Europe/Berlin", expected: "2027-01-01" },
  ])("dates $at in $zone as $expected", ({ at, zone, expected }) => {
    expect(toIsoDateInZone(instant(at), zone)).toBe(expected);
  });
});

describe("formatOffset", () => {
  it.each([
    { minutes: 0, expected: "Z" },
    { minutes: -180, expected: "-03:00" },
    { minutes: 345, expected: "+05:45" },
    { minutes: 765, expected: "+12:45" },
    { minutes: 825, expected: "+13:45" },
    { minutes: 840, expected: "+14:00" },
    { minutes: -660, expected: "-11:00" },
    { minutes: -570, expected: "-09:30" },
    { minutes: 30, expected: "+00:30" },
    { minutes: -30, expected: "-00:30" },
    { minutes: 60, expected: "+01:00" },
  ])("writes $minutes min as $expected", ({ minutes, expected }) => {
    expect(formatOffset(minutes)).toBe(expected);
  });
});

describe("formatLocalDateTime", () => {
  it.each([
    { local: wall("2026-04-27T09:10"), expected: "2026-04-27T09:10" },
    { local: wall("2026-04-27T09:10:00"), expected: "2026-04-27T09:10" },
    { local: wall("2026-04-27T09:10:05"), expected: "2026-04-27T09:10:05" },
    { local: wall("2026-01-01T00:00"), expected: "2026-01-01T00:00" },
  ])("writes the wall clock as $expected (seconds only when not zero)", ({ local, expected }) => {
    expect(formatLocalDateTime(local)).toBe(expected);
  });
});
