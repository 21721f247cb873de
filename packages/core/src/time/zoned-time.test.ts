import { describe, expect, it } from "vitest";
import { instant, wall } from "../../test/time-helpers.js";
import { civilFromEpochMs, isValidTimeZone, offsetAt, toLocalDateTime } from "./zoned-time.js";

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
