import { describe, expect, it } from "vitest";
import type { Program } from "../../model/program.js";
import { parseProgram } from "../../parse/parse-program.js";
import { scheduleProgram } from "./schedule-program.js";

/**
 * One session of two 30-minute slots in two rooms; tracks A (a1, a2) and B (b1, b2). Ann
 * presents a1 and b1, so they share the session whatever happens; a2 wants to open track A.
 */
function twoTracks(rules: Record<string, unknown>): Program {
  const parsed = parseProgram({
    event: { title: "Two tracks", kind: "workshop", startDate: "2026-06-15", timeZone: "Europe/Berlin" },
    people: [{ id: "ann", name: "Ann Silva" }],
    rooms: [
      { id: "r1", name: "R1" },
      { id: "r2", name: "R2" },
    ],
    tracks: [
      { id: "A", name: "A" },
      { id: "B", name: "B" },
    ],
    sessions: [{ id: "s1", title: "Morning", start: "2026-06-15T09:00", end: "2026-06-15T10:00", items: [] }],
    items: [
      { id: "a1", kind: "contributed-talk", title: "a1", track: "A", speakers: ["ann"] },
      { id: "a2", kind: "contributed-talk", title: "a2", track: "A" },
      { id: "b1", kind: "contributed-talk", title: "b1", track: "B", speakers: ["ann"] },
      { id: "b2", kind: "contributed-talk", title: "b2", track: "B" },
    ],
    scheduling: {
      layout: "track-sessions",
      slots: [
        { start: "2026-06-15T09:00", minutes: 30, session: "s1" },
        { start: "2026-06-15T09:30", minutes: 30, session: "s1" },
      ],
      positions: [{ item: "a2", position: 1 }],
      rules,
    },
  });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return parsed.program;
}

describe("the track-sessions layout inside a session", () => {
  it("keeps two items of one presenter out of the same slot when that clash is weighed", async () => {
    // The session-level clash cannot be helped (one session): weigh only the slot-level one.
    const result = await scheduleProgram(twoTracks({ presenterSession: { weight: 0 }, presenterClash: { weight: 5 } }));
    expect(result).toMatchObject({ status: "optimal", objective: 0 });
    const start = (id: string) => result.program!.items.find((item) => item.id === id)!.start;
    expect(start("a2")).toBe("2026-06-15T09:00");
    expect(start("a1")).toBe("2026-06-15T09:30");
    expect(start("b1")).toBe("2026-06-15T09:00");
    expect(result.rules.presenterClash).toBe(0);
  });

  it("reports the session-level clash it cannot avoid, weighed as the program says", async () => {
    const result = await scheduleProgram(twoTracks({ presenterSession: { weight: 7 }, presenterClash: { weight: 0 } }));
    expect(result.rules.presenterSession).toBe(7);
    expect(result.objective).toBe(7);
    expect(result.stages?.map((stage) => stage.objective)).toEqual(["exact", "full"]);
  });

  it("keeps a hard slot-level clash apart by sessions, so one session cannot hold Ann's two items", async () => {
    const result = await scheduleProgram(
      twoTracks({ presenterSession: { weight: 0 }, presenterClash: { hard: true } }),
    );
    expect(result.status).toBe("infeasible");
    expect(result.explanation.join(" ")).toContain("no presenter in two rooms at once");
  });
});
