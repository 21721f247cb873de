import { describe, expect, it } from "vitest";
import { toICalendar } from "../export/to-icalendar.js";
import { parseProgram } from "../parse/parse-program.js";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { validProgram } from "../../test/valid-program.js";

// Years outside 1583-9998 (time/program-years.ts) are refused where they are written, by the
// zod schema and by the quick check alike, rather than written out as calendar dates no
// iCalendar reader accepts.
const event = { title: "Test Workshop", kind: "workshop", startDate: "2026-06-01", timeZone: "Europe/Berlin" } as const;
const talk = {
  id: "t1",
  kind: "contributed-talk",
  title: "A talk",
  start: "2026-06-01T09:00",
  end: "2026-06-01T09:30",
} as const;
const errorsOf = (input: unknown) => {
  const result = parseProgram(input);
  return result.ok ? [] : result.errors.map((error) => [error.path, error.message]);
};

describe("the years a program may use", () => {
  it.each([
    [
      "an item's start in year 0000",
      { event, items: [{ ...talk, start: "0000-01-01T09:00" }] },
      "items[0].start",
      "0000",
    ],
    ["an item's end in year 9999", { event, items: [{ ...talk, end: "9999-12-31T23:30" }] }, "items[0].end", "9999"],
    ["an instant in 9999", { event, items: [{ ...talk, start: "9999-01-01T00:00Z" }] }, "items[0].start", "9999"],
    [
      "the event's first day in 1582",
      { event: { ...event, startDate: "1582-10-15" }, items: [] },
      "event.startDate",
      "1582",
    ],
    [
      "an important date in 9999",
      { event: { ...event, importantDates: [{ label: "Far away", date: "9999-01-01" }] }, items: [] },
      "event.importantDates[0].date",
      "9999",
    ],
  ])("refuses %s, at the field's path", (_, input, path, year) => {
    const errors = errorsOf(input);
    expect(errors.map(([where]) => where)).toContain(path);
    expect(errors.find(([where]) => where === path)?.[1]).toContain(
      `has year ${year}; a program's years run from 1583 to 9998`,
    );
  });

  it("accepts the first and last years, and writes the last as four-digit iCalendar dates", () => {
    expect(
      errorsOf({
        event: { ...event, startDate: "1583-01-01" },
        items: [{ ...talk, start: "1583-01-01T09:00", end: "1583-01-01T10:00" }],
      }),
    ).toEqual([]);
    // Honolulu is UTC-10: the last evening of 9998 is the first morning of 9999 in UTC.
    const program = validProgram({
      event: { ...event, startDate: "9998-12-31", timeZone: "Pacific/Honolulu" },
      items: [{ ...talk, start: "9998-12-31T20:00", end: "9998-12-31T23:59" }],
    });
    const ics = toICalendar(program, { items: resolveSchedule(program).items, nowMs: Date.UTC(2026, 0, 1) });
    expect(ics).toContain("DTSTART:99990101T060000Z");
    expect(ics.match(/\d{8}T\d{6}Z/g)?.every((stamp) => stamp.length === 16)).toBe(true);
  });
});
