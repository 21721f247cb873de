import { boundOutside, lowerBoundOf, priceColumns, thresholdFor, widened } from "./lp-pricing.js";
import { HIGHS_STATUS, runCompactModel } from "./run-compact-model.js";
import { restrictColumns } from "./restrict-columns.js";
import { runHighs, type BinaryProgram, type BinaryProgramResult, type SolveHooks } from "./run-highs.js";

/** Options of {@link solveBinaryProgram}. */
export interface SolveBinaryProgramOptions {
  /** Seconds the whole solve may run (the LP and every MIP); no limit when left out. */
  readonly timeLimitSeconds?: number;
  /** Price the columns by the LP relaxation first (the default); `false` solves the whole model at once. */
  readonly pricing?: boolean;
  readonly hooks?: SolveHooks;
}

/** Reduced costs up to this are zero (HiGHS' dual feasibility tolerance is 1e-7). */
const zeroReducedCost = 1e-6;

/** The best solution so far: its objective and its values over every column of the model. */
interface Incumbent {
  readonly objective: number;
  readonly values: Float64Array;
}

/**
 * Solves a binary program exactly, with the LP pricing of `solveSlotInstance` (lp-pricing.ts):
 * the LP relaxation first, then MIPs over the columns the LP optimum uses, widened by reduced
 * cost until a MIP's optimum is at most what any column left out allows. Every column of a
 * {@link BinaryProgram} is 0/1 (there are no slack or continuous columns, which pricing would
 * have to keep), so a column of reduced cost above the gap cannot be in a better solution.
 * Progress reports only what is proven for the whole model, never a restricted MIP's own bound.
 */
export async function solveBinaryProgram(
  model: BinaryProgram,
  options: SolveBinaryProgramOptions = {},
): Promise<BinaryProgramResult> {
  const began = Date.now();
  const hooks = options.hooks ?? {};
  const remaining = () =>
    options.timeLimitSeconds === undefined
      ? undefined
      : Math.max(0, options.timeLimitSeconds - (Date.now() - began) / 1000);
  if (options.pricing === false) return runHighs(model, options.timeLimitSeconds, hooks);
  // At most half the time limit for the LP: when it is slow (a degenerate LP over every
  // column), the whole MIP still gets the other half to find a schedule to return.
  const lpLimit = options.timeLimitSeconds === undefined ? undefined : options.timeLimitSeconds / 2;
  const lp = await runCompactModel(model, { relax: true, timeLimitSeconds: lpLimit });
  // No fractional solution at all: no 0/1 solution, proven.
  if (lp.modelStatus === HIGHS_STATUS.infeasible)
    return { status: "infeasible", values: [], objective: Number.NaN, bound: Infinity, gap: Infinity };
  // No optimal duals (time limit, numerical trouble): nothing to price with, so the whole model.
  if (!lp.rowDual || !lp.values) return runHighs(model, remaining(), hooks);
  const pricing = priceColumns(model, lp.rowDual);
  let kept: Uint8Array | undefined = Uint8Array.from(lp.values, (value) => (value > 1e-9 ? 1 : 0));
  let bound = lowerBoundOf(pricing);
  let incumbent: Incumbent | undefined;
  for (;;) {
    const keep = kept && ((column: number) => kept![column] === 1);
    const outside = keep ? boundOutside(pricing, keep) : Infinity;
    const restricted = keep ? restrictColumns(model, keep) : { model, origin: undefined };
    const expand = (values: ArrayLike<number>) => expandValues(values, restricted.origin, model.numCols);
    const start = incumbent && startIn(incumbent.values, restricted.origin);
    const run = await runHighs(restricted.model, remaining(), roundHooks(hooks, outside, expand), start);
    if (run.values.length > 0 && !(incumbent && incumbent.objective <= run.objective))
      incumbent = { objective: run.objective, values: expand(run.values) };
    const proven = run.modelStatus === HIGHS_STATUS.optimal || run.modelStatus === HIGHS_STATUS.infeasible;
    if (!proven) {
      // Stopped early: the MIP's own bound holds over its columns only.
      const inside = Number.isFinite(run.bound) ? run.bound : -Infinity;
      bound = Math.max(bound, Math.min(inside, outside));
      return resultOf(incumbent, bound, incumbent && run.status === "infeasible" ? "feasible" : run.status);
    }
    // Solved over its columns: none of them does better than its optimum (none fits when infeasible).
    const inside = run.modelStatus === HIGHS_STATUS.optimal ? run.objective : Infinity;
    bound = Math.max(bound, Math.min(inside, outside));
    if (inside <= outside + 1e-9)
      return inside === Infinity
        ? { status: "infeasible", values: [], objective: Number.NaN, bound: Infinity, gap: Infinity }
        : resultOf(incumbent, incumbent!.objective, "optimal");
    if (remaining() === 0) return resultOf(incumbent, bound, "time-limit");
    kept = widened(kept!, pricing, incumbent ? thresholdFor(pricing, incumbent.objective) : zeroReducedCost);
  }

  /** A restricted MIP's figures as the whole model's: its bound only where no left-out column does better. */
  function roundHooks(hooks: SolveHooks, outside: number, expand: (values: ArrayLike<number>) => Float64Array) {
    return {
      ...(hooks.onProgress && {
        onProgress: (progress: { incumbent: number; bound: number }) => {
          const best = Math.min(progress.incumbent, incumbent?.objective ?? Infinity);
          const proven = Math.max(bound, Math.min(progress.bound, outside));
          hooks.onProgress!({
            incumbent: best,
            bound: proven,
            gap: best === Infinity ? Infinity : relativeGap(best, proven),
            elapsed: (Date.now() - began) / 1000,
          });
        },
      }),
      ...(hooks.onImprovingSolution && {
        onImprovingSolution: (values: Float64Array) => hooks.onImprovingSolution!(expand(values)),
      }),
    } satisfies SolveHooks;
  }
}

function resultOf(incumbent: Incumbent | undefined, bound: number, status: BinaryProgramResult["status"]) {
  if (!incumbent) return { status, values: [], objective: Number.NaN, bound, gap: Infinity };
  return {
    status,
    values: incumbent.values,
    objective: incumbent.objective,
    bound,
    gap: relativeGap(incumbent.objective, bound),
  };
}

function relativeGap(objective: number, bound: number): number {
  const difference = Math.max(0, objective - bound);
  return difference === 0 ? 0 : difference / Math.max(Math.abs(objective), 1e-9);
}

/** A restricted MIP's values over every column (those left out at 0). */
function expandValues(values: ArrayLike<number>, origin: Int32Array | undefined, numCols: number): Float64Array {
  if (!origin) return Float64Array.from(values);
  const full = new Float64Array(numCols);
  origin.forEach((column, k) => (full[column] = values[k]!));
  return full;
}

/** The incumbent as a dense start over the restricted columns (each round keeps every column of it). */
function startIn(values: Float64Array, origin: Int32Array | undefined) {
  const columns = origin ?? Int32Array.from(values, (_, column) => column);
  return { indices: Int32Array.from(columns, (_, k) => k), values: Float64Array.from(columns, (c) => values[c]!) };
}
