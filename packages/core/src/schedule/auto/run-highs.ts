import { highsModelOf, loadHighsOnce, type SparseZeroOneModel } from "./highs-runtime.js";
import type { SolveStatus } from "./solve-slot-instance.js";

/** A binary program as sparse columns (CSC): the shape every model passed to HiGHS has. */
export type BinaryProgram = SparseZeroOneModel;

/** The solver's figures while it runs: best schedule's objective, proven bound, relative gap. */
export interface SolveProgress {
  /** Objective of the best solution found so far; `Infinity` before the first. */
  readonly incumbent: number;
  readonly bound: number;
  readonly gap: number;
  /** Solver seconds since the solve began. */
  readonly elapsed: number;
}

/** Hooks {@link runHighs} calls synchronously from HiGHS' MIP callbacks. */
export interface SolveHooks {
  readonly onProgress?: (progress: SolveProgress) => void;
  /** Each new best solution, as column values (a detached copy). */
  readonly onImprovingSolution?: (values: Float64Array) => void;
}

/** What HiGHS found for a {@link BinaryProgram}. */
export interface BinaryProgramResult {
  readonly status: SolveStatus;
  /** Column values (0/1), empty without a solution. */
  readonly values: ArrayLike<number>;
  readonly objective: number;
  readonly bound: number;
  readonly gap: number;
  /** HiGHS' model status code (7 optimal, 8 infeasible: proofs; others are not), when HiGHS ran. */
  readonly modelStatus?: number;
}

// HiGHS' model status codes (highs.constants.modelStatus): optimal 7, infeasible 8, time limit 13.
const statusByCode: Readonly<Record<number, SolveStatus>> = { 7: "optimal", 8: "infeasible", 13: "time-limit" };

/** Known values of some columns (sparse), for HiGHS to complete into a first solution. */
export interface PartialSolution {
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

/**
 * Solves a binary program with HiGHS to a proven optimum, or until `timeLimitSeconds`;
 * from `start` when given (a schedule known to be good, so the search begins below it).
 */
export async function runHighs(
  model: BinaryProgram,
  timeLimitSeconds?: number,
  hooks: SolveHooks = {},
  start?: PartialSolution,
): Promise<BinaryProgramResult> {
  const highs = await loadHighsOnce();
  return highs.withModel((solver) => {
    solver.options.set({ output_flag: false, mip_rel_gap: 0 });
    if (timeLimitSeconds !== undefined) solver.options.set("time_limit", timeLimitSeconds);
    solver.passModel(highsModelOf(highs, model));
    if (start) solver.setSolution(start);
    const progressOf = (data: import("highs").CallbackData): SolveProgress => ({
      incumbent: Number(data.mip_primal_bound ?? Infinity),
      bound: Number(data.mip_dual_bound ?? -Infinity),
      gap: Number(data.mip_gap ?? Infinity),
      elapsed: Number(data.running_time ?? 0),
    });
    // HiGHS 1.15 exposes MIP callbacks: type 5 (mipLogging) carries the figures, type 4 each new incumbent.
    const { modelStatus } = solver.run({
      ...(hooks.onProgress && { 5: (event) => void hooks.onProgress!(progressOf(event.data)) }),
      ...((hooks.onImprovingSolution || hooks.onProgress) && {
        4: (event) => {
          hooks.onProgress?.(progressOf(event.data));
          if (event.data.mip_solution) hooks.onImprovingSolution?.(event.data.mip_solution);
          return undefined;
        },
      }),
    });
    const hasSolution = modelStatus === 7 || solver.info.get("primal_solution_status") === 2;
    const objective = hasSolution ? solver.getObjectiveValue() : Number.NaN;
    const bound = Number(solver.info.get("mip_dual_bound"));
    const difference = Math.max(0, objective - bound);
    return {
      status: statusByCode[modelStatus] ?? (hasSolution ? "feasible" : "infeasible"),
      values: hasSolution ? solver.getSolution().colValue : [],
      objective,
      bound,
      gap: !hasSolution ? Infinity : difference === 0 ? 0 : difference / Math.max(Math.abs(objective), 1e-9),
      modelStatus,
    };
  });
}
