import type { PricedModel } from "./lp-pricing.js";

type HighsRuntime = Awaited<ReturnType<typeof import("highs").default>>;

let highsRuntime: Promise<HighsRuntime> | undefined;

/** HiGHS' runtime, instantiated on the first solve and shared by later ones (each gets a fresh model). */
export function loadHighsOnce(): Promise<HighsRuntime> {
  highsRuntime ??= import("highs").then((module) => module.default());
  // A failed load is not cached, so a later call can try again.
  highsRuntime.catch(() => (highsRuntime = undefined));
  return highsRuntime;
}

/** HiGHS' model status codes (highs.constants.modelStatus) that the solve reads. */
export const HIGHS_STATUS = { optimal: 7, infeasible: 8, timeLimit: 13 } as const;

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
    solver.passModel({
      numCols: model.numCols,
      numRows: model.numRows,
      colCost: model.colCost,
      colLower: new Float64Array(model.numCols),
      colUpper: new Float64Array(model.numCols).fill(1),
      rowLower: model.rowLower.map((bound) => (bound === -Infinity ? -highs.infinity : bound)),
      rowUpper: model.rowUpper.map((bound) => (bound === Infinity ? highs.infinity : bound)),
      matrix: {
        format: "csc",
        numRows: model.numRows,
        numCols: model.numCols,
        starts: model.starts,
        indices: model.indices,
        values: model.values,
      },
      // Without integrality every column is continuous: the LP relaxation.
      ...(!options.relax && { integrality: new Int32Array(model.numCols).fill(1) }),
    });
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
