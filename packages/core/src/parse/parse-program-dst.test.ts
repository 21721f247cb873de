import { describe, expect, it } from "vitest";
import { minimalProgram, sampleProgram } from "../../test/program-builder.js";
import {
  errorsOf,
  expectOneError,
  expectAccepted,
  withItems,
  talk,
  inZone,
} from "../../test/parse-program-expectations.js";

describe("parseProgram: times in the event's zone", () => {
  it("rejects a local time skipped by the spring DST change in Europe/Berlin", () => {
    expectOneError(
      withItems(talk("a", { start: "2026-03-29T02:30" })),
      "items[0].start",
      '"2026-03-29T02:30" does not exist in Europe/Berlin',
      "clocks jump forward by 60 minutes",
      "UTC+01:00 to UTC+02:00",
      "write a time after the jump, or an instant with an offset",
    );
  });

  it("accepts the same moment written as an instant, and the first local time after the jump", () => {
    const result = expectAccepted(
      withItems(talk("a", { start: "2026-03-29T02:30+01:00" }), talk("b", { start: "2026-03-29T03:00" })),
    );
    expect(result.warnings).toEqual([]);
  });

  it("rejects a DST-gap time in an item end, a session start and end, and an important date", () => {
    const program = sampleProgram();
    program.items[0].start = "2026-03-29T01:50";
    program.items[0].end = "2026-03-29T02:10";
    program.sessions[0].start = "2026-03-29T02:00";
    program.sessions[0].end = "2026-03-29T02:59";
    const errors = errorsOf(program);
    expect(errors.map((error) => error.path)).toEqual(["sessions[0].start", "sessions[0].end", "items[0].end"]);
    for (const error of errors) expect(error.message).toContain("does not exist in Europe/Berlin");

    const dates = minimalProgram();
    dates.event.importantDates = [
      { label: "Deadline", date: "2026-03-29T02:30" },
      { label: "US deadline", date: "2026-03-08T02:30", timeZone: "America/New_York" },
      { label: "Fine", date: "2026-03-29" },
    ];
    const dateErrors = errorsOf(dates);
    expect(dateErrors.map((error) => [error.path, error.message])).toEqual([
      ["event.importantDates[0].date", '"2026-03-29T02:30" does not exist in Europe/Berlin (clocks jump forward then)'],
      [
        "event.importantDates[1].date",
        '"2026-03-08T02:30" does not exist in America/New_York (clocks jump forward then)',
      ],
    ]);
  });

  it("accepts a local time that happens twice (autumn DST change), with a warning at its path", () => {
    const result = expectAccepted(withItems(talk("a", { start: "2026-10-25T02:30" })));
    expect(result.warnings).toHaveLength(1);
    const [warning] = result.warnings;
    expect(warning!.path).toBe("items[0].start");
    expect(warning!.segments).toEqual(["items", 0, "start"]);
    expect(warning!.message).toContain('"2026-10-25T02:30" happens twice in Europe/Berlin (clocks go back)');
    expect(warning!.message).toContain("read as the earlier one (UTC+02:00)");
    expect(warning!.message).toContain("write an offset to choose the later (UTC+01:00)");
  });

  it("gives no overlap warning when an offset says which of the two is meant", () => {
    const result = expectAccepted(withItems(talk("a", { start: "2026-10-25T02:30+01:00" })));
    expect(result.warnings).toEqual([]);
  });

  it("warns for an overlap in a session start and an item end too", () => {
    const program = sampleProgram();
    program.items[0].start = "2026-10-25T01:30";
    program.items[0].end = "2026-10-25T02:15";
    program.sessions[0].start = "2026-10-25T02:45";
    const result = expectAccepted(program);
    expect(result.warnings.map((warning) => warning.path)).toEqual(["sessions[0].start", "items[0].end"]);
  });

  it("handles a zone with a 45-minute offset and no DST (Asia/Kathmandu)", () => {
    const result = expectAccepted(
      inZone("Asia/Kathmandu", talk("a", { start: "2026-03-29T02:30" }), talk("b", { start: "2026-10-25T02:30" })),
    );
    expect(result.warnings).toEqual([]);
  });

  it("handles a zone that has dropped DST (America/Sao_Paulo)", () => {
    const result = expectAccepted(
      inZone("America/Sao_Paulo", talk("a", { start: "2026-11-01T00:30" }), talk("b", { start: "2026-02-15T23:30" })),
    );
    expect(result.warnings).toEqual([]);
  });

  // Regression (fixed in resolveLocalTime, commit 01b7a63): probing the zone only 12 h either
  // side of the wall time missed DST changes in zones beyond UTC+12. Ambiguous times were read
  // as the later instant with no warning, and gaps were said to jump "by 0 minutes".
  it("warns for a DST overlap in Pacific/Chatham (UTC+13:45 back to UTC+12:45 at 03:45)", () => {
    const result = expectAccepted(inZone("Pacific/Chatham", talk("a", { start: "2026-04-05T03:15" })));
    expect(result.warnings.map((warning) => warning.path)).toEqual(["items[0].start"]);
    expect(result.warnings[0]!.message).toContain("happens twice in Pacific/Chatham");
    expect(result.warnings[0]!.message).toContain("read as the earlier one (UTC+13:45)");
  });

  it("warns for a DST overlap in Pacific/Auckland (UTC+13 back to UTC+12 at 03:00)", () => {
    const result = expectAccepted(inZone("Pacific/Auckland", talk("a", { start: "2026-04-05T02:30" })));
    expect(result.warnings.map((warning) => warning.path)).toEqual(["items[0].start"]);
    expect(result.warnings[0]!.message).toContain("read as the earlier one (UTC+13:00)");
  });

  it("names the real jump for a DST gap in Pacific/Chatham", () => {
    expectOneError(
      inZone("Pacific/Chatham", talk("a", { start: "2026-09-27T03:00" })),
      "items[0].start",
      '"2026-09-27T03:00" does not exist in Pacific/Chatham',
      "clocks jump forward by 60 minutes there (UTC+12:45 to UTC+13:45)",
    );
  });

  it("names the real jump for a DST gap in Pacific/Auckland", () => {
    expectOneError(
      inZone("Pacific/Auckland", talk("a", { start: "2026-09-27T02:30" })),
      "items[0].start",
      "clocks jump forward by 60 minutes there (UTC+12:00 to UTC+13:00)",
    );
  });
});
