import { HIGHS_STATUS, highsModelOf, loadHighsOnce } from "./highs-runtime.js";
import type { PricedModel } from "./lp-pricing.js";

export { HIGHS_STATUS, loadHighsOnce } from "./highs-runtime.js";

/** How one run of HiGHS on a 0/1 model ended. */
export interface CompactModelRun {
  /** HiGHS' model status code (see {@link HIGHS_STATUS}). */
  readonly modelStatus: number;
  /** Column values, present when a (feasible) solution was found. */
  readonly values?: Float64Array;
  /** The solution's objective; `NaN` without one. */
  readonly objective: number;
  /** The proven lower bound of this run (a MIP's dual bound; an LP's optimum). */
  readonly bound: number;
  /** Row duals of an LP relaxation solved to optimality. */
  readonly rowDual?: Float64Array;
}

/** Options of {@link runCompactModel}. */
export interface CompactModelRunOptions {
  /** Solve the LP relaxation (columns continuous in [0, 1]) instead of the 0/1 model. */
  readonly relax?: boolean;
  readonly timeLimitSeconds?: number;
  /** Columns of a known 0/1 solution, at 1 (the others at 0), given to HiGHS as a start. */
  readonly start?: readonly number[];
}

/** Runs HiGHS once on a 0/1 model (compact or program): to a proven optimum, or its LP relaxation. */
export async function runCompactModel(
  model: PricedModel,
  options: CompactModelRunOptions = {},
): Promise<CompactModelRun> {
  const highs = await loadHighsOnce();
  return highs.withModel((solver) => {
    solver.options.set({ output_flag: false, mip_rel_gap: 0 });
    if (options.timeLimitSeconds !== undefined) solver.options.set("time_limit", options.timeLimitSeconds);
    solver.passModel(highsModelOf(highs, model, options.relax));
    if (options.start && options.start.length > 0) {
      // Dense, every other column at 0: a sparse start would have HiGHS complete it first.
      const colValue = new Float64Array(model.numCols);
      for (const column of options.start) colValue[column] = 1;
      solver.setSolution({ colValue });
    }
    const { modelStatus } = solver.run();
    const hasSolution = modelStatus === HIGHS_STATUS.optimal || solver.info.get("primal_solution_status") === 2;
    const solution = hasSolution || options.relax ? solver.getSolution() : undefined;
    const objective = hasSolution ? solver.getObjectiveValue() : Number.NaN;
    const lpOptimal = options.relax && modelStatus === HIGHS_STATUS.optimal;
    return {
      modelStatus,
      ...(hasSolution && solution && { values: solution.colValue }),
      objective,
      bound: options.relax ? (lpOptimal ? objective : -Infinity) : Number(solver.info.get("mip_dual_bound")),
      ...(lpOptimal && solver.info.get("dual_solution_status") === 2 && solution && { rowDual: solution.rowDual }),
    };
  });
}
