import { describe, expect, it } from "vitest";
import {
  defaultRelativeStatusStrings,
  describeRelativeStatus,
  formatRelativeStatus,
  type RelativeStatusStrings,
} from "./relative-status.js";

const minute = 60_000;
// A 30-minute item, 10:00-10:30Z. The instants are arbitrary: the function only compares them.
const start = Date.parse("2026-04-27T10:00:00Z");
const end = Date.parse("2026-04-27T10:30:00Z");

describe("describeRelativeStatus", () => {
  it.each([
    {
      when: "5 minutes before the start",
      now: start - 5 * minute,
      expected: { state: "upcoming", minutesUntilStart: 5 },
    },
    {
      when: "4 min 30 s before (rounds up)",
      now: start - 4.5 * minute,
      expected: { state: "upcoming", minutesUntilStart: 5 },
    },
    {
      when: "4 min 1 ms before (rounds up)",
      now: start - 4 * minute - 1,
      expected: { state: "upcoming", minutesUntilStart: 5 },
    },
    // Never "in 0 minutes".
    { when: "1 ms before the start", now: start - 1, expected: { state: "upcoming", minutesUntilStart: 1 } },
    {
      when: "an hour before the start",
      now: start - 60 * minute,
      expected: { state: "upcoming", minutesUntilStart: 60 },
    },
    {
      when: "two days before the start",
      now: start - 2 * 24 * 60 * minute,
      expected: { state: "upcoming", minutesUntilStart: 2880 },
    },
    { when: "exactly at the start", now: start, expected: { state: "live", minutesUntilEnd: 30 } },
    {
      when: "10 min 30 s in (rounded up)",
      now: start + 10.5 * minute,
      expected: { state: "live", minutesUntilEnd: 20 },
    },
    { when: "1 ms before the end", now: end - 1, expected: { state: "live", minutesUntilEnd: 1 } },
    // The end is exclusive.
    { when: "exactly at the end", now: end, expected: { state: "ended" } },
    { when: "a day after the end", now: end + 24 * 60 * minute, expected: { state: "ended" } },
  ])("describes $when as $expected.state", ({ now, expected }) => {
    expect(describeRelativeStatus(start, end, now)).toEqual(expected);
  });

  it("treats a zero-length item as ended at its own instant (an empty interval is never live)", () => {
    expect(describeRelativeStatus(start, start, start)).toEqual({ state: "ended" });
  });
});

describe("formatRelativeStatus: English defaults", () => {
  it.each([
    { minutes: 1, expected: "Starts in 1 minute" },
    { minutes: 5, expected: "Starts in 5 minutes" },
    { minutes: 59, expected: "Starts in 59 minutes" },
    { minutes: 60, expected: "Starts in 1 hour" },
    { minutes: 89, expected: "Starts in 1 hour" },
    { minutes: 90, expected: "Starts in 2 hours" },
    { minutes: 180, expected: "Starts in 3 hours" },
    { minutes: 1439, expected: "Starts in 24 hours" },
    // numeric: "always": a duration of a day is not a calendar "tomorrow".
    { minutes: 1440, expected: "Starts in 1 day" },
    { minutes: 2159, expected: "Starts in 1 day" },
    { minutes: 2160, expected: "Starts in 2 days" },
    { minutes: 2880, expected: "Starts in 2 days" },
    { minutes: 7 * 1440, expected: "Starts in 7 days" },
  ])("writes an item $minutes min away as '$expected'", ({ minutes, expected }) => {
    expect(formatRelativeStatus({ state: "upcoming", minutesUntilStart: minutes }, { locale: "en" })).toBe(expected);
  });

  it.each([
    { status: { state: "live" as const, minutesUntilEnd: 12 }, expected: "Live now" },
    { status: { state: "ended" as const }, expected: "Ended" },
  ])("writes a $status.state item as '$expected'", ({ status, expected }) => {
    expect(formatRelativeStatus(status, { locale: "en" })).toBe(expected);
  });

  it("exposes the English defaults", () => {
    expect([
      defaultRelativeStatusStrings.startsIn("in 5 minutes"),
      defaultRelativeStatusStrings.live,
      defaultRelativeStatusStrings.ended,
    ]).toEqual(["Starts in 5 minutes", "Live now", "Ended"]);
  });
});

describe("formatRelativeStatus: custom strings and locale", () => {
  const portuguese: RelativeStatusStrings = {
    startsIn: (relative) => `Começa ${relative}`,
    live: "Ao vivo",
    ended: "Encerrado",
  };

  it.each([
    { status: { state: "upcoming" as const, minutesUntilStart: 5 }, expected: "Começa em 5 minutos" },
    { status: { state: "upcoming" as const, minutesUntilStart: 120 }, expected: "Começa em 2 horas" },
    { status: { state: "upcoming" as const, minutesUntilStart: 1440 }, expected: "Começa em 1 dia" },
    { status: { state: "upcoming" as const, minutesUntilStart: 2880 }, expected: "Começa em 2 dias" },
    { status: { state: "live" as const, minutesUntilEnd: 5 }, expected: "Ao vivo" },
    { status: { state: "ended" as const }, expected: "Encerrado" },
  ])("writes $status in pt-BR with custom strings as '$expected'", ({ status, expected }) => {
    expect(formatRelativeStatus(status, { locale: "pt-BR", strings: portuguese })).toBe(expected);
  });

  it("formats end-to-end from describeRelativeStatus: 4.5 min before the start is 'Starts in 5 minutes'", () => {
    expect(formatRelativeStatus(describeRelativeStatus(start, end, start - 4.5 * minute), { locale: "en-GB" })).toBe(
      "Starts in 5 minutes",
    );
  });
});
