import { runHighs, type PartialSolution, type SolveProgress } from "./run-highs.js";
import type { SolveStatus } from "./solve-slot-instance.js";
import type { TrackSessionsInstance } from "./track-sessions-instance.js";
import { improveLayout } from "./improve-track-layout.js";
import { choiceOfSolution, layOutTracks, type TrackPlacement } from "./track-sessions-layout.js";
import {
  buildTrackSessionsModel,
  type TrackSessionsModel,
  type TrackSessionsObjective,
} from "./track-sessions-model.js";
import { scoreTrackSessions, type TrackSessionsScore } from "./track-sessions-objective.js";

/** What one stage of the solve found: the exact model's objective, then the full one. */
export interface TrackSessionsStage {
  readonly objective: TrackSessionsObjective;
  readonly status: SolveStatus;
  /** The stage's objective of its best schedule (`NaN` without one), its proven bound and gap. */
  readonly value: number;
  readonly bound: number;
  readonly gap: number;
  readonly seconds: number;
  readonly columns: number;
  readonly rows: number;
}

/** The best schedule of the track-sessions layout found, scored on every rule. */
export interface TrackSessionsSolution {
  readonly status: SolveStatus;
  /** Empty when no schedule was found. */
  readonly placements: readonly TrackPlacement[];
  readonly score?: TrackSessionsScore;
  /** Proven lower bound of the full objective, and the gap to it. */
  readonly bound: number;
  readonly gap: number;
  readonly stages: readonly TrackSessionsStage[];
}

/** Hooks of {@link solveTrackSessions}, called synchronously while HiGHS runs. */
export interface TrackSessionsHooks {
  readonly onProgress?: (progress: SolveProgress) => void;
  /** Each schedule better on the full objective than every one before, with the stages done so far. */
  readonly onSchedule?: (schedule: {
    readonly placements: readonly TrackPlacement[];
    readonly score: TrackSessionsScore;
    readonly stages: readonly TrackSessionsStage[];
  }) => void;
}

/**
 * The exact stage's schedule as a start of the full stage: its rooms, cells and sessions
 * (the columns both models share); HiGHS completes the rest. On GECCO20 this more than
 * halves the full stage's work.
 */
function startOf(from: TrackSessionsModel, values: ArrayLike<number>, to: TrackSessionsModel): PartialSolution {
  const indices: number[] = [];
  const known: number[] = [];
  const copy = (source: readonly number[], target: readonly number[]) =>
    source.forEach((column, k) => {
      if (column < 0 || target[k]! < 0) return;
      indices.push(target[k]!);
      known.push(Math.round(values[column]!));
    });
  from.room.forEach((row, t) => copy(row, to.room[t]!));
  from.cell.forEach((rows, t) => rows.forEach((row, s) => copy(row, to.cell[t]![s]!)));
  from.session.forEach((row, i) => copy(row, to.session[i]!));
  return { indices: Int32Array.from(indices), values: Float64Array.from(known) };
}

/** Share of the time limit the exact stage may use; the full stage has the rest. */
const exactShare = 0.5;

// HiGHS sums costs in floating point: 10,933 may come back as 10,932.999999999996.
const cleaned = (value: number) => Math.round(value * 1e6) / 1e6;

const gapOf = (value: number, bound: number) =>
  Number.isNaN(value) ? Infinity : value - bound <= 1e-6 ? 0 : (value - bound) / Math.max(Math.abs(value), 1e-9);

/**
 * Solves the track-sessions layout in two stages with HiGHS. First CoSPLib's exact model
 * (its hard rules, placement costs once per item), to a proven optimum; its bound is a floor
 * of the full objective when presenters' clashes are hard in both. Then every rule the
 * layout leaves open (per-slot costs, similar tracks, clashes, gaps, positions) in one model
 * over the same structure. The better schedule of the two on the full objective is kept.
 *
 * Both stages keep the library's hard rules: each track in one room, in at most MaxS
 * sessions, one cell per session. So `optimal` means optimal among the schedules that keep
 * them (rules trackRooms and parallelTrack are then 0); the slot-level clashes
 * (presenterClash, attendeeClash) are left to `improveLayout`, so when they are weighed
 * the bound leaves them out and the status says `feasible` unless the schedule meets it.
 */
