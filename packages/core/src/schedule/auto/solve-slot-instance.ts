import { buildCompactModel, restrictCompactColumns, type CompactModel } from "./compact-model.js";
import { boundOutside, lowerBoundOf, priceColumns, thresholdFor, widened, type LpPricing } from "./lp-pricing.js";
import { HIGHS_STATUS, loadHighsOnce, runCompactModel } from "./run-compact-model.js";
import type { SlotAssignment, SlotInstance } from "./slot-instance.js";

/** How a solve ended, in the words of the CLI's `--json`. */
export type SolveStatus = "optimal" | "feasible" | "infeasible" | "time-limit";

/** Options of {@link solveSlotInstance}. */
export interface SolveSlotOptions {
  /** Seconds the whole solve may run (the LP and every MIP); no limit when left out. */
  readonly timeLimitSeconds?: number;
  /**
   * Price the columns by the LP relaxation first (the default): the MIP is solved over the
   * columns of zero reduced cost, then, unless that is proven optimal, over those whose
   * reduced cost is within the gap to its incumbent. `false` solves the whole model at once.
   */
  readonly pricing?: boolean;
}

/** Which columns a MIP of a solve kept (see {@link SolveSlotOptions.pricing}). */
export const SOLVE_ROUND_KINDS = ["lp-solution", "reduced-cost", "all"] as const;

/** One of {@link SOLVE_ROUND_KINDS}. */
export type SolveRoundKind = (typeof SOLVE_ROUND_KINDS)[number];

/** One MIP of a solve, over some of the model's columns. */
export interface SolveRound {
  /**
   * `lp-solution`: the columns the LP optimum uses; `reduced-cost`: also those whose reduced
   * cost is at most `threshold`; `all`: every column (no pricing, or nothing left to price).
   */
  readonly kept: SolveRoundKind;
  /** The most reduced cost kept: `-Infinity` for `lp-solution`, `Infinity` for `all`. */
  readonly threshold: number;
  /** Columns of this MIP. */
  readonly columns: number;
  /** How this MIP ended, over its columns only. */
  readonly status: SolveStatus;
  /** Its best objective; `NaN` without a solution. */
  readonly objective: number;
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
  /** The LP relaxation's bound (`NaN` when not priced), and each MIP solved, in order. */
  readonly lpBound: number;
  readonly rounds: readonly SolveRound[];
}

/** Reduced costs up to this are zero (HiGHS' dual feasibility tolerance is 1e-7). */
const zeroReducedCost = 1e-6;

/** The best schedule found so far: its objective, rooms, and the model's columns at 1. */
interface Incumbent {
  readonly objective: number;
  readonly assignments: SlotAssignment[];
  readonly columns: number[];
}

/**
 * Solves an instance with HiGHS (WebAssembly), loaded on first use by a dynamic import so
 * that nothing of it reaches a bundle that does not schedule. The model goes in as sparse
 * columns: parsing LP text was a quarter of the solve time on a medium instance. With pricing
 * (the default) the LP relaxation comes first, and each MIP is over the columns that can be in
 * a better schedule (see {@link SolveSlotOptions.pricing}): the proof stays exact, since a
 * column whose reduced cost is above the gap cannot be in a better solution (lp-pricing.ts).
 */
export async function solveSlotInstance(instance: SlotInstance, options: SolveSlotOptions = {}): Promise<SlotSolution> {
  await loadHighsOnce();
  // Timed from here: loading the wasm once per process is not the solve's cost.
  const began = Date.now();
  const model = buildCompactModel(instance);
  const remaining = () =>
    options.timeLimitSeconds === undefined
      ? undefined
      : Math.max(0, options.timeLimitSeconds - (Date.now() - began) / 1000);
  const figures = { rows: model.numRows, columns: model.numCols };
  let relaxation: Relaxation | undefined;
  if (options.pricing !== false) {
    const lp = await runCompactModel(model, { relax: true, timeLimitSeconds: remaining() });
    // No fractional schedule at all: no schedule, proven.
    if (lp.modelStatus === HIGHS_STATUS.infeasible)
      return { ...noSchedule("infeasible", Infinity), ...figures, seconds: (Date.now() - began) / 1000 };
    if (lp.rowDual && lp.values)
      relaxation = {
        pricing: priceColumns(model, lp.rowDual),
        used: Uint8Array.from(lp.values, (value) => (value > 1e-9 ? 1 : 0)),
      };
  }
  const search = await searchRounds(instance, model, relaxation, remaining);
  const { incumbent, bound, status } = search;
  return {
    status,
    assignments: incumbent?.assignments ?? [],
    objective: incumbent?.objective ?? Number.NaN,
    bound,
    gap: incumbent ? relativeGap(incumbent.objective, bound) : Number.POSITIVE_INFINITY,
    seconds: (Date.now() - began) / 1000,
    ...figures,
    lpBound: relaxation?.pricing.bound ?? Number.NaN,
    rounds: search.rounds,
  };
}

