import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sharedFile } from "../../../test/shared-files.js";
import { checkSlotSolution } from "./check-slot-solution.test-kit.js";
import type { SlotInstance } from "./slot-instance.js";
import { solveSlotInstance } from "./solve-slot-instance.js";
import { slotInstanceFromSynthetic, type SyntheticInstanceFile } from "./synthetic-instance.js";

// Small instances whose LP relaxation does not settle the MIP (found by a seeded search):
// the columns the LP uses, or those of zero reduced cost, hold no optimal schedule.
const items = (demands: number[], away: Record<number, number[]> = {}) =>
  demands.map((demand, index) => ({ demand, unavailablePeriods: away[index] ?? [] }));

/** Its LP optimum is 86; no schedule uses only zero-reduced-cost columns; the optimum is 92. */
const needsEveryColumn: SlotInstance = {
  periodCount: 3,
  roomCapacities: [20, 50],
  items: items([78, 18, 66, 30, 58, 38], { 1: [0], 2: [2], 4: [1], 5: [0] }),
  conflictGroups: [
    [2, 1, 4],
    [2, 1],
    [0, 2, 1],
  ],
};

/** The LP's columns give a schedule of 249 against an LP bound of 219: the gap's columns find 219. */
const needsTheGap: SlotInstance = {
  periodCount: 3,
  roomCapacities: [20, 20, 50],
  items: items([84, 77, 61, 88, 10, 29, 90]),
  conflictGroups: [
    [5, 1, 2],
    [2, 6],
    [4, 2],
    [6, 3, 0],
  ],
};

/** The LP is feasible (bound 192), the MIP is not: three periods for a clique of four. */
const infeasibleButNotItsLp: SlotInstance = {
  periodCount: 3,
  roomCapacities: [20, 20, 50],
  items: items([14, 45, 31, 93, 109, 75, 49], { 1: [2] }),
  conflictGroups: [
    [2, 3, 4],
    [1, 3, 5],
    [2, 1, 5],
  ],
};

const roundsOf = (solution: Awaited<ReturnType<typeof solveSlotInstance>>) =>
  solution.rounds.map((round) => [round.kept, round.status]);

/** Solves with pricing and as one MIP; the two agree, and the checker passes the priced schedule. */
async function solvedBothWays(instance: SlotInstance) {
  const [priced, whole] = [await solveSlotInstance(instance), await solveSlotInstance(instance, { pricing: false })];
  expect(priced.status).toBe(whole.status);
  if (priced.status === "optimal") {
    expect(priced.objective).toBe(whole.objective);
    expect(priced.bound).toBe(priced.objective);
    const check = checkSlotSolution(instance, priced.assignments);
    expect(check.broken).toEqual([]);
    expect(check.overflow).toBe(priced.objective);
  }
  expect(whole.rounds).toEqual([expect.objectContaining({ kept: "all", columns: whole.columns })]);
  return priced;
}

describe("solveSlotInstance's pricing rounds", () => {
  it("falls back to every column when the zero-reduced-cost columns hold no schedule", async () => {
    const solution = await solvedBothWays(needsEveryColumn);
    expect(solution.lpBound).toBeCloseTo(86, 6);
    expect(solution.objective).toBe(92);
    expect(roundsOf(solution)).toEqual([
      ["lp-solution", "infeasible"],
      ["reduced-cost", "infeasible"],
      ["all", "optimal"],
    ]);
  });

  it("adds the columns within the gap to the incumbent when the LP's columns are not optimal", async () => {
    const solution = await solvedBothWays(needsTheGap);
    expect(solution.lpBound).toBeCloseTo(219, 6);
    const [first, second] = solution.rounds;
    expect(first).toMatchObject({ kept: "lp-solution", status: "optimal", objective: 249 });
    // Every column that can be in a schedule of at most 249 (reduced cost <= 249 - 219).
    expect(second).toMatchObject({ kept: "reduced-cost", status: "optimal", objective: 219 });
    expect(second!.threshold).toBeCloseTo(30, 3);
    expect(solution.rounds).toHaveLength(2);
  });

  it("proves infeasible a model whose LP relaxation is feasible", async () => {
    const solution = await solvedBothWays(infeasibleButNotItsLp);
    expect(solution.status).toBe("infeasible");
    expect(solution.lpBound).toBeCloseTo(192, 6);
    expect(solution.rounds.at(-1)).toMatchObject({ kept: "all", status: "infeasible" });
    expect(solution.assignments).toEqual([]);
  });

  it("settles an instance whose LP is integral with one MIP over the LP's columns", async () => {
    const file = JSON.parse(readFileSync(sharedFile("sched/synthetic/small.json"), "utf8")) as SyntheticInstanceFile;
    const solution = await solveSlotInstance(slotInstanceFromSynthetic(file));
    expect(solution).toMatchObject({ status: "optimal", objective: 143, bound: 143 });
    expect(solution.rounds).toEqual([expect.objectContaining({ kept: "lp-solution", status: "optimal" })]);
    expect(solution.rounds[0]!.columns).toBeLessThan(solution.columns / 10);
  });

  it("claims no optimum when the time limit cuts it short, and its bound stays below the optimum", async () => {
    const file = JSON.parse(readFileSync(sharedFile("sched/synthetic/medium.json"), "utf8")) as SyntheticInstanceFile;
    const solution = await solveSlotInstance(slotInstanceFromSynthetic(file), { timeLimitSeconds: 0.001 });
    // 242 is medium's optimum, proven by both solves of the bench (priced and whole).
    expect(solution.status).not.toBe("optimal");
    expect(solution.bound).toBeLessThanOrEqual(242);
    if (!Number.isNaN(solution.objective)) expect(solution.objective).toBeGreaterThanOrEqual(242);
  });
});
