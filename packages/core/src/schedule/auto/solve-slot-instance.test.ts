import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sharedFile } from "../../../test/shared-files.js";
import { checkSlotSolution } from "./check-slot-solution.test-kit.js";
import { buildCompactModel, roomClassesOf } from "./compact-model.js";
import type { SlotInstance } from "./slot-instance.js";
import { solveSlotInstance } from "./solve-slot-instance.js";
import { slotInstanceFromSynthetic, type SyntheticInstanceFile } from "./synthetic-instance.js";

// Two periods, a 100-seat and two 50-seat rooms; items 0 and 1 share a speaker.
const tiny: SlotInstance = {
  periodCount: 2,
  roomCapacities: [50, 100, 50],
  items: [
    { demand: 90, unavailablePeriods: [] },
    { demand: 80, unavailablePeriods: [] },
    { demand: 40, unavailablePeriods: [0] },
    { demand: 30, unavailablePeriods: [] },
  ],
  conflictGroups: [[0, 1]],
};

describe("buildCompactModel", () => {
  it("merges rooms of equal capacity into classes, biggest first", () => {
    expect(roomClassesOf([50, 100, 50])).toEqual([
      { capacity: 100, rooms: [1] },
      { capacity: 50, rooms: [0, 2] },
    ]);
  });

  it("has a column per item, allowed period and class, and one row per group and period", () => {
    const model = buildCompactModel(tiny);
    // 3 items x 2 periods x 2 classes, and item 2 in period 1 only.
    expect(model.numCols).toBe(3 * 2 * 2 + 2);
    expect(model.numRows).toBe(4 + 2 * 2 + 1 * 2);
    expect(model.starts.at(-1)).toBe(model.indices.length);
    expect([...model.colCost.slice(0, 4)]).toEqual([0, 40, 0, 40]);
  });
});

describe("solveSlotInstance (HiGHS)", () => {
  it("proves the optimum of a small instance, and the checker agrees with every rule", async () => {
    const solution = await solveSlotInstance(tiny);
    expect(solution.status).toBe("optimal");
    // Items 0 and 1 cannot share period, so each gets the 100-seat room: no overflow at all.
    expect(solution.objective).toBe(0);
    const check = checkSlotSolution(tiny, solution.assignments);
    expect(check.broken).toEqual([]);
    expect(check.overflow).toBe(solution.objective);
  });

  it("has a checker that catches each broken rule", () => {
    const check = checkSlotSolution(tiny, [
      { period: 0, room: 1 },
      { period: 0, room: 1 },
      { period: 0, room: 0 },
      { period: 2, room: 7 },
    ]);
    expect(check.broken).toEqual([
      "items 0 and 1 share room 1 in period 0",
      "item 2 is in period 0, where it is unavailable",
      "item 3 is in period 2, which does not exist",
      "item 3 is in room 7, which does not exist",
      "items 0 and 1 of group 0 both run in period 0",
    ]);
  });

  it("reports infeasible when the conflicts cannot hold", async () => {
    const solution = await solveSlotInstance({ ...tiny, conflictGroups: [[0, 1, 3]] });
    expect(solution.status).toBe("infeasible");
    expect(solution.assignments).toEqual([]);
  });

  it("solves the generated small instance to the anchors' optimum (143)", async () => {
    const file = JSON.parse(readFileSync(sharedFile("sched/synthetic/small.json"), "utf8")) as SyntheticInstanceFile;
    const instance = slotInstanceFromSynthetic(file);
    const solution = await solveSlotInstance(instance, { timeLimitSeconds: 60 });
    expect(solution.status).toBe("optimal");
    expect(solution.objective).toBe(143);
    const check = checkSlotSolution(instance, solution.assignments);
    expect(check.broken).toEqual([]);
    expect(check.overflow).toBe(143);
  });
});
