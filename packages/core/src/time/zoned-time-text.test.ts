import { describe, expect, it } from "vitest";
import { instant, wall } from "../../test/time-helpers.js";
import { formatLocalDateTime, formatOffset, toIsoDateInZone, toIsoInZone } from "./zoned-time.js";

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
