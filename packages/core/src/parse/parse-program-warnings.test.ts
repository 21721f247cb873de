import { describe, expect, it } from "vitest";
import { sampleProgram } from "../../test/program-builder.js";
import { parseProgram } from "./parse-program.js";
import { expectAccepted, withItems, talk } from "../../test/parse-program-expectations.js";

describe("parseProgram: warnings", () => {
  it("warns about an item with no time in a final schedule, at the item", () => {
    const program = withItems(talk("a"), { id: "b", kind: "poster", title: "Poster" });
    const result = expectAccepted(program);
    expect(result.warnings.map((warning) => [warning.path, warning.message])).toEqual([
      [
        "items[1]",
        'has no time in a final schedule; it is listed apart as unscheduled (set event.schedule.status to "tentative" if that is intended)',
      ],
    ]);
    expect(result.warnings[0]!.segments).toEqual(["items", 1]);
  });

  it("treats a program with no schedule status as final", () => {
    const result = expectAccepted(withItems({ id: "b", kind: "poster" }));
    expect(result.warnings.map((warning) => warning.path)).toEqual(["items[0]"]);
  });

  it("warns for an explicit final status too", () => {
    const program = withItems({ id: "b", kind: "poster" });
    program.event.schedule = { status: "final" };
    expect(expectAccepted(program).warnings.map((warning) => warning.path)).toEqual(["items[0]"]);
  });

  it("does not warn about untimed items in a tentative schedule", () => {
    const program = withItems({ id: "a", kind: "poster" }, { id: "b", kind: "invited-talk", duration: 45 });
    program.event.schedule = { status: "tentative", note: "Times to be announced." };
    expect(expectAccepted(program).warnings).toEqual([]);
  });

  it("does not warn about items that follow one another in a timed session", () => {
    expect(expectAccepted(sampleProgram()).warnings).toEqual([]);
  });

  it("warns about untimed items in a session without a start", () => {
    const program = sampleProgram();
    delete program.sessions[0].start;
    expect(expectAccepted(program).warnings.map((warning) => warning.path)).toEqual(["items[1]", "items[2]"]);
  });

  it("collects overlap and untimed warnings together, in order", () => {
    const program = withItems(
      talk("a", { start: "2026-10-25T02:30" }),
      { id: "b", kind: "poster" },
      talk("c", { start: "2026-10-25T02:00" }),
    );
    const result = expectAccepted(program);
    expect(result.warnings.map((warning) => warning.path)).toEqual(["items[0].start", "items[2].start", "items[1]"]);
  });

  it("keeps the warnings found before a timing error", () => {
    const result = parseProgram(
      withItems(talk("a", { start: "2026-10-25T02:30" }), talk("b", { start: "2026-03-29T02:30" })),
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual(["items[1].start"]);
    expect(result.warnings.map((warning) => warning.path)).toEqual(["items[0].start"]);
  });

  it("returns no warnings with structural errors", () => {
    const result = parseProgram(withItems(talk("a", { start: "2026-10-25T02:30", kind: "keynot" })));
    expect(result).toMatchObject({ ok: false, warnings: [] });
  });
});
