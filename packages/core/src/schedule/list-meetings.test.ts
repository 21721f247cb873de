import { describe, expect, it } from "vitest";
import { validProgram } from "../../test/valid-program.js";
import { listMeetings } from "./list-meetings.js";

const seminar = (series: Record<string, unknown> | undefined, items: Record<string, unknown>[]) =>
  validProgram(
    {
      event: {
        title: "Seminar",
        kind: series ? "seminar-series" : "meeting",
        startDate: "2026-05-01",
        timeZone: "Europe/London",
      },
      rooms: [{ id: "a", name: "Room A" }],
      ...(series ? { series: series as never } : {}),
      items: items as never,
    },
    "Europe/London",
  );

describe("listMeetings", () => {
  it("adds a meeting for a talk on a day the series does not meet, so no talk is left out", () => {
    const program = seminar({ frequency: "dates", dates: ["2026-05-01"], startTime: "16:00", duration: 60 }, [
      { id: "special", kind: "keynote", title: "Special lecture", start: "2026-05-06T11:00", duration: 90 },
    ]);
    expect(listMeetings(program).map((meeting) => [meeting.date, meeting.start, meeting.itemIds])).toEqual([
      ["2026-05-01", "2026-05-01T16:00:00+01:00", []],
      ["2026-05-06", "2026-05-06T11:00:00+01:00", ["special"]],
    ]);
  });

  it("treats each day of a program with no series as a meeting, cancelled when all its talks are", () => {
    const program = seminar(undefined, [
      { id: "b", kind: "invited-talk", title: "B", start: "2026-05-01T15:00", duration: 30 },
      { id: "a", kind: "invited-talk", title: "A", start: "2026-05-01T14:00", duration: 30 },
      { id: "c", kind: "invited-talk", title: "C", start: "2026-05-08T14:00", duration: 30, status: "cancelled" },
    ]);
    expect(
      listMeetings(program).map((meeting) => [
        meeting.date,
        meeting.itemIds,
        meeting.cancelled,
        (meeting.endMs - meeting.startMs) / 60_000,
      ]),
    ).toEqual([
      ["2026-05-01", ["a", "b"], false, 90],
      ["2026-05-08", ["c"], true, 30],
    ]);
  });
});
