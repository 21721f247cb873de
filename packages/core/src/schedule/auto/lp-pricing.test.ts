import { describe, expect, it } from "vitest";
import { buildCompactModel, type CompactModel } from "./compact-model.js";
import { boundOutside, lowerBoundOf, priceColumns, thresholdFor, type LpPricing } from "./lp-pricing.js";
import { runCompactModel } from "./run-compact-model.js";
import type { SlotInstance } from "./slot-instance.js";

// Three periods, rooms of 50 and 100 seats (one each); items 0, 1 and 3 share a speaker, 1 and 2 a tag.
const instance: SlotInstance = {
  periodCount: 3,
  roomCapacities: [50, 100],
  items: [
    { demand: 90, unavailablePeriods: [] },
    { demand: 120, unavailablePeriods: [2] },
    { demand: 40, unavailablePeriods: [0] },
    { demand: 70, unavailablePeriods: [] },
  ],
  conflictGroups: [
    [0, 1, 3],
    [1, 2],
  ],
};
const model = buildCompactModel(instance);

/** Every 0/1 solution of the model, by brute force: one column per item, every row within its bounds. */
function everySolution(m: CompactModel): Uint8Array[] {
  const columnsOf = Array.from({ length: instance.items.length }, (_, item) =>
    [...m.columnItem.keys()].filter((column) => m.columnItem[column] === item),
  );
  const solutions: Uint8Array[] = [];
  const choose = (item: number, x: Uint8Array) => {
    if (item === columnsOf.length) {
      const activity = new Float64Array(m.numRows);
      x.forEach((value, column) => {
        for (let k = m.starts[column]!; k < m.starts[column + 1]!; k++) activity[m.indices[k]!]! += value;
      });
      if (activity.every((a, row) => a >= m.rowLower[row]! && a <= m.rowUpper[row]!))
        solutions.push(Uint8Array.from(x));
      return;
    }
    for (const column of columnsOf[item]!) {
      x[column] = 1;
      choose(item + 1, x);
      x[column] = 0;
    }
  };
  choose(0, new Uint8Array(m.numCols));
  return solutions;
}

const costOf = (x: Uint8Array) => x.reduce((sum, value, column) => sum + value * model.colCost[column]!, 0);

/** The inequality pricing rests on: c·x >= bound + Σ_{d>0} d x + Σ_{d<0} |d| (1 - x). */
const priced = (pricing: LpPricing, x: Uint8Array) =>
  x.reduce((sum, value, column) => {
    const reduced = pricing.reducedCosts[column]!;
    return sum + (reduced > 0 ? reduced * value : -reduced * (1 - value));
  }, pricing.bound);

describe("priceColumns", () => {
  const solutions = everySolution(model);
  const optimum = Math.min(...solutions.map(costOf));

  it("at the LP's duals: the LP optimum as bound, and no 0/1 solution below its priced cost", async () => {
    const lp = await runCompactModel(model, { relax: true });
    const pricing = priceColumns(model, lp.rowDual!);
    expect(pricing.bound).toBeCloseTo(lp.objective, 9);
    expect(pricing.integral).toBe(true);
    expect(solutions.length).toBeGreaterThan(10);
    for (const x of solutions) expect(costOf(x)).toBeGreaterThanOrEqual(priced(pricing, x) - 1e-9);
    expect(lowerBoundOf(pricing)).toBeLessThanOrEqual(optimum);
  });

  it("holds for any duals, of either sign on any row (signs an open side cannot take count as 0)", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 200 - 100;
    for (let trial = 0; trial < 50; trial++) {
      const pricing = priceColumns(model, Float64Array.from({ length: model.numRows }, random));
      expect(pricing.bound).toBeLessThanOrEqual(optimum + 1e-9);
      for (const x of solutions) expect(costOf(x)).toBeGreaterThanOrEqual(priced(pricing, x) - 1e-6);
    }
  });
});

describe("the bounds pricing proves", () => {
  const pricing: LpPricing = { bound: 10.2, reducedCosts: Float64Array.from([0, 0.5, 3, -2]), integral: true };
  const fractional: LpPricing = { ...pricing, integral: false };

  it("rounds the LP bound up only when every cost is whole", () => {
    expect(lowerBoundOf(pricing)).toBe(11);
    expect(lowerBoundOf(fractional)).toBeCloseTo(10.2, 6);
    expect(lowerBoundOf({ ...pricing, bound: 11 + 1e-12 })).toBe(11);
  });

  it("bounds a solution using a left-out column by the least reduced cost left out (at least 0)", () => {
    const kept = (columns: number[]) => (column: number) => columns.includes(column);
    expect(boundOutside(pricing, kept([0, 1, 2, 3]))).toBe(Infinity);
    expect(boundOutside(pricing, kept([0, 1, 3]))).toBe(14); // 10.2 + 3, rounded up
    expect(boundOutside(fractional, kept([0, 3]))).toBeCloseTo(10.7, 6);
    expect(boundOutside(pricing, kept([0, 1, 2]))).toBe(11); // column 3's -2 counts as 0
  });

  it("keeps, within the gap to an incumbent, every column of a solution costing no more", () => {
    const threshold = thresholdFor(pricing, 13);
    expect(threshold).toBeGreaterThanOrEqual(13 - 10.2);
    expect(threshold).toBeLessThan(3);
    // Leaving out only columns above it, whatever is left out costs more than the incumbent.
    expect(boundOutside(pricing, (column) => pricing.reducedCosts[column]! <= threshold)).toBe(14);
  });
});
