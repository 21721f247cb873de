import { describe, expect, it } from "vitest";
import { cosplibFixture, readCosplibFixture, readWorkbookSheets } from "../../../test/cosplib-workbook.js";
import { evaluateCosplib, readStoredSolution } from "../../../test/cosplib-objective.js";
import { placementsOfSchedule } from "../../../test/cosplib-schedule-placements.js";
import { cosplibHardViolations } from "../../../test/cosplib-hard-rules.js";
import { COSPLIB_WEIGHT_KEYS, type CosplibInstance } from "../../import/cosplib/cosplib-instance.js";
import { cosplibRuleOf, cosplibToProgram } from "../../import/cosplib/cosplib-to-program.js";
import type { Program } from "../../model/program.js";
import { parseProgram } from "../../parse/parse-program.js";
import { scheduleProgram, type ScheduleProgramResult } from "./schedule-program.js";

let solvedOnce: Promise<{ instance: CosplibInstance; program: Program; result: ScheduleProgramResult }> | undefined;
/** N2OR converted and scheduled, once for the whole file (a solve takes seconds). */
function solvedN2or() {
  solvedOnce ??= (async () => {
    const instance = await readCosplibFixture("N2OR");
    const program = cosplibToProgram(instance, "N2OR");
    return { instance, program, result: await scheduleProgram(program, { timeLimitSeconds: 60 }) };
  })();
  return solvedOnce;
}

describe("scheduleProgram on the track-sessions layout (CoSPLib's N2OR)", () => {
  it("proves N2OR's exact-model optimum 0 and reports the library's full objective of its schedule", async () => {
    const { instance, program, result } = await solvedN2or();
    expect(result.stages?.[0]).toMatchObject({ objective: "exact", status: "optimal", value: 0, gap: 0 });
    const parsed = parseProgram(result.program);
    expect(parsed.ok).toBe(true);
    const placements = placementsOfSchedule(program, result.program!);
    expect(placements).toHaveLength(instance.submissions.length);
    expect(cosplibHardViolations(instance, placements, true)).toEqual([]);
    const library = evaluateCosplib(instance, placements);
    // The program's rules, weighed by the program, are the library's 16 terms term by term.
    for (const key of COSPLIB_WEIGHT_KEYS)
      expect([key, result.rules[cosplibRuleOf[key]]]).toEqual([key, instance.weights[key] * library.raw[key]]);
    expect(result.objective).toBe(library.full);
    // Proven optimal for the full objective within the library's hard rules, and at or below
    // the best full objective known (2, the stored Gurobi solution's).
    expect(result).toMatchObject({ status: "optimal", gap: 0, bound: library.full });
    expect(library.full).toBeLessThanOrEqual(2);
    expect(result.assignments.map((a) => a.item).sort()).toEqual(instance.submissions.map((s) => s.id).sort());
  });

  it("gives a multi-slot item the minutes of all its slots, and lists each session's items by room and slot", async () => {
    const { program, result } = await solvedN2or();
    // NEW19A3750 takes 2 slots (the workbook's Required Timeslots).
    const long = result.program!.items.find((item) => item.id === "NEW19A3750")!;
    const session = result.program!.sessions!.find((s) => s.items.includes("NEW19A3750"))!;
    const slots = program.scheduling!.slots!.filter((slot) => slot.session === session.id);
    const first = slots.findIndex((slot) => slot.start === long.start);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(long.duration).toBe(slots[first]!.minutes + slots[first + 1]!.minutes);
    for (const s of result.program!.sessions!) {
      const placed = s.items.map((id) => result.program!.items.find((item) => item.id === id)!);
      const keys = placed.map((item) => `${item.room} ${item.start}`);
      const roomOrder = (program.rooms ?? []).map((room) => room.id);
      expect(keys).toEqual(
        [...keys].sort(
          (a, b) => roomOrder.indexOf(a.split(" ")[0]!) - roomOrder.indexOf(b.split(" ")[0]!) || a.localeCompare(b),
        ),
      );
    }
  });
});

describe("the independent hard-rule check", () => {
  it("passes N2OR's stored solution and names a track split over two rooms", async () => {
    const instance = await readCosplibFixture("N2OR");
    const stored = readStoredSolution(instance, await readWorkbookSheets(cosplibFixture("N2ORSolution.xlsx")));
    expect(cosplibHardViolations(instance, stored, true)).toEqual([]);
    const first = stored[0]!;
    const otherRoom = instance.rooms.find((room) => room !== first.room)!;
    const moved = [{ ...first, room: otherRoom, slot: 0 }, ...stored.slice(1)];
    expect(cosplibHardViolations(instance, moved).join("\n")).toMatch(/uses rooms|holds tracks|share slot/);
  });
});
