import { buildCompactModel, type CompactModel } from "./compact-model.js";
import type { SlotAssignment, SlotInstance } from "./slot-instance.js";

/** How a solve ended, in the words of the CLI's `--json`. */
export type SolveStatus = "optimal" | "feasible" | "infeasible" | "time-limit";

/** Options of {@link solveSlotInstance}. */
export interface SolveSlotOptions {
  /** Seconds HiGHS may run; no limit when left out. */
  readonly timeLimitSeconds?: number;
}

/** The outcome of a solve, with the solver's figures. */
export interface SlotSolution {
  readonly status: SolveStatus;
  /** One entry per item (by index); empty when no schedule was found. */
  readonly assignments: readonly SlotAssignment[];
  /** The model's objective of the schedule found (total overflow); `NaN` without one. */
  readonly objective: number;
  /** The best proven lower bound. */
  readonly bound: number;
  /** Relative gap between objective and bound (0 when optimal). */
  readonly gap: number;
  /** Wall-clock seconds of building and solving (not loading HiGHS), and the model's size. */
  readonly seconds: number;
  readonly rows: number;
  readonly columns: number;
}

// HiGHS' model status codes (highs.constants.modelStatus): optimal 7, infeasible 8, time limit 13.
const modelStatusOptimal = 7;
const modelStatusInfeasible = 8;
const modelStatusTimeLimit = 13;

type HighsRuntime = Awaited<ReturnType<typeof import("highs").default>>;

let highsRuntime: Promise<HighsRuntime> | undefined;

/** HiGHS' runtime, instantiated on the first solve and shared by later ones (each gets a fresh model). */
function loadHighsOnce(): Promise<HighsRuntime> {
  highsRuntime ??= import("highs").then((module) => module.default());
  // A failed load is not cached, so a later call can try again.
  highsRuntime.catch(() => (highsRuntime = undefined));
  return highsRuntime;
}

/**
 * Solves an instance with HiGHS (WebAssembly), loaded on first use by a dynamic import so
 * that nothing of it reaches a bundle that does not schedule. The model goes in as sparse
 * columns: parsing LP text was a quarter of the solve time on a medium instance.
 */
export async function solveSlotInstance(instance: SlotInstance, options: SolveSlotOptions = {}): Promise<SlotSolution> {
  const highs = await loadHighsOnce();
  // Timed from here: loading the wasm once per process is not the solve's cost.
  const began = Date.now();
  const model = buildCompactModel(instance);
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
      rowUpper: model.rowUpper,
      matrix: {
        format: "csc",
        numRows: model.numRows,
        numCols: model.numCols,
        starts: model.starts,
        indices: model.indices,
        values: model.values,
      },
      integrality: new Int32Array(model.numCols).fill(1),
    });
    const { modelStatus } = solver.run();
    const hasSolution = modelStatus === modelStatusOptimal || solver.info.get("primal_solution_status") === 2;
    const assignments = hasSolution ? assignRooms(instance, model, solver.getSolution().colValue) : [];
    const objective = hasSolution ? solver.getObjectiveValue() : Number.NaN;
    const bound = Number(solver.info.get("mip_dual_bound"));
    return {
      status: statusOf(modelStatus, hasSolution),
      assignments,
      objective,
      bound,
      gap: hasSolution ? relativeGap(objective, bound) : Number.POSITIVE_INFINITY,
      seconds: (Date.now() - began) / 1000,
      rows: model.numRows,
      columns: model.numCols,
    };
  });
}

function statusOf(modelStatus: number, hasSolution: boolean): SolveStatus {
  if (modelStatus === modelStatusOptimal) return "optimal";
  if (modelStatus === modelStatusInfeasible) return "infeasible";
  if (modelStatus === modelStatusTimeLimit) return "time-limit";
  return hasSolution ? "feasible" : "infeasible";
}

function relativeGap(objective: number, bound: number): number {
  const difference = Math.max(0, objective - bound);
  return difference === 0 ? 0 : difference / Math.max(Math.abs(objective), 1e-9);
}

/** Rooms of a class are interchangeable, so the chosen items of a class and period take its rooms in order. */
function assignRooms(instance: SlotInstance, model: CompactModel, values: ArrayLike<number>): SlotAssignment[] {
  const assignments: SlotAssignment[] = new Array(instance.items.length);
  const used = new Map<number, number>();
  for (let column = 0; column < model.numCols; column++) {
    if (values[column]! < 0.5) continue;
    const period = model.columnPeriod[column]!;
    const cls = model.columnClass[column]!;
    const key = period * model.classes.length + cls;
    const taken = used.get(key) ?? 0;
    used.set(key, taken + 1);
    assignments[model.columnItem[column]!] = { period, room: model.classes[cls]!.rooms[taken]! };
  }
  return assignments;
}
