import { describe, expect, it } from "vitest";
import { minimalProgram, sampleProgram } from "../../test/program-builder.js";
import { errorsOf, expectOneError, expectAccepted, withItems, talk } from "../../test/parse-program-expectations.js";

describe("parseProgram: time zones, dates and date-times", () => {
  it.each(["Mars/Olympus", "", "Europe/Berlin ", "CEST", "GMT+25"])("rejects the event time zone %j", (zone) => {
    const program = minimalProgram();
    program.event.timeZone = zone;
    expectOneError(
      program,
      "event.timeZone",
      `${JSON.stringify(zone)} is not an IANA time zone`,
      'such as "Europe/Berlin"',
    );
  });

  it("rejects an invalid zone of an important date, at that date", () => {
    const program = minimalProgram();
    program.event.importantDates = [{ label: "Deadline", date: "2026-02-01T23:59", timeZone: "AoE" }];
    expectOneError(program, "event.importantDates[0].timeZone", '"AoE" is not an IANA time zone');
  });

  it.each(["America/Sao_Paulo", "Asia/Kathmandu", "Pacific/Chatham", "Etc/GMT+12", "UTC"])(
    "accepts the zone %s",
    (zone) => {
      const program = minimalProgram();
      program.event.timeZone = zone;
      expectAccepted(program);
    },
  );

  it.each([
    ["2026-02-30", '"2026-02-30" is not a date: 2026-02 has days 01-28'],
    ["2026-13-01", '"2026-13-01" has month 13; expected 01-12'],
    ["2026-04-31", "2026-04 has days 01-30"],
    ["27/04/2026", '"27/04/2026" is not a date; expected YYYY-MM-DD'],
    ["2026-4-27", "expected YYYY-MM-DD"],
    ["2026-04-27T09:00", "expected YYYY-MM-DD"],
  ])("rejects the start date %j", (date, message) => {
    const program = minimalProgram();
    program.event.startDate = date;
    expectOneError(program, "event.startDate", message);
  });

  it("rejects an end date before the start date, naming the start date", () => {
    const program = minimalProgram();
    program.event.endDate = "2026-06-14";
    expectOneError(program, "event.endDate", "is before startDate (2026-06-15)");
  });

  it.each([
    ["2026-06-15T25:00", ['"25:00" is not a time of day', "HH:MM"]],
    ["2026-06-15T24:00", ['"24:00" is not a time of day', "from 00:00 to 23:59"]],
    ["2026-06-15T09:60", ['"09:60" is not a time of day']],
    ["2026-06-31T09:00", ["2026-06 has days 01-30"]],
    ["2026-06-15 09:00", ['"2026-06-15 09:00" is not a date-time', "YYYY-MM-DDTHH:MM", "2026-04-27T12:10Z"]],
    ["9:00", ['"9:00" is not a date-time']],
    ["2026-06-15T09:00+15:00", ["has offset +15:00; offsets run from -14:00 to +14:00"]],
    ["2026-06-15T09:00+05:60", ["has offset +05:60"]],
  ])("rejects the start %j of an item, naming what is wrong", (start, fragments) => {
    expectOneError(withItems(talk("a", { start })), "items[0].start", JSON.stringify(start), ...fragments);
  });

  // Regression: the message used to name "09:00" (which is fine) instead of the seconds.
  it("names the seconds when they are out of range", () => {
    const error = expectOneError(
      withItems(talk("a", { start: "2026-06-15T09:00:60" })),
      "items[0].start",
      '"2026-06-15T09:00:60"',
    );
    expect(error.message).toContain("09:00:60");
    expect(error.message).not.toContain('"09:00" is not a time of day');
  });

  it("checks the date-times of ends, sessions and important dates at their own paths", () => {
    const program = sampleProgram();
    program.items[0].end = "2026-06-15T09:75";
    program.sessions[0].start = "tomorrow";
    program.event.importantDates = [
      { label: "Deadline", date: "2026-02-30" },
      { label: "Notification", date: "2026-03-01T24:00" },
      { label: "Camera-ready", date: "soon" },
    ];
    const errors = errorsOf(program);
    expect(errors.map((error) => error.path)).toEqual([
      "event.importantDates[0].date",
      "event.importantDates[1].date",
      "event.importantDates[2].date",
      "sessions[0].start",
      "items[0].end",
    ]);
    expect(errors[0]!.message).toContain("2026-02 has days 01-28");
    expect(errors[1]!.message).toContain('"24:00" is not a time of day');
    expect(errors[2]!.message).toContain('"soon" is not a date; expected YYYY-MM-DD');
    expect(errors[3]!.message).toContain('"tomorrow" is not a date-time');
    expect(errors[4]!.message).toContain('"09:75" is not a time of day');
  });

  it("accepts local times with seconds and instants with Z or an offset", () => {
    expectAccepted(
      withItems(
        talk("a", { start: "2026-06-15T09:00:30" }),
        talk("b", { start: "2026-06-15T07:00Z" }),
        talk("c", { start: "2026-06-15T12:45+05:45", end: "2026-06-15T13:15+05:45", duration: undefined }),
        talk("d", { start: "2026-06-15T04:00-03:00" }),
      ),
    );
  });
});
