import { IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { isKnownZone, zoneOffsetMinutes } from "./intl-zone.js";

// luxon is the oracle: the core reads zone offsets from Intl itself (see intl-zone.ts), and
// must agree with luxon's IANAZone everywhere, across DST changes and odd offsets.
const zones = [
  "UTC",
  "Europe/Berlin",
  "Europe/London",
  "America/Sao_Paulo",
  "America/New_York",
  "America/Detroit",
  "America/St_Johns",
  "Asia/Kathmandu",
  "Asia/Kolkata",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "Pacific/Auckland",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "Africa/Casablanca",
  "Asia/Tehran",
] as const;

describe("zoneOffsetMinutes agrees with luxon", () => {
  it.each(zones)("in %s, every 97 minutes through 2025-2027 and around every transition", (zone) => {
    const oracle = IANAZone.create(zone);
    const start = Date.UTC(2025, 0, 1);
    const end = Date.UTC(2027, 11, 31);
    const mismatches: string[] = [];
    for (let at = start; at < end; at += 97 * 60_000) {
      const ours = zoneOffsetMinutes(zone, at);
      const theirs = oracle.offset(at);
      if (ours !== theirs) mismatches.push(`${new Date(at).toISOString()}: ${ours} vs ${theirs}`);
      // Around a transition, check minute by minute on either side.
      if (zoneOffsetMinutes(zone, at + 97 * 60_000) !== ours) {
        for (let near = at; near <= at + 97 * 60_000; near += 60_000) {
          if (zoneOffsetMinutes(zone, near) !== oracle.offset(near))
            mismatches.push(`${new Date(near).toISOString()} (transition)`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("reads instants with milliseconds and before 1970", () => {
    for (const at of [Date.UTC(2026, 2, 29, 0, 59, 59, 999), Date.UTC(1969, 6, 20, 20, 17, 40, 500), -1]) {
      expect(zoneOffsetMinutes("Europe/Berlin", at)).toBe(IANAZone.create("Europe/Berlin").offset(at));
    }
  });
});

describe("isKnownZone", () => {
  it.each([
    ["Europe/Berlin", true],
    ["UTC", true],
    ["Mars/Base", false],
    ["", false],
  ] as const)("%j -> %s", (zone, known) => {
    expect(isKnownZone(zone)).toBe(known);
  });

  it("throws a RangeError naming an unknown zone when asked for its offset", () => {
    expect(() => zoneOffsetMinutes("Mars/Base", 0)).toThrow(/Unknown time zone "Mars\/Base"/);
  });
});
