import { describe, expect, it } from "vitest";
import { timingsOf } from "../schedule/compute-timings.js";
import { parseProgram } from "./parse-program.js";

// Concurrent sessions and the checks of issue 17 between times and fields.
const event = { title: "Test Workshop", kind: "workshop", startDate: "2026-06-01", timeZone: "Europe/Berlin" } as const;
const poster = (id: string, extra: Record<string, unknown> = {}) => ({ id, kind: "poster", title: id, ...extra });
const postersIn = (timeZone: string, start: string, end: string) => ({
  event: { ...event, timeZone },
  sessions: [{ id: "s1", title: "Posters", mode: "concurrent", start, end, items: ["a", "b"] }],
  items: [poster("a"), poster("b")],
});

const problems = (input: unknown) => {
  const result = parseProgram(input);
  return result.ok
    ? { errors: [], warnings: result.warnings.map((problem) => [problem.path, problem.message]) }
    : { errors: result.errors.map((problem) => [problem.path, problem.message]), warnings: [] };
};
const spanOf = (input: unknown, id: string) => {
  const result = parseProgram(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const timing = timingsOf(result.program).items.get(id);
  return timing && [new Date(timing.startMs).toISOString(), new Date(timing.endMs).toISOString()];
};

describe("a concurrent session", () => {
  it("runs every item without times of its own for the whole session, across a DST change", () => {
    // Clocks go back in Berlin at 03:00 on 2026-10-25: the session lasts five hours, not four.
    const input = postersIn("Europe/Berlin", "2026-10-25T00:00", "2026-10-25T04:00");
    expect(spanOf(input, "a")).toEqual(["2026-10-24T22:00:00.000Z", "2026-10-25T03:00:00.000Z"]);
    expect(spanOf(input, "b")).toEqual(spanOf(input, "a"));
  });

  it("runs across midnight in a zone far from UTC (Pacific/Kiritimati, UTC+14)", () => {
    const input = postersIn("Pacific/Kiritimati", "2026-06-01T22:00", "2026-06-02T01:00");
    expect(spanOf(input, "b")).toEqual(["2026-06-01T08:00:00.000Z", "2026-06-01T11:00:00.000Z"]);
  });

  it("keeps an item's own times inside the session, and refuses them outside", () => {
    const base = postersIn("Pacific/Chatham", "2026-06-01T14:00", "2026-06-01T16:00");
    const inside = { ...base, items: [poster("a", { start: "2026-06-01T14:30", duration: 30 }), poster("b")] };
    expect(spanOf(inside, "a")).toEqual(["2026-06-01T01:45:00.000Z", "2026-06-01T02:15:00.000Z"]);
    const outside = { ...base, items: [poster("a", { start: "2026-06-01T15:30", duration: 60 }), poster("b")] };
    expect(problems(outside).errors).toEqual([
      [
        "items[0].end",
        'its own time must lie inside its concurrent session "s1" (2026-06-01T14:00 to 2026-06-01T16:00)',
      ],
    ]);
  });

  it("needs an end when it has a start, and may be untimed as a whole", () => {
    const noEnd = { ...postersIn("Europe/Berlin", "2026-06-01T14:00", "x"), sessions: [] as unknown[] };
    noEnd.sessions = [{ id: "s1", title: "Posters", mode: "concurrent", start: "2026-06-01T14:00", items: ["a"] }];
    expect(problems(noEnd).errors.map(([path]) => path)).toEqual(["sessions[0]"]);
    const untimed = {
      event: { ...event, schedule: { status: "tentative" } },
      sessions: [{ id: "s1", title: "Posters", mode: "concurrent", items: ["a"] }],
      items: [poster("a")],
    };
    expect(problems(untimed)).toEqual({ errors: [], warnings: [] });
  });
});

describe("the checks between times and fields", () => {
  it("refuses an item that ends before it starts, at its end", () => {
    const input = { event, items: [poster("a", { start: "2026-06-01T21:00", end: "2026-06-01T06:00" })] };
    expect(problems(input).errors).toEqual([["items[0].end", "ends at 06:00, before it starts at 21:00"]]);
  });

  it("refuses an end more than 14 days after the start, as it refuses such a duration", () => {
    // Pacific/Auckland's clocks go forward at 02:00 on 2026-09-27: 14 days and 1 hour on the
    // wall clock are 14 days of real time, which is allowed; a minute more is not.
    const auckland = { ...event, timeZone: "Pacific/Auckland", startDate: "2026-09-20" };
    const lasting = (end: string) => ({ event: auckland, items: [poster("a", { start: "2026-09-20T10:00", end })] });
    expect(problems(lasting("2026-10-04T11:00")).errors).toEqual([]);
    expect(problems(lasting("2026-10-04T11:01")).errors).toEqual([
      [
        "items[0].end",
        "ends at 2026-10-04T11:01, more than 14 days after it starts (2026-09-20T10:00); an item or a session lasts at most 20160 minutes",
      ],
    ]);
    const session = {
      event,
      sessions: [
        { id: "s1", title: "S", mode: "concurrent", start: "2026-06-01T10:00", end: "2027-06-01T10:00", items: ["a"] },
      ],
      items: [poster("a")],
    };
    expect(problems(session).errors.map(([path]) => path)).toEqual(["sessions[0].end"]);
  });

  it("refuses a session that ends when it starts, at its end", () => {
    const input = {
      event,
      sessions: [{ id: "s1", title: "S", start: "2026-06-01T10:00", end: "2026-06-01T10:00", items: [] }],
      items: [],
    };
    expect(problems(input).errors).toEqual([["sessions[0].end", "ends when it starts, at 10:00"]]);
  });

  it("refuses a date together with a start", () => {
    const input = { event, items: [poster("a", { date: "2026-06-01", start: "2026-06-01T10:00", duration: 30 })] };
    expect(problems(input).errors.map(([path]) => path)).toEqual(["items[0].date"]);
  });

  it("warns at the second of two tags with the same label", () => {
    const tags = [{ label: "vision" }, { label: "robots" }, { label: "vision", score: 0.4 }];
    const input = { event, items: [poster("a", { start: "2026-06-01T10:00", duration: 30, tags })] };
    expect(problems(input)).toEqual({
      errors: [],
      warnings: [["items[0].tags[2]", 'the tag "vision" is given twice; views show it once']],
    });
  });

  it("tells tags apart by their place: one label under two areas is two tags, one path twice is one", () => {
    const tags = [
      { label: "evaluation", path: ["MIR tasks", "evaluation"] },
      { label: "evaluation", path: ["Datasets", "evaluation"] },
      { label: "evaluation" },
      { label: "evaluation", path: ["Datasets", "evaluation"], score: 0.5 },
    ];
    const input = { event, items: [poster("a", { start: "2026-06-01T10:00", duration: 30, tags })] };
    expect(problems(input)).toEqual({
      errors: [],
      warnings: [["items[0].tags[3]", 'the tag "evaluation" is given twice; views show it once']],
    });
  });
});
