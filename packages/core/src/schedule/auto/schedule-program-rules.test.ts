import { describe, expect, it } from "vitest";
import { parseProgram } from "../../parse/parse-program.js";
import { checkProgramSchedule } from "./check-program-schedule.test-kit.js";
import { scheduleProgram } from "./schedule-program.js";

/**
 * 09:00-11:00 in Europe/Berlin, rooms a and b, four half-hour talks (8 slots). Bob presents
 * t4 and chairs the panel in room b, 09:00-10:00 (fixed). t1 and t3 are in track theory.
 */
function program(scheduling: Record<string, unknown>) {
  const parsed = parseProgram({
    event: { title: "Rules", kind: "workshop", startDate: "2026-06-15", timeZone: "Europe/Berlin" },
    people: [
      { id: "ann", name: "Ann Silva" },
      { id: "bob", name: "Bob Tanaka" },
    ],
    rooms: [
      { id: "a", name: "A" },
      { id: "b", name: "B" },
    ],
    tracks: [{ id: "theory", name: "Theory" }],
    sessions: [
      { id: "am", title: "Morning", start: "2026-06-15T09:00", end: "2026-06-15T11:00", items: [] },
      { id: "panel-session", title: "Panel", room: "b", chairs: ["bob"], items: ["panel"] },
    ],
    items: [
      { id: "panel", kind: "panel", title: "Panel", start: "2026-06-15T09:00", end: "2026-06-15T10:00" },
      ...["t1", "t2", "t3", "t4"].map((id, i) => ({
        id,
        kind: "contributed-talk",
        title: id,
        duration: 30,
        ...(i === 0 || i === 2 ? { track: "theory" } : {}),
        speakers: i === 3 ? ["bob"] : ["ann"].slice(0, i === 1 ? 1 : 0),
      })),
    ],
    scheduling,
  });
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return parsed.program;
}

const startOf = (result: Awaited<ReturnType<typeof scheduleProgram>>, item: string) =>
  result.assignments.find((entry) => entry.item === item)!.start;

describe("scheduleProgram's rules, each checked independently", () => {
  it("keeps a chair from presenting elsewhere during the session they chair", async () => {
    const result = await scheduleProgram(program({}));
    expect(result.status).toBe("optimal");
    expect(checkProgramSchedule(result.program!).broken).toEqual([]);
    expect(startOf(result, "t4") >= "2026-06-15T10:00").toBe(true);
  });

  it("runs the items of an apart track never at once", async () => {
    const result = await scheduleProgram(program({ apart: [{ tracks: ["theory"] }] }));
    expect(result.status).toBe("optimal");
    expect(checkProgramSchedule(result.program!).broken).toEqual([]);
    expect(startOf(result, "t1")).not.toBe(startOf(result, "t3"));
  });

  it("puts an item after the one it must follow, also after a fixed one", async () => {
    const result = await scheduleProgram(
      program({
        precedence: [
          { before: "panel", after: "t2" },
          { before: "t2", after: "t3" },
        ],
      }),
    );
    expect(result.status).toBe("optimal");
    expect(checkProgramSchedule(result.program!).broken).toEqual([]);
    expect(startOf(result, "t2")).toBe("2026-06-15T10:00");
    expect(startOf(result, "t3")).toBe("2026-06-15T10:30");
  });

  it("runs the parts of a multi-part item back to back in one room", async () => {
    const result = await scheduleProgram(program({ consecutive: [{ items: ["t3", "t1", "t2"] }] }));
    expect(result.status).toBe("optimal");
    expect(checkProgramSchedule(result.program!).broken).toEqual([]);
    const [t3, t1, t2] = ["t3", "t1", "t2"].map((id) => result.assignments.find((entry) => entry.item === id)!);
    expect(new Set([t3!.room, t1!.room, t2!.room]).size).toBe(1);
    expect([t3!.start < t1!.start, t1!.start < t2!.start]).toEqual([true, true]);
  });

  it("reports infeasible when precedence cannot fit in the morning", async () => {
    const result = await scheduleProgram(
      program({
        precedence: [
          { before: "panel", after: "t1" },
          { before: "t1", after: "t2" },
          { before: "t2", after: "t3" },
        ],
      }),
    );
    expect(result.status).toBe("infeasible");
    expect(result.explanation.length).toBeGreaterThan(0);
  });

  it("has a checker that sees each of these rules broken", () => {
    const broken = program({
      apart: [{ tracks: ["theory"] }],
      precedence: [{ before: "t1", after: "t3" }],
      consecutive: [{ items: ["t1", "t2"] }],
    });
    const at = (id: string, start: string, room: string) => ({ id, start, room });
    const placed = [
      at("t1", "2026-06-15T09:30", "a"),
      at("t3", "2026-06-15T09:30", "b"),
      at("t4", "2026-06-15T09:00", "a"),
    ];
    const items = broken.items.map((item) => {
      const where = placed.find((entry) => entry.id === item.id);
      if (item.id === "panel") return item;
      return where
        ? { ...item, start: where.start, room: where.room }
        : { ...item, start: "2026-06-15T10:30", room: "a" };
    });
    expect(checkProgramSchedule({ ...broken, items }).broken).toEqual(
      expect.arrayContaining([
        "t1 ends after t3 starts",
        "t1 and t3 of apart group 0 run at once",
        "bob chairs panel-session while presenting t4",
        "t2 does not follow t1 in its room",
      ]),
    );
  });
});
