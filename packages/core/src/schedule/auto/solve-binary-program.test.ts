import { describe, expect, it } from "vitest";
import type { BinaryProgram, SolveProgress } from "./run-highs.js";
import { checkProgramSchedule } from "./check-program-schedule.test-kit.js";
import { scheduleProgram } from "./schedule-program.js";
import { solveBinaryProgram } from "./solve-binary-program.js";
import { hardProgram } from "./worker/hard-program.test-kit.js";

/**
 * A seeded random assignment-like binary program: `items` rows "exactly one of its columns",
 * capacity rows over random columns, and costs whose LP relaxation is often fractional, so
 * the LP optimum's columns alone are often not enough (the widening rounds are exercised).
 */
function randomProgram(seed: number, items = 4, perItem = 3): BinaryProgram {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const numCols = items * perItem;
  const rows: { columns: number[]; values: number[]; lower: number; upper: number }[] = [];
  for (let i = 0; i < items; i++)
    rows.push({ columns: Array.from({ length: perItem }, (_, k) => i * perItem + k), values: [], lower: 1, upper: 1 });
  for (let r = 0; r < 3; r++) {
    const columns = Array.from({ length: numCols }, (_, c) => c).filter(() => random() < 0.4);
    rows.push({
      columns,
      values: columns.map(() => 1 + Math.floor(random() * 2)),
      lower: 0,
      upper: 1 + Math.floor(random() * 2),
    });
  }
  const byColumn: [number, number][][] = Array.from({ length: numCols }, () => []);
  rows.forEach((row, r) => row.columns.forEach((c, k) => byColumn[c]!.push([r, row.values[k] ?? 1])));
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const entries of byColumn) {
    for (const [r, v] of entries) {
      indices.push(r);
      values.push(v);
    }
    starts.push(indices.length);
  }
  return {
    numCols,
    numRows: rows.length,
    colCost: Float64Array.from({ length: numCols }, () => Math.floor(random() * 10)),
    rowLower: Float64Array.from(rows, (row) => row.lower),
    rowUpper: Float64Array.from(rows, (row) => row.upper),
    starts: Int32Array.from(starts),
    indices: Int32Array.from(indices),
    values: Float64Array.from(values),
  };
}

/** The optimum by trying every 0/1 vector (`Infinity` when none is feasible): independent of HiGHS. */
function bruteForce(model: BinaryProgram): number {
  let best = Infinity;
  for (let mask = 0; mask < 2 ** model.numCols; mask++) {
    const activity = new Float64Array(model.numRows);
    let cost = 0;
    for (let c = 0; c < model.numCols; c++) {
      if (!(mask & (1 << c))) continue;
      cost += model.colCost[c]!;
      for (let k = model.starts[c]!; k < model.starts[c + 1]!; k++) activity[model.indices[k]!]! += model.values[k]!;
    }
    const feasible = activity.every((a, r) => a >= model.rowLower[r]! && a <= model.rowUpper[r]!);
    if (feasible) best = Math.min(best, cost);
  }
  return best;
}

describe("solveBinaryProgram", () => {
  it("finds the brute-force optimum of random programs, priced or not, and proves infeasibility", async () => {
    let infeasible = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const model = randomProgram(seed);
      const optimum = bruteForce(model);
      for (const pricing of [true, false]) {
        const solved = await solveBinaryProgram(model, { pricing });
        if (optimum === Infinity) {
          expect(solved.status, `seed ${seed}`).toBe("infeasible");
          expect(solved.values).toHaveLength(0);
          continue;
        }
        expect(solved.status, `seed ${seed} pricing ${pricing}`).toBe("optimal");
        expect(solved.objective, `seed ${seed}`).toBeCloseTo(optimum, 6);
        expect(solved.bound).toBeCloseTo(optimum, 6);
        // The values are over every column of the model, and cost what the objective says.
        expect(solved.values).toHaveLength(model.numCols);
        const cost = model.colCost.reduce((sum, c, column) => sum + c * Math.round(solved.values[column]!), 0);
        expect(cost).toBeCloseTo(optimum, 6);
      }
      if (optimum === Infinity) infeasible++;
    }
    // The generator makes both kinds, so both branches above ran.
    expect(infeasible).toBeGreaterThan(0);
    expect(infeasible).toBeLessThan(40);
  });
});

describe("scheduleProgram with pricing", () => {
  it("proves the same optimum as the whole model, every rule kept, and reports only proven bounds", async () => {
    const program = hardProgram(60, 5, 13);
    const progress: SolveProgress[] = [];
    const priced = await scheduleProgram(program, { onProgress: (figures) => progress.push(figures) });
    const whole = await scheduleProgram(program, { pricing: false });
    expect(priced.status).toBe("optimal");
    expect(whole.status).toBe("optimal");
    expect(priced.objective).toBe(whole.objective);
    expect(priced.bound).toBe(priced.objective);
    const check = checkProgramSchedule(priced.program!);
    expect(check.broken).toEqual([]);
    expect(check.overflow).toBe(priced.rules.overflow);
    // No figure claims more than is true of the whole model.
    for (const figures of progress) {
      expect(figures.bound).toBeLessThanOrEqual(priced.objective + 1e-6);
      expect(figures.incumbent).toBeGreaterThanOrEqual(priced.objective - 1e-6);
    }
  });

  it("stops at the time limit with no claim of optimality", async () => {
    const result = await scheduleProgram(hardProgram(), { timeLimitSeconds: 0.05 });
    expect(["time-limit", "feasible"]).toContain(result.status);
    if (result.program) expect(result.objective).toBeGreaterThanOrEqual(result.bound);
    expect(result.seconds).toBeLessThan(5);
  });
});
