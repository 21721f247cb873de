import { describe, expect, it } from "vitest";
import { instant, wall } from "../../test/time-helpers.js";
import { resolveLocalTime } from "./zoned-time.js";

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
    expect(resolveLocalTime(wall(text), zone)).toEqual({
      kind: "unique",
      epochMs: instant(utc),
      offsetMinutes: offset,
    });
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
    expect(resolveLocalTime(wall(text), zone)).toEqual({
      kind: "unique",
      epochMs: instant(utc),
      offsetMinutes: offset,
    });
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
    expect(resolveLocalTime(wall(text), zone)).toEqual({
      kind: "gap",
      offsetBeforeMinutes: before,
      offsetAfterMinutes: after,
    });
  });
});

describe("resolveLocalTime: wall times that happen twice when clocks go back (ambiguous)", () => {
  it.each([
    {
      zone: "Europe/Berlin",
      text: "2026-10-25T02:30",
      earlier: "2026-10-25T00:30:00Z",
      earlierOffset: 120,
      later: "2026-10-25T01:30:00Z",
      laterOffset: 60,
    },
    {
      zone: "Europe/Berlin",
      text: "2026-10-25T02:00",
      earlier: "2026-10-25T00:00:00Z",
      earlierOffset: 120,
      later: "2026-10-25T01:00:00Z",
      laterOffset: 60,
    },
    {
      zone: "Europe/Berlin",
      text: "2026-10-25T02:59",
      earlier: "2026-10-25T00:59:00Z",
      earlierOffset: 120,
      later: "2026-10-25T01:59:00Z",
      laterOffset: 60,
    },
    {
      zone: "America/New_York",
      text: "2026-11-01T01:30",
      earlier: "2026-11-01T05:30:00Z",
      earlierOffset: -240,
      later: "2026-11-01T06:30:00Z",
      laterOffset: -300,
    },
    {
      zone: "America/New_York",
      text: "2026-11-01T01:00",
      earlier: "2026-11-01T05:00:00Z",
      earlierOffset: -240,
      later: "2026-11-01T06:00:00Z",
      laterOffset: -300,
    },
    // Lord Howe repeats only half an hour, 01:30-01:59.
    {
      zone: "Australia/Lord_Howe",
      text: "2026-04-05T01:45",
      earlier: "2026-04-04T14:45:00Z",
      earlierOffset: 660,
      later: "2026-04-04T15:15:00Z",
      laterOffset: 630,
    },
    {
      zone: "Australia/Lord_Howe",
      text: "2026-04-05T01:30",
      earlier: "2026-04-04T14:30:00Z",
      earlierOffset: 660,
      later: "2026-04-04T15:00:00Z",
      laterOffset: 630,
    },
    // Chatham repeats 02:45-03:44.
    {
      zone: "Pacific/Chatham",
      text: "2026-04-05T02:45",
      earlier: "2026-04-04T13:00:00Z",
      earlierOffset: 825,
      later: "2026-04-04T14:00:00Z",
      laterOffset: 765,
    },
    {
      zone: "Pacific/Chatham",
      text: "2026-04-05T03:00",
      earlier: "2026-04-04T13:15:00Z",
      earlierOffset: 825,
      later: "2026-04-04T14:15:00Z",
      laterOffset: 765,
    },
    {
      zone: "Pacific/Chatham",
      text: "2026-04-05T03:44",
      earlier: "2026-04-04T13:59:00Z",
      earlierOffset: 825,
      later: "2026-04-04T14:59:00Z",
      laterOffset: 765,
    },
    {
      zone: "Pacific/Auckland",
      text: "2026-04-05T02:30",
      earlier: "2026-04-04T13:30:00Z",
      earlierOffset: 780,
      later: "2026-04-04T14:30:00Z",
      laterOffset: 720,
    },
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
    expect(() => resolveLocalTime(wall("2026-04-27T09:10"), "Mars/Base")).toThrow(
      new RangeError('Unknown time zone "Mars/Base"'),
    );
  });
});
