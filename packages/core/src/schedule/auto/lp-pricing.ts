import type { CompactModel } from "./compact-model.js";

/**
 * What the duals of a 0/1 model's LP relaxation prove about its integer solutions. For any
 * row duals `y` (signs matching the rows' finite sides) and reduced costs `d = c - Aᵀy`, every
 * 0/1 solution `x` satisfies `c·x >= bound + Σ_{d_j > 0} d_j x_j + Σ_{d_j < 0} |d_j| (1 - x_j)`,
 * where `bound` is the Lagrangian bound of `y`. So a column whose reduced cost is above the
 * gap between an incumbent and the bound cannot be in a better solution, and a MIP over the
 * other columns is still exact. The bound and reduced costs are computed here from `y`, not
 * read from the solver, so they hold whatever the LP solver's tolerances were.
 */
export interface LpPricing {
  /** No 0/1 solution costs less (the Lagrangian bound of the duals: the LP optimum at the LP's optimal duals). */
  readonly bound: number;
  /** `d_j`, by column: a solution with column `j` at 1 costs at least `bound + d_j` (when `d_j > 0`). */
  readonly reducedCosts: Float64Array;
  /** Every cost is a whole number, so every 0/1 solution's objective is too (bounds round up). */
  readonly integral: boolean;
}

/** The model's rows and costs: what pricing reads. */
export type PricedModel = Pick<
  CompactModel,
  "numCols" | "numRows" | "colCost" | "rowLower" | "rowUpper" | "starts" | "indices" | "values"
>;

/**
 * Prices a 0/1 model's columns with row duals (HiGHS' `rowDual` of its LP relaxation). A
 * dual whose sign asks for a row side that is open (numerical noise) is taken as 0, which
 * keeps the bound valid for any duals given.
 */
export function priceColumns(model: PricedModel, rowDual: ArrayLike<number>): LpPricing {
  const duals = new Float64Array(model.numRows);
  let bound = 0;
  for (let row = 0; row < model.numRows; row++) {
    const dual = rowDual[row] ?? 0;
    // A minimisation's dual is >= 0 on a row held at its lower side, <= 0 at its upper side.
    const side = dual > 0 ? model.rowLower[row]! : dual < 0 ? model.rowUpper[row]! : 0;
    if (!Number.isFinite(side)) continue;
    duals[row] = dual;
    bound += dual * side;
  }
  const reducedCosts = new Float64Array(model.numCols);
  let integral = true;
  for (let column = 0; column < model.numCols; column++) {
    let reduced = model.colCost[column]!;
    integral &&= Number.isInteger(reduced);
    for (let k = model.starts[column]!; k < model.starts[column + 1]!; k++)
      reduced -= duals[model.indices[k]!]! * model.values[k]!;
    reducedCosts[column] = reduced;
    // A column of negative reduced cost lowers the bound by it (at its upper bound 1).
    if (reduced < 0) bound += reduced;
  }
  return { bound, reducedCosts, integral };
}

/** Room for rounding in the sums of {@link priceColumns}: bounds are lowered by it before rounding up. */
const roundingSlack = (pricing: LpPricing, threshold: number) => 1e-9 * (1 + Math.abs(pricing.bound) + threshold);

/** The least any 0/1 solution can cost: the LP bound, rounded up when the objective is integral. */
export function lowerBoundOf(pricing: LpPricing): number {
  const least = pricing.bound - roundingSlack(pricing, 0);
  return pricing.integral ? Math.ceil(least) : least;
}

/**
 * The least a 0/1 solution can cost that uses a column `keep` leaves out: the LP bound plus
 * the least reduced cost (at least 0) among those columns, rounded up when the objective is
 * integral; `Infinity` when `keep` keeps every column. A MIP over the kept columns whose
 * optimum is at most this is optimal for the whole model.
 */
export function boundOutside(pricing: LpPricing, keep: (column: number) => boolean): number {
  let least = Infinity;
  pricing.reducedCosts.forEach((reduced, column) => {
    if (!keep(column)) least = Math.min(least, Math.max(0, reduced));
  });
  if (least === Infinity) return Infinity;
  const value = pricing.bound + least - roundingSlack(pricing, least);
  return pricing.integral ? Math.ceil(value) : value;
}

/**
 * The threshold that keeps every column of every solution costing at most `incumbent`
 * (the incumbent's own among them), so that a MIP over those columns finds the optimum.
 */
export function thresholdFor(pricing: LpPricing, incumbent: number): number {
  return incumbent - pricing.bound + 1e-6 * (1 + Math.abs(incumbent));
}

/**
 * The columns `kept` (1 where kept) and those of reduced cost up to `threshold`: the next
 * round's columns; undefined (every column) when that adds none.
 */
export function widened(kept: Uint8Array, pricing: LpPricing, threshold: number): Uint8Array | undefined {
  const next = Uint8Array.from(kept);
  let added = 0;
  pricing.reducedCosts.forEach((reduced, column) => {
    if (next[column] === 0 && reduced <= threshold) [next[column], added] = [1, added + 1];
  });
  return added > 0 ? next : undefined;
}
