import { IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { toICalendar } from "../export/to-icalendar.js";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { instant, wall } from "../../test/time-helpers.js";
import { validProgram } from "../../test/valid-program.js";
import { zoneOffsetMinutes, zoneOffsetMs } from "./intl-zone.js";
import { formatOffset, offsetAt, offsetMsAt, resolveLocalTime, toIsoInZone, toLocalDateTime } from "./zoned-time.js";

/**
 * Historic offsets with seconds (tzdata): Africa/Monrovia was UTC-0:44:30 (MMT) until
 * 1972-01-07, when clocks jumped from 00:00 to 00:44:30 (GMT); Europe/Dublin kept Dublin Mean
 * Time, UTC-0:25:21, until 1916; Asia/Kolkata was +5:21:10 in 1900. Rounded to minutes, every
 * local time there was 21 to 30 seconds off.
 */
describe("zone offsets with seconds", () => {
  it.each([
    ["Africa/Monrovia", "1960-01-01T12:00:00Z", -2_670_000],
    ["Europe/Dublin", "1910-01-01T00:00:00Z", -1_521_000],
    ["Asia/Kolkata", "1900-01-01T00:00:00Z", 19_270_000],
  ])("reads %s at %s to the second (%d ms), as luxon does", (zone, at, offsetMs) => {
    expect(zoneOffsetMs(zone, instant(at))).toBe(offsetMs);
    expect(offsetMsAt(zone, instant(at))).toBe(offsetMs);
    expect(offsetAt(zone, instant(at))).toBe(offsetMs / 60_000);
    expect(zoneOffsetMinutes(zone, instant(at))).toBe(IANAZone.create(zone).offset(instant(at)));
  });

  it("resolves 09:00 in Monrovia in 1960 to 09:44:30 UTC, and back to 09:00:00", () => {
    const resolved = resolveLocalTime(wall("1960-01-01T09:00"), "Africa/Monrovia");
    expect(resolved).toEqual({ kind: "unique", epochMs: instant("1960-01-01T09:44:30Z"), offsetMinutes: -44.5 });
    if (resolved.kind !== "unique") return;
    expect(toLocalDateTime(resolved.epochMs, "Africa/Monrovia")).toEqual(wall("1960-01-01T09:00:00"));
  });

  it("round-trips every quarter hour of a 1960 day in Monrovia", () => {
    const misses: string[] = [];
    for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
      const local = { year: 1960, month: 6, day: 1, hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0 };
      const resolved = resolveLocalTime(local, "Africa/Monrovia");
      const back = resolved.kind === "unique" ? toLocalDateTime(resolved.epochMs, "Africa/Monrovia") : undefined;
      if (JSON.stringify(back) !== JSON.stringify(local))
        misses.push(`${local.hour}:${local.minute} -> ${JSON.stringify(back)}`);
    }
    expect(misses).toEqual([]);
  });

  it("finds the gap when Monrovia moved to GMT (1972-01-07, 00:00 to 00:44:30)", () => {
    expect(resolveLocalTime(wall("1972-01-07T00:30"), "Africa/Monrovia")).toEqual({
      kind: "gap",
      offsetBeforeMinutes: -44.5,
      offsetAfterMinutes: 0,
    });
    expect(resolveLocalTime(wall("1972-01-07T00:44:29"), "Africa/Monrovia").kind).toBe("gap");
    expect(resolveLocalTime(wall("1972-01-07T00:44:30"), "Africa/Monrovia")).toEqual({
      kind: "unique",
      epochMs: instant("1972-01-07T00:44:30Z"),
      offsetMinutes: 0,
    });
    expect(resolveLocalTime(wall("1972-01-06T23:59:59"), "Africa/Monrovia")).toEqual({
      kind: "unique",
      epochMs: instant("1972-01-07T00:44:29Z"),
      offsetMinutes: -44.5,
    });
  });

  it("writes the offset with its seconds in messages", () => {
    expect([formatOffset(-44.5), formatOffset(-1521 / 60), formatOffset(19_270 / 60), formatOffset(-45)]).toEqual([
      "-00:44:30",
      "-00:25:21",
      "+05:21:10",
      "-00:45",
    ]);
  });

  it("writes such an instant as ISO in UTC, which names it exactly and every parser reads", () => {
    const at = instant("1960-01-01T09:44:30Z");
    expect(toIsoInZone(at, "Africa/Monrovia")).toBe("1960-01-01T09:44:30+00:00");
    expect(Date.parse(toIsoInZone(at, "Africa/Monrovia"))).toBe(at);
    // Whole-minute offsets keep the zone's own offset.
    expect(toIsoInZone(instant("1973-01-01T09:00:00Z"), "Africa/Monrovia")).toBe("1973-01-01T09:00:00+00:00");
    expect(toIsoInZone(instant("1960-01-01T09:00:00Z"), "Europe/Berlin")).toBe("1960-01-01T10:00:00+01:00");
  });

  it("schedules a 1960 program in Monrovia at the right second, up to its calendar file", () => {
    const program = validProgram({
      event: { title: "Monrovia 1960", kind: "workshop", startDate: "1960-06-01", timeZone: "Africa/Monrovia" },
      items: [
        { id: "t1", kind: "contributed-talk", title: "A talk", start: "1960-06-01T09:00", end: "1960-06-01T10:00" },
      ],
    });
    const schedule = resolveSchedule(program);
    expect(schedule.items.map((entry) => [entry.startMs, entry.endMs, entry.day])).toEqual([
      [instant("1960-06-01T09:44:30Z"), instant("1960-06-01T10:44:30Z"), "1960-06-01"],
    ]);
    const ics = toICalendar(program, { items: schedule.items, nowMs: Date.UTC(2026, 0, 1) });
    expect(ics).toContain("DTSTART:19600601T094430Z");
    expect(ics).toContain("DTEND:19600601T104430Z");
  });
});