const noSchedule = (status: SolveStatus, bound: number) => ({
  status,
  assignments: [],
  objective: Number.NaN,
  bound,
  gap: Number.POSITIVE_INFINITY,
  lpBound: Number.NaN,
  rounds: [],
});

/** What the LP relaxation gave: its duals' pricing, and the columns its optimum uses. */
interface Relaxation {
  readonly pricing: LpPricing;
  readonly used: Uint8Array;
}

/**
 * MIPs over growing sets of columns until one is proven optimal for the whole model: first
 * the columns the LP optimum uses; then, if its optimum is above what any other column allows,
 * also those within the gap to the incumbent (those of zero reduced cost without one); at the
 * latest every column. `bound` is what the rounds proved: each solved MIP bounds its own
 * columns, {@link boundOutside} the others.
 */
async function searchRounds(
  instance: SlotInstance,
  model: CompactModel,
  relaxation: Relaxation | undefined,
  remaining: () => number | undefined,
): Promise<{ incumbent?: Incumbent; bound: number; status: SolveStatus; rounds: SolveRound[] }> {
  const rounds: SolveRound[] = [];
  let incumbent: Incumbent | undefined;
  let bound = relaxation ? lowerBoundOf(relaxation.pricing) : -Infinity;
  // Columns of the current MIP (1) and of none yet (0); undefined: every column.
  let kept: Uint8Array | undefined = relaxation?.used;
  let threshold = -Infinity;
  for (;;) {
    const keep = kept && ((column: number) => kept![column] === 1);
    const restricted = keep ? restrictCompactColumns(model, keep) : { model, origin: undefined };
    const start = incumbent && startIn(incumbent.columns, restricted.origin, model.numCols);
    const run = await runCompactModel(restricted.model, { timeLimitSeconds: remaining(), start });
    const status = statusOf(run.modelStatus, run.values !== undefined);
    const kind: SolveRoundKind = !kept ? "all" : threshold === -Infinity ? "lp-solution" : "reduced-cost";
    rounds.push({
      kept: kind,
      threshold: kind === "all" ? Infinity : threshold,
      columns: restricted.model.numCols,
      status,
      objective: run.objective,
    });
    if (run.values && !(incumbent && incumbent.objective <= run.objective))
      incumbent = incumbentOf(instance, restricted.model, restricted.origin, run.values, run.objective);
    const outside = relaxation && keep ? boundOutside(relaxation.pricing, keep) : Infinity;
    // Only HiGHS' own verdicts prove anything: an unknown status without a solution is no proof.
    if (run.modelStatus !== HIGHS_STATUS.optimal && run.modelStatus !== HIGHS_STATUS.infeasible) {
      // Stopped early: the MIP's own bound holds over its columns only.
      const inside = Number.isNaN(run.bound) ? -Infinity : run.bound;
      return { incumbent, bound: Math.max(bound, Math.min(inside, outside)), status, rounds };
    }
    // Solved over its columns: none of them does better than its optimum (none fits when infeasible).
    const inside = run.modelStatus === HIGHS_STATUS.optimal ? run.objective : Infinity;
    bound = Math.max(bound, Math.min(inside, outside));
    if (inside <= outside + 1e-9)
      return inside === Infinity
        ? { bound: Infinity, status: "infeasible", rounds }
        : { incumbent, bound: incumbent!.objective, status: "optimal", rounds };
    if (remaining() === 0) return { incumbent, bound, status: "time-limit", rounds };
    threshold = incumbent ? thresholdFor(relaxation!.pricing, incumbent.objective) : zeroReducedCost;
    kept = widened(kept!, relaxation!.pricing, threshold);
  }
}

/** The incumbent's columns as a start for a MIP over `origin`'s columns (all of them without). */
function startIn(columns: readonly number[], origin: Int32Array | undefined, numCols: number): number[] | undefined {
  if (!origin) return [...columns];
  const position = new Int32Array(numCols).fill(-1);
  origin.forEach((column, k) => (position[column] = k));
  const start = columns.map((column) => position[column]!);
  // Each round keeps every column of the incumbent, so this holds; a start with holes is no start.
  return start.every((k) => k >= 0) ? start : undefined;
}

function incumbentOf(
  instance: SlotInstance,
  model: CompactModel,
  origin: Int32Array | undefined,
  values: ArrayLike<number>,
  objective: number,
): Incumbent {
  const columns: number[] = [];
  for (let column = 0; column < model.numCols; column++)
    if (values[column]! >= 0.5) columns.push(origin ? origin[column]! : column);
  return { objective, assignments: assignRooms(instance, model, values), columns };
}

function statusOf(modelStatus: number, hasSolution: boolean): SolveStatus {
  if (modelStatus === HIGHS_STATUS.optimal) return "optimal";
  if (modelStatus === HIGHS_STATUS.infeasible) return "infeasible";
  if (modelStatus === HIGHS_STATUS.timeLimit) return "time-limit";
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
