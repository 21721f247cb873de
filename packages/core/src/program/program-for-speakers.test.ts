import { describe, expect, it } from "vitest";
import delta from "../../examples/delta-2026.json" with { type: "json" };
import readingGroup from "../../examples/reading-group-2026.json" with { type: "json" };
import sigmetrics from "../../examples/sigmetrics-2026.json" with { type: "json" };
import { sampleProgram } from "../../test/program-builder.js";
import type { Program } from "../model/program.js";
import { parseProgram } from "../parse/parse-program.js";
import { computeTimings } from "../schedule/compute-timings.js";
import { programForSpeakers } from "./program-for-speakers.js";

function parsed(input: unknown): Program {
  const result = parseProgram(input);
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  return result.program;
}

describe("programForSpeakers", () => {
  const sample = parsed(sampleProgram());

  it("keeps every person and, of the items, who gives them, what and when", () => {
    const subset = programForSpeakers(sample);
    expect(subset.people).toEqual(sample.people);
    expect(subset.items).toEqual([
      { id: "opening", kind: "opening-remarks", speakers: ["ada"], start: "2026-06-15T09:00", end: "2026-06-15T09:15" },
      // Timed by its place in the Orals (10:00), which the subset leaves out.
      {
        id: "talk-ben",
        kind: "invited-talk",
        title: "Kites",
        speakers: ["ben"],
        start: "2026-06-15T10:00:00+02:00",
        end: "2026-06-15T10:30:00+02:00",
      },
      {
        id: "talk-cho",
        kind: "contributed-talk",
        title: "Spells",
        authors: [{ person: "cho", presenting: true }, { person: "ada" }],
        start: "2026-06-15T10:30:00+02:00",
        end: "2026-06-15T11:00:00+02:00",
      },
    ]);
    expect([subset.rooms, subset.tracks, subset.sessions, subset.event.awards]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(subset.event.invitedSpeakers).toEqual(["ben"]);
  });

  it.each([
    ["delta-2026.json", delta],
    ["sigmetrics-2026.json", sigmetrics],
    ["reading-group-2026.json", readingGroup],
  ])("makes a valid program of %s, its talks at the same times and none without people", (_name, data) => {
    const program = parsed(data);
    const result = parseProgram(programForSpeakers(program));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    const before = computeTimings(program).items;
    const after = computeTimings(result.program).items;
    for (const item of result.program.items) {
      expect((item.speakers?.length ?? 0) + (item.authors?.length ?? 0)).toBeGreaterThan(0);
      expect(after.get(item.id)?.startMs).toBe(before.get(item.id)?.startMs);
    }
    expect(result.program.items.length).toBeGreaterThan(0);
    expect(result.program.items.every((item) => item.abstract === undefined)).toBe(true);
  });
});
