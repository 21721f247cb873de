import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validProgram } from "../../test/valid-program.js";
import { parseProgram } from "../parse/parse-program.js";
import { toICalendar } from "../export/to-icalendar.js";
import { applySeries, applySeriesToItems } from "./apply-series.js";
import { listMeetings } from "./list-meetings.js";
import { resolveSchedule } from "./resolve-schedule.js";

const weekly = validProgram(
  {
    event: { title: "Seminar", kind: "seminar-series", startDate: "2026-05-01", timeZone: "Europe/London" },
    rooms: [{ id: "a", name: "Room A" }],
    series: {
      frequency: "weekly",
      from: "2026-05-01",
      until: "2026-05-08",
      startTime: "16:00",
      duration: 60,
      room: "a",
      cancellations: [{ date: "2026-05-08" }],
    } as never,
    items: [
      { id: "t1", kind: "contributed-talk", title: "One", start: "2026-05-01T16:00", duration: 60 },
      { id: "t2", kind: "contributed-talk", title: "Two", start: "2026-05-08T16:00", duration: 60 },
    ] as never,
  },
  "Europe/London",
);

describe("applySeriesToItems", () => {
  it("cancels the talk of a cancelled meeting and puts talks without a room in the meeting's room", () => {
    const applied = applySeriesToItems(weekly, listMeetings(weekly));
    expect(applied.items.map((item) => [item.id, item.status ?? "confirmed", item.room])).toEqual([
      ["t1", "confirmed", "a"],
      ["t2", "cancelled", "a"],
    ]);
    // The program itself is not changed, and the same program gives the same derived object.
    expect(weekly.items[1]!.status).toBeUndefined();
    expect(applySeriesToItems(weekly, listMeetings(weekly))).toBe(applied);
  });
});

describe("applySeries", () => {
  it("leaves a program without a series as it is", () => {
    const plain = { ...weekly, series: undefined };
    expect(applySeries(plain)).toBe(plain);
  });

  it("makes the reading group's calendar say which talk is cancelled", () => {
    const parsed = parseProgram(
      JSON.parse(readFileSync(new URL("../../examples/reading-group-2026.json", import.meta.url), "utf8")),
    );
    if (!parsed.ok) throw new Error(parsed.errors[0]!.message);
    const shown = applySeries(parsed.program);
    const ics = toICalendar(shown, { items: resolveSchedule(shown).items, nowMs: Date.UTC(2026, 10, 22) });
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(parsed.program.items.length);
    expect(ics.match(/STATUS:CANCELLED/g)).toHaveLength(1);
  });
});
