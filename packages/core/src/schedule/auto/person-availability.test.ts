import { describe, expect, it } from "vitest";
import { isPersonAvailable, isWithinDailyWindow } from "./person-availability.js";

const at = (iso: string) => Date.parse(iso);

describe("isWithinDailyWindow", () => {
  // Event in Europe/Berlin; each window in its own zone. Instants in UTC.
  it.each([
    [
      "Tokyo 11:00-12:00 in 08:00-20:00",
      "Asia/Tokyo",
      "08:00",
      "20:00",
      "2026-06-15T02:00Z",
      "2026-06-15T03:00Z",
      true,
    ],
    [
      "Tokyo 22:00-23:00 in 08:00-20:00",
      "Asia/Tokyo",
      "08:00",
      "20:00",
      "2026-06-15T13:00Z",
      "2026-06-15T14:00Z",
      false,
    ],
    [
      "Tokyo 19:30-20:30 runs past 20:00",
      "Asia/Tokyo",
      "08:00",
      "20:00",
      "2026-06-15T10:30Z",
      "2026-06-15T11:30Z",
      false,
    ],
    [
      "New York 23:00-00:00 over midnight",
      "America/New_York",
      "22:00",
      "06:00",
      "2026-06-16T03:00Z",
      "2026-06-16T04:00Z",
      true,
    ],
    [
      "New York 01:00-02:00 after midnight",
      "America/New_York",
      "22:00",
      "06:00",
      "2026-06-16T05:00Z",
      "2026-06-16T06:00Z",
      true,
    ],
    [
      "New York noon, outside 22:00-06:00",
      "America/New_York",
      "22:00",
      "06:00",
      "2026-06-15T16:00Z",
      "2026-06-15T17:00Z",
      false,
    ],
    // Berlin jumps 02:00 -> 03:00 on 2026-03-29: 08:00 local is 06:00Z that day.
    ["Berlin DST day 08:00-09:00", "Europe/Berlin", "08:00", "20:00", "2026-03-29T06:00Z", "2026-03-29T07:00Z", true],
    [
      "Berlin DST day 07:30 starts early",
      "Europe/Berlin",
      "08:00",
      "20:00",
      "2026-03-29T05:30Z",
      "2026-03-29T06:30Z",
      false,
    ],
    // Kiritimati is UTC+14: 09:00 on 06-15 there is 19:00Z on 06-14.
    ["Kiritimati 09:00-10:00", "Pacific/Kiritimati", "09:00", "17:00", "2026-06-14T19:00Z", "2026-06-14T20:00Z", true],
    ["Kiritimati 08:00-09:00", "Pacific/Kiritimati", "09:00", "17:00", "2026-06-14T18:00Z", "2026-06-14T19:00Z", false],
  ])("%s", (_, timeZone, from, to, start, end, expected) => {
    expect(isWithinDailyWindow({ from, to, timeZone }, at(start), at(end), "Europe/Berlin")).toBe(expected);
  });

  it("reads the hours in the event's zone when the window names none", () => {
    const daily = { from: "09:00", to: "17:00" };
    expect(isWithinDailyWindow(daily, at("2026-06-15T07:00Z"), at("2026-06-15T08:00Z"), "Europe/Berlin")).toBe(true);
    expect(isWithinDailyWindow(daily, at("2026-06-15T06:00Z"), at("2026-06-15T07:00Z"), "Europe/Berlin")).toBe(false);
  });
});

describe("isPersonAvailable", () => {
  const zone = "Europe/Berlin";
  it("needs all of: inside an available window, inside the daily hours, outside every unavailable one", () => {
    const entry = {
      person: "ann",
      available: [{ start: "2026-06-15T09:00", end: "2026-06-15T12:00" }],
      unavailable: [{ start: "2026-06-15T10:00", end: "2026-06-15T10:30" }],
    };
    // 09:00-09:30 Berlin (UTC+2) is fine; 10:00-10:30 is away; 12:00-12:30 is past the window.
    expect(isPersonAvailable([entry], at("2026-06-15T07:00Z"), at("2026-06-15T07:30Z"), zone)).toBe(true);
    expect(isPersonAvailable([entry], at("2026-06-15T08:00Z"), at("2026-06-15T08:30Z"), zone)).toBe(false);
    expect(isPersonAvailable([entry], at("2026-06-15T10:00Z"), at("2026-06-15T10:30Z"), zone)).toBe(false);
    expect(isPersonAvailable([], at("2026-06-15T10:00Z"), at("2026-06-15T10:30Z"), zone)).toBe(true);
  });
});