export async function solveTrackSessions(
  instance: TrackSessionsInstance,
  timeLimitSeconds?: number,
  hooks: TrackSessionsHooks = {},
): Promise<TrackSessionsSolution> {
  const began = Date.now();
  const elapsed = () => (Date.now() - began) / 1000;
  const stages: TrackSessionsStage[] = [];
  const candidates: { placements: TrackPlacement[]; score: TrackSessionsScore }[] = [];
  let bestTotal = Infinity;
  /** Lays a solution out, keeps it, and reports it when it beats every schedule so far. */
  const consider = (model: TrackSessionsModel, values: ArrayLike<number>) => {
    const placements = improveLayout(instance, layOutTracks(instance, choiceOfSolution(model, values)));
    const score = scoreTrackSessions(instance, placements);
    // The exact stage keeps only presenters' clashes hard: its schedule may break another hard rule.
    if (score.broken.length > 0) return;
    candidates.push({ placements, score });
    if (score.total < bestTotal) {
      bestTotal = score.total;
      hooks.onSchedule?.({ placements, score, stages: [...stages] });
    }
  };
  const stage = async (
    objective: TrackSessionsObjective,
    limit: number | undefined,
    floor?: number,
    from?: { model: TrackSessionsModel; values: ArrayLike<number> },
  ) => {
    const started = elapsed();
    const model = buildTrackSessionsModel(instance, objective, floor);
    const hooksOfStage = {
      ...(hooks.onProgress && { onProgress: hooks.onProgress }),
      ...(hooks.onSchedule && { onImprovingSolution: (values: Float64Array) => consider(model, values) }),
    };
    const solved = await runHighs(model.program, limit, hooksOfStage, from && startOf(from.model, from.values, model));
    const value = solved.values.length ? cleaned(solved.objective + model.offset) : Number.NaN;
    const bound = cleaned(solved.bound + model.offset);
    stages.push({
      objective,
      status: solved.status,
      value,
      bound,
      gap: gapOf(value, bound),
      seconds: elapsed() - started,
      columns: model.program.numCols,
      rows: model.program.numRows,
    });
    if (solved.values.length === 0) return undefined;
    consider(model, solved.values);
    return { status: solved.status, bound, model, values: solved.values };
  };
  const exact = await stage("exact", timeLimitSeconds === undefined ? undefined : timeLimitSeconds * exactShare);
  const clashesHard =
    instance.rules.presenterSession.hard ||
    instance.presenterPairs.every(([a, b]) => instance.items[a]!.track === instance.items[b]!.track);
  const fullWeights = [
    "presenterSession",
    "attendeeSession",
    "similarTracks",
    "chairSession",
    "trackGaps",
    "position",
    "attendeeClash",
  ] as const;
  // The exact stage settles the full objective too when nothing else is weighed, every item
  // takes one slot (costs once = costs per slot) and presenters' clashes are hard in both (a
  // soft clash could buy a cheaper schedule the exact model forbids), and no published
  // program weighs moves (the exact model sees sessions and rooms, not the slots moved in).
  const exactIsFull =
    exact?.status === "optimal" &&
    instance.items.every((item) => !item.anchors.published) &&
    clashesHard &&
    instance.items.every((item) => item.slots === 1) &&
    fullWeights.every((name) => !instance.rules[name].hard && instance.rules[name].weight === 0);
  let full: { status: SolveStatus; bound: number } | undefined;
  if (!exactIsFull) {
    const remaining = timeLimitSeconds === undefined ? undefined : Math.max(1, timeLimitSeconds - elapsed());
    const floor = exact?.status === "optimal" && clashesHard ? exact.bound : undefined;
    full = await stage("full", remaining, floor, exact);
  }
  if (candidates.length === 0)
    return { status: "infeasible", placements: [], bound: Number.NaN, gap: Infinity, stages };
  const best = candidates.reduce((a, b) => (b.score.total < a.score.total ? b : a));
  const decisive = exactIsFull ? exact : full;
  const bound = decisive?.bound ?? -Infinity;
  const gap = gapOf(best.score.total, bound);
  const status: SolveStatus =
    gap === 0 ? "optimal" : decisive?.status === "time-limit" || !decisive ? "time-limit" : "feasible";
  return { status, placements: best.placements, score: best.score, bound, gap, stages };
}
