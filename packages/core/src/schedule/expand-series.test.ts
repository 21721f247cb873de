import { describe, expect, it } from "vitest";
import { validProgram } from "../../test/valid-program.js";
import { parseProgram } from "../parse/parse-program.js";
import { expandSeries } from "./expand-series.js";

const seminar = (series: Record<string, unknown>, items: Record<string, unknown>[] = []) =>
  validProgram(
    {
      event: { title: "Reading group", kind: "seminar-series", startDate: "2026-03-06", timeZone: "Europe/Berlin" },
      rooms: [
        { id: "r1", name: "Seminar room" },
        { id: "r2", name: "Library" },
      ],
      series: series as never,
      items: items as never,
    },
    "Europe/Berlin",
  );

describe("expandSeries", () => {
  it("meets every other Friday at 16:00 local, across the DST change", () => {
    const program = seminar({
      frequency: "every-n-weeks",
      intervalWeeks: 2,
      from: "2026-03-06",
      until: "2026-04-17",
      startTime: "16:00",
      duration: 60,
      room: "r1",
    });
    expect(expandSeries(program).map((meeting) => meeting.start)).toEqual([
      "2026-03-06T16:00:00+01:00",
      "2026-03-20T16:00:00+01:00",
      // Berlin moves to summer time on 29 March: the seminar stays at 16:00 local.
      "2026-04-03T16:00:00+02:00",
      "2026-04-17T16:00:00+02:00",
    ]);
  });

  it("marks cancellations with their reason and applies one-off changes", () => {
    const program = seminar({
      frequency: "weekly",
      from: "2026-05-01",
      until: "2026-05-15",
      startTime: "16:00",
      duration: 60,
      room: "r1",
      cancellations: [{ date: "2026-05-08", reason: "Public holiday" }],
      changes: [
        { date: "2026-05-15", startTime: "14:00", duration: 90, room: "r2", note: "Double session in the library" },
      ],
    });
    expect(
      expandSeries(program).map((meeting) => [
        meeting.date,
        meeting.start,
        meeting.cancelled,
        meeting.reason ?? null,
        meeting.roomId,
        (meeting.endMs - meeting.startMs) / 60_000,
        meeting.note ?? null,
      ]),
    ).toEqual([
      ["2026-05-01", "2026-05-01T16:00:00+02:00", false, null, "r1", 60, null],
      ["2026-05-08", "2026-05-08T16:00:00+02:00", true, "Public holiday", "r1", 60, null],
      ["2026-05-15", "2026-05-15T14:00:00+02:00", false, null, "r2", 90, "Double session in the library"],
    ]);
  });

  it("meets on listed dates, each with the talks given that day", () => {
    const program = seminar(
      { frequency: "dates", dates: ["2026-06-12", "2026-06-05"], startTime: "16:00", duration: 60 },
      [{ id: "t1", kind: "invited-talk", title: "Flows", start: "2026-06-05T16:00", duration: 60 }],
    );
    expect(expandSeries(program).map((meeting) => [meeting.date, meeting.itemIds])).toEqual([
      ["2026-06-05", ["t1"]],
      ["2026-06-12", []],
    ]);
  });

  it("names the term each meeting falls in, both ends inclusive, and none outside the terms", () => {
    const program = seminar({
      frequency: "dates",
      dates: ["2026-01-09", "2026-03-27", "2026-03-28", "2026-07-03", "2026-10-02"],
      startTime: "16:00",
      duration: 60,
      terms: [
        { label: "Autumn term 2026", from: "2026-10-02", until: "2026-12-11" },
        { label: "Spring term 2026", from: "2026-01-09", until: "2026-03-27" },
      ],
    });
    expect(expandSeries(program).map((meeting) => [meeting.date, meeting.term ?? null])).toEqual([
      ["2026-01-09", "Spring term 2026"],
      ["2026-03-27", "Spring term 2026"],
      ["2026-03-28", null],
      ["2026-07-03", null],
      ["2026-10-02", "Autumn term 2026"],
    ]);
  });

  it("is empty for a program that is not a series", () => {
    expect(expandSeries(validProgram({ items: [] }))).toEqual([]);
  });

  it.each([
    [{ frequency: "weekly", startTime: "16:00", duration: 60 }, "series", 'a weekly series needs "from" and "until"'],
    [
      { frequency: "every-n-weeks", from: "2026-01-02", until: "2026-02-02", startTime: "16:00", duration: 60 },
      "series.intervalWeeks",
      "is required for every-n-weeks",
    ],
    [{ frequency: "dates", startTime: "16:00", duration: 60 }, "series.dates", "is required"],
    [
      { frequency: "weekly", from: "2026-02-02", until: "2026-01-02", startTime: "16:00", duration: 60 },
      "series.until",
      "is before from",
    ],
    [
      {
        frequency: "weekly",
        from: "2026-01-02",
        until: "2026-02-02",
        startTime: "16:00",
        duration: 60,
        room: "nowhere",
      },
      "series.room",
      'no room has the id "nowhere"',
    ],
    [
      { frequency: "weekly", from: "2026-01-02", until: "2026-02-02", startTime: "4pm", duration: 60 },
      "series.startTime",
      "is not a time of day",
    ],
    [
      {
        frequency: "weekly",
        from: "2026-01-02",
        until: "2026-02-02",
        startTime: "16:00",
        duration: 60,
        terms: [{ label: "Spring", from: "2026-03-27", until: "2026-01-09" }],
      },
      "series.terms[0].until",
      "is before from (2026-03-27)",
    ],
    [
      {
        frequency: "weekly",
        from: "2026-01-02",
        until: "2026-02-02",
        startTime: "16:00",
        duration: 60,
        terms: [
          { label: "Spring", from: "2026-01-09", until: "2026-03-27" },
          { label: "Summer", from: "2026-03-27", until: "2026-06-26" },
        ],
      },
      "series.terms[1].from",
      'overlaps series.terms[0] ("Spring", 2026-01-09 to 2026-03-27)',
    ],
    [
      {
        frequency: "weekly",
        from: "2026-01-02",
        until: "2026-02-02",
        startTime: "16:00",
        duration: 60,
        terms: [
          { label: "Autumn", from: "2026-10-02", until: "2026-12-11" },
          { label: "Whole year", from: "2026-01-01", until: "2026-12-31" },
        ],
      },
      "series.terms[1].from",
      'overlaps series.terms[0] ("Autumn"',
    ],
    [
      {
        frequency: "weekly",
        from: "2026-01-02",
        until: "2026-02-02",
        startTime: "16:00",
        duration: 60,
        terms: [{ label: "Spring", from: "2026-01-09" }],
      },
      "series.terms[0].until",
      "",
    ],
  ] as const)("rejects %j at %s", (series, path, message) => {
    const result = parseProgram({
      event: { title: "S", kind: "seminar-series", startDate: "2026-01-02", timeZone: "Europe/Berlin" },
      series,
      items: [],
    });
    expect(!result.ok && result.errors.map((error) => [error.path, error.message])).toEqual([
      [path, expect.stringContaining(message)],
    ]);
  });
});
