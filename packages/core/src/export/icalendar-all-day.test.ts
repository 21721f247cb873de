import { describe, expect, it } from "vitest";
import { nowMs, parseCalendar, timeOf } from "../../test/icalendar-reading.js";
import { validProgram } from "../../test/valid-program.js";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { toICalendarWithWarnings } from "./to-icalendar.js";

// Untimed items in a calendar: a date is an all-day event, a time to be announced never
// becomes an invented time; read back with ical.js. Far-from-UTC zone on purpose: an
// all-day date must not drift to the day before or after.

describe("toICalendarWithWarnings with untimed items", () => {
  const program = validProgram(
    {
      event: {
        title: "Seminar",
        kind: "seminar-series",
        startDate: "2026-10-25",
        timeZone: "Pacific/Auckland",
        schedule: { status: "tentative" },
      },
      items: [
        { id: "timed", kind: "contributed-talk", title: "Timed", start: "2026-10-25T10:00", end: "2026-10-25T11:00" },
        { id: "dated", kind: "contributed-talk", title: "Dated", date: "2026-10-26" },
        { id: "tba", kind: "contributed-talk", title: "Time TBA", date: "2026-10-27", tba: ["time"] },
        { id: "nowhen", kind: "contributed-talk", title: "No date" },
      ],
    },
    "Pacific/Auckland",
  );
  const schedule = resolveSchedule(program);
  const { ics, warnings } = toICalendarWithWarnings(program, {
    items: [...schedule.items, ...schedule.untimed],
    nowMs,
  });
  const { events } = parseCalendar(ics);
  const byUid = new Map(events.map((event) => [String(event.getFirstPropertyValue("uid")).split("@")[0], event]));

  it("writes an item with only a date as an all-day VEVENT (VALUE=DATE, end the next day)", () => {
    expect(ics).toContain("DTSTART;VALUE=DATE:20261026\r\n");
    expect(ics).toContain("DTEND;VALUE=DATE:20261027\r\n");
    const start = timeOf(byUid.get("dated")!, "dtstart");
    expect(start.isDate).toBe(true);
    expect([start.year, start.month, start.day]).toEqual([2026, 10, 26]);
  });

  it("writes a time to be announced all-day on its date, with a warning naming the item", () => {
    const start = timeOf(byUid.get("tba")!, "dtstart");
    expect(start.isDate).toBe(true);
    expect(start.day).toBe(27);
    expect(warnings.map((warning) => `${warning.path}: ${warning.message}`)).toContain(
      "items[2]: time to be announced: written as an all-day event on 2026-10-27",
    );
  });

  it("leaves out an item with neither time nor date, and says so", () => {
    expect(byUid.has("nowhen")).toBe(false);
    expect(warnings.map((warning) => `${warning.path}: ${warning.message}`)).toContain(
      "items[3]: has no time and no date; it is not in the calendar",
    );
  });

  it("keeps timed items as instants in UTC", () => {
    expect(timeOf(byUid.get("timed")!, "dtstart").isDate).toBe(false);
    expect(ics).toContain("DTSTART:20261024T210000Z");
    expect(warnings).toHaveLength(2);
  });
});

describe("toICalendarWithWarnings with no item a calendar can hold", () => {
  const program = validProgram({
    event: { schedule: { status: "tentative" } },
    items: [
      { id: "a", kind: "contributed-talk", title: "A" },
      { id: "b", kind: "poster", title: "B" },
    ],
  });
  const untimed = resolveSchedule(program).untimed;

  it("is an error naming the items, since RFC 5545 wants one component at least", () => {
    const { errors, warnings } = toICalendarWithWarnings(program, { items: untimed, nowMs });
    expect(errors.map((error) => error.message)).toEqual([
      "no item has a time or a date (items[0], items[1]); an iCalendar file needs at least one event (RFC 5545, section 3.6)",
    ]);
    expect(warnings.map((warning) => warning.path)).toEqual(["items[0]", "items[1]"]);
  });

  it("is an error when no item is given at all", () => {
    const { errors } = toICalendarWithWarnings(program, { items: [], nowMs });
    expect(errors.map((error) => error.message)).toEqual([
      "no item given; an iCalendar file needs at least one event (RFC 5545, section 3.6)",
    ]);
  });

  it("is no error when an event published before is kept, cancelled", () => {
    const timed = validProgram({
      items: [{ id: "a", kind: "contributed-talk", title: "A", start: "2026-06-01T10:00", end: "2026-06-01T10:30" }],
    });
    const before = toICalendarWithWarnings(timed, { items: resolveSchedule(timed).items, nowMs });
    expect(before.errors).toEqual([]);
    const after = toICalendarWithWarnings(program, { items: untimed, nowMs, previous: before.ics });
    expect(after.errors).toEqual([]);
    expect(parseCalendar(after.ics).events.map((event) => event.getFirstPropertyValue("status"))).toEqual([
      "CANCELLED",
    ]);
  });
});
