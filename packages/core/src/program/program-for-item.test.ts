import { describe, expect, it } from "vitest";
import delta from "../../examples/delta-2026.json" with { type: "json" };
import readingGroup from "../../examples/reading-group-2026.json" with { type: "json" };
import sigmetrics from "../../examples/sigmetrics-2026.json" with { type: "json" };
import { sampleProgram } from "../../test/program-builder.js";
import type { Program } from "../model/program.js";
import { parseProgram } from "../parse/parse-program.js";
import { computeTimings } from "../schedule/compute-timings.js";
import { programForItem } from "./program-for-item.js";

function parsed(input: unknown): Program {
  const result = parseProgram(input);
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  return result.program;
}

const sample = parsed(sampleProgram());

describe("programForItem", () => {
  it("keeps the item, its people, room, track and session, and nothing else", () => {
    const subset = programForItem(sample, "talk-cho")!;
    expect(subset.items.map((item) => item.id)).toEqual(["talk-cho"]);
    // cho chairs the session and presents; ada co-authors and organises; ben is neither.
    expect(subset.people?.map((person) => person.id)).toEqual(["ada", "cho"]);
    expect(subset.rooms?.map((room) => room.id)).toEqual(["hall"]);
    expect(subset.tracks?.map((track) => track.id)).toEqual(["theory"]);
    expect(subset.sessions).toEqual([{ ...sample.sessions![0], items: ["talk-cho"] }]);
    expect(subset.event.title).toBe(sample.event.title);
    expect(subset.event.timeZone).toBe("Europe/Berlin");
  });

  it("writes out the time an item takes from its place in the session", () => {
    // talk-cho follows talk-ben (10:00, 30 min) in the Orals: 10:30–11:00 in Berlin (CEST).
    const subset = programForItem(sample, "talk-cho")!;
    expect(subset.items[0]).toMatchObject({ start: "2026-06-15T10:30:00+02:00", end: "2026-06-15T11:00:00+02:00" });
    expect(subset.items[0]!.duration).toBeUndefined();
  });

  it("narrows the invited speakers and awards to the item's", () => {
    expect(programForItem(sample, "talk-ben")!.event).toMatchObject({
      invitedSpeakers: ["ben"],
      awards: [{ name: "Best talk", winners: ["talk-ben"] }],
    });
    const other = programForItem(sample, "talk-cho")!.event;
    expect(other.invitedSpeakers).toBeUndefined();
    expect(other.awards).toBeUndefined();
  });

  it("gives the time of an item in a concurrent session, which runs the session's length", () => {
    const data = sampleProgram();
    data.sessions[0] = { ...data.sessions[0], mode: "concurrent", end: "2026-06-15T11:00" };
    // A concurrent session runs its items whole: they give no length of their own.
    for (const item of data.items as { duration?: number }[]) delete item.duration;
    const subset = parsed(programForItem(parsed(data), "talk-cho"));
    expect(computeTimings(subset).items.get("talk-cho")).toMatchObject({
      startMs: Date.parse("2026-06-15T08:00:00Z"),
      endMs: Date.parse("2026-06-15T09:00:00Z"),
    });
  });

  it("is undefined for an id no item has", () => {
    expect(programForItem(sample, "nope")).toBeUndefined();
  });

  describe.each([
    ["sample", sampleProgram()],
    ["delta-2026.json", delta],
    ["sigmetrics-2026.json", sigmetrics],
    ["reading-group-2026.json", readingGroup],
  ])("for every item of %s", (_name, data) => {
    const program = parsed(data);
    const timings = computeTimings(program).items;
    it.each(program.items.map((item) => item.id))("%s: a valid program with the item at the same time", (itemId) => {
      const result = parseProgram(programForItem(program, itemId));
      expect(result.ok ? [] : result.errors).toEqual([]);
      if (!result.ok) return;
      expect(result.program.items.map((item) => item.id)).toEqual([itemId]);
      const before = timings.get(itemId);
      const after = computeTimings(result.program).items.get(itemId);
      expect(after && { startMs: after.startMs, endMs: after.endMs }).toEqual(
        before && { startMs: before.startMs, endMs: before.endMs },
      );
    });
  });
});
