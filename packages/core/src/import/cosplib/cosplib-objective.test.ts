import { describe, expect, it } from "vitest";
import { cosplibFixture, readCosplibFixture, readWorkbookSheets } from "../../../test/cosplib-workbook.js";
import { evaluateCosplib, readStoredSolution } from "../../../test/cosplib-objective.js";

async function storedSolution(name: string) {
  const instance = await readCosplibFixture(name);
  const placements = readStoredSolution(instance, await readWorkbookSheets(cosplibFixture(`${name}Solution.xlsx`)));
  return { instance, placements, result: evaluateCosplib(instance, placements) };
}

describe("the independent CoSPLib evaluator on the stored Gurobi solutions", () => {
  // FORMAT.md: exact-model optima N2OR 0, GECCO20 6,110, GECCO21 11,130.
  it.each([
    ["N2OR", 0],
    ["GECCO20", 6110],
    ["GECCO21", 11130],
  ] as const)("%s reaches the exact-model optimum %d with every submission placed once", async (name, exact) => {
    const { instance, placements, result } = await storedSolution(name);
    expect(placements).toHaveLength(instance.submissions.length);
    expect(result.exact).toBe(exact);
  });

  // FORMAT.md: full objectives of the stored solutions N2OR 2, GECCO20 6,298 (GECCO20 has every
  // term family active: similar tracks, consecutive tracks, order, session penalties).
  // GECCO21's documented 11,130 is not asserted: this evaluator finds 150 more (similar tracks
  // and consecutive tracks, whose definitions GECCO20 confirms); see the session report.
  it.each([
    ["N2OR", 2],
    ["GECCO20", 6298],
  ] as const)("%s scores the full objective %d", async (name, full) => {
    expect((await storedSolution(name)).result.full).toBe(full);
  });
});
