import type { Program } from "../../model/program.js";
import { resolveRuleStrengths, ruleNames, type RuleName } from "../../model/scheduling-rule-weights.js";
import { toLocalDateTime, formatLocalDateTime } from "../../time/zoned-time.js";
import { applyAssignments } from "./apply-assignments.js";
import { buildProgramInstance } from "./build-program-instance.js";
import { explainInfeasible } from "./explain-infeasible.js";
import { buildProgramModel, slotPenalties, slotsOfSolution } from "./program-model.js";
import type { BinaryProgramResult, SolveProgress } from "./run-highs.js";
import type {
  ScheduleAssignment,
  ScheduleMove,
  ScheduleProgramOptions,
  ScheduleProgramResult,
} from "./schedule-program-result.js";
import { scheduleTrackSessions } from "./schedule-track-sessions.js";
import { solveBinaryProgram } from "./solve-binary-program.js";

export type {
  ScheduleAssignment,
  ScheduleMove,
  ScheduleProgramOptions,
  ScheduleProgramResult,
} from "./schedule-program-result.js";

/**
 * Places a program's movable items into slots and rooms with HiGHS (loaded on first use)
 * and returns a new program with them placed, the objective per rule and the solver's
 * figures. Rules: each item once, one item per slot, nobody presenting twice at once, `apart`
 * groups apart, availability (with daily windows in a person's own zone), rooms' closures;
 * overflow and moves are weighed. The track-sessions layout (CoSPLib's model) has its own
 * model: see `scheduleTrackSessions`. Never throws on a program from `parseProgram`.
 */
export async function scheduleProgram(
  program: Program,
  options: ScheduleProgramOptions = {},
): Promise<ScheduleProgramResult> {
  const began = Date.now();
  const rules = resolveRuleStrengths(program.scheduling?.rules);
  // Tracks fill whole sessions in rooms (CoSPLib's model): a model of its own, in two stages.
  if (program.scheduling?.layout === "track-sessions") return scheduleTrackSessions(program, rules, options, began);
  const instance = buildProgramInstance(program, rules, options.published);
  const zone = program.event.timeZone;
  const local = (ms: number) => formatLocalDateTime(toLocalDateTime(ms, zone)).slice(0, 16);
  const noRules = Object.fromEntries(ruleNames.map((name) => [name, 0])) as Record<RuleName, number>;
  const seconds = () => (Date.now() - began) / 1000;
  const infeasible = (explanation: string[]): ScheduleProgramResult => ({
    status: "infeasible",
    objective: Number.NaN,
    bound: Number.NaN,
    gap: Infinity,
    seconds: seconds(),
    rules: noRules,
    assignments: [],
    moves: [],
    explanation,
  });
  if (instance.unplaceable.size > 0) return infeasible(explainInfeasible(program, instance));
  const model = buildProgramModel(instance, rules);
  // Nothing to place is a schedule already (HiGHS calls an empty model neither optimal nor feasible).
  const resultOf = (solved: BinaryProgramResult): ScheduleProgramResult => {
    const slotOf = slotsOfSolution(model, instance.items.length, solved.values);
    const perRule = { ...noRules };
    const assignments: ScheduleAssignment[] = [];
    const moves: ScheduleMove[] = [];
    instance.items.forEach((item, i) => {
      const slot = instance.slots[slotOf[i]!]!;
      const penalties = slotPenalties(instance, i, slotOf[i]!, rules);
      perRule.overflow += penalties.overflow;
      perRule.moved += penalties.moved;
      assignments.push({ item: item.id, room: slot.room, start: local(slot.startMs) });
      if (item.current && (item.current.room !== slot.room || item.current.startMs !== slot.startMs))
        moves.push({
          item: item.id,
          from: { room: item.current.room, start: local(item.current.startMs) },
          to: { room: slot.room, start: local(slot.startMs) },
        });
    });
    return {
      status: solved.status,
      program: applyAssignments(program, instance, slotOf),
      objective: ruleNames.reduce((sum, name) => sum + perRule[name], 0),
      bound: solved.bound,
      gap: solved.gap,
      seconds: seconds(),
      rules: perRule,
      assignments,
      moves,
      explanation: [],
    };
  };
  let latestBound = -Infinity;
  const onProgress = (progress: SolveProgress) => {
    latestBound = progress.bound;
    options.onProgress?.(progress);
  };
  const onImprovingSolution =
    options.onIncumbent &&
    ((values: Float64Array) => {
      const objective = model.colCost.reduce((sum, cost, column) => sum + cost * values[column]!, 0);
      const gap = objective === 0 ? 0 : Math.max(0, objective - latestBound) / Math.max(Math.abs(objective), 1e-9);
      options.onIncumbent!(resultOf({ status: "feasible", values, objective, bound: latestBound, gap }));
    });
  // Nothing to place is a schedule already (HiGHS calls an empty model neither optimal nor feasible).
  const solved =
    instance.items.length === 0
      ? { status: "optimal" as const, values: [1], objective: 0, bound: 0, gap: 0 }
      : await solveBinaryProgram(model, {
          timeLimitSeconds: options.timeLimitSeconds,
          pricing: options.pricing,
          hooks: { onProgress, onImprovingSolution },
        });
  if (solved.values.length === 0) return { ...infeasible(explainInfeasible(program, instance)), status: solved.status };
  return resultOf(solved);
}
