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
  it.each([
    ["N2OR", 2],
    ["GECCO20", 6298],
  ] as const)("%s scores the full objective %d", async (name, full) => {
    expect((await storedSolution(name)).result.full).toBe(full);
  });

  // GECCO21's "best full 11,130" is the stored solution's exact-model objective, not its full
  // one: on the published data it scores 11,280 = 11,130 + similar tracks 80 (4 pairs x 20) +
  // consecutive tracks 70 (7 tracks x 10), the two terms the exact model does not minimise.
  // The stored workbook's own `violations` sheet (read by hand) lists the same 4 similar pairs
  // (at 1 each: the data of that time) and the same 7 broken tracks (ACOSI, CS, ECOM, ENUM,
  // GECH, RWA, Theory), and its printed total 11,204 = 11,130 + 70 + 4. No modelling error.
  it("GECCO21's stored solution scores 11,280 full: 11,130 plus similar and consecutive tracks", async () => {
    const { instance, result } = await storedSolution("GECCO21");
    expect(result.full).toBe(11280);
    expect(result.exact).toBe(11130);
    expect([result.raw.similarTracks, result.raw.consecutiveTracks]).toEqual([80, 7]);
    expect([instance.weights.similarTracks, instance.weights.consecutiveTracks]).toEqual([1, 10]);
  });
});
