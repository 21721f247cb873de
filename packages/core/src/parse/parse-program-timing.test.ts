import { describe, expect, it } from "vitest";
import { sampleProgram } from "../../test/program-builder.js";
import { errorsOf, expectOneError, expectAccepted, withItems, talk } from "../../test/parse-program-expectations.js";

describe("parseProgram: timing rules", () => {
  it("rejects an item with both end and duration, at duration", () => {
    expectOneError(
      withItems(talk("a", { end: "2026-06-15T09:30" })),
      "items[0].duration",
      'give "end" or "duration", not both',
    );
  });

  it("rejects an item with an end but no start, at end", () => {
    expectOneError(
      withItems({ id: "a", kind: "poster", end: "2026-06-15T09:30" }),
      "items[0].end",
      'has an end but no start; give "start" too',
    );
  });

  it("rejects an item with a start but no end, duration or default, naming its kind", () => {
    expectOneError(
      withItems({ id: "a", kind: "keynote", start: "2026-06-15T09:00" }),
      "items[0]",
      "it has a start, but it has no end and no duration",
      'event.schedule.defaultDurations has no length for "keynote"',
      'give "end" or "duration"',
    );
  });

  it("takes the length of a started item from defaultDurations of its kind", () => {
    const program = withItems({ id: "a", kind: "keynote", start: "2026-06-15T09:00" });
    program.event.schedule = { status: "final", defaultDurations: { keynote: 45 } };
    expect(expectAccepted(program).warnings).toEqual([]);
  });

  it("rejects an item that follows another in a timed session but has no length", () => {
    const program = sampleProgram();
    delete program.items[2].duration;
    expectOneError(
      program,
      "items[2]",
      "it follows the item before it in its session, but it has no end and no duration",
      'no length for "contributed-talk"',
    );
  });

  it("reports a length missing in a session once, not again for the items after it", () => {
    const program = sampleProgram();
    delete program.items[1].duration;
    // talk-cho follows talk-ben, whose end is unknown: only talk-ben is reported.
    expectOneError(program, "items[1]", "it follows the item before it in its session");
  });

  it("rejects a session with an end but no start, at end", () => {
    const program = sampleProgram();
    delete program.sessions[0].start;
    program.sessions[0].end = "2026-06-15T12:00";
    program.event.schedule = { status: "tentative" };
    expectOneError(program, "sessions[0].end", 'has an end but no start; give "start" too');
  });

  it("reports every timing error at once", () => {
    const program = withItems(
      talk("a", { end: "2026-06-15T09:30" }),
      { id: "b", kind: "poster", end: "2026-06-15T09:30" },
      { id: "c", kind: "keynote", start: "2026-06-15T09:00" },
      talk("d", { start: "2026-03-29T02:30" }),
    );
    expect(errorsOf(program).map((error) => error.path)).toEqual([
      "items[0].duration",
      "items[1].end",
      "items[2]",
      "items[3].start",
    ]);
  });
});
