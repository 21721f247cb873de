import type { Item } from "../../model/item.js";
import type { Program } from "../../model/program.js";
import { ruleNames, type ResolvedRuleStrength, type RuleName } from "../../model/scheduling-rule-weights.js";
import type {
  ScheduleAssignment,
  ScheduleMove,
  ScheduleProgramOptions,
  ScheduleProgramResult,
} from "./schedule-program-result.js";
import { solveTrackSessions } from "./solve-track-sessions.js";
import { readTrackSessions, type TrackSessionsInstance } from "./track-sessions-instance.js";
import type { TrackPlacement } from "./track-sessions-layout.js";
import type { TrackSessionsScore } from "./track-sessions-objective.js";

/**
 * A new program with each item at its placement: its `start` (its first slot's), `duration`
 * (the minutes of the slots it takes) and `room`; each session lists its items by room,
 * then slot. The input is not changed.
 */
function placeItems(program: Program, instance: TrackSessionsInstance, placements: readonly TrackPlacement[]): Program {
  const items: Item[] = [...program.items];
  for (const p of placements) {
    const slots = instance.sessions[p.session]!.slots;
    const { end: _end, date: _date, ...item } = items[p.item]!;
    const placed: Item = {
      ...item,
      start: slots[p.slot]!.start,
      duration: slots
        .slice(p.slot, p.slot + instance.items[p.item]!.slots)
        .reduce((sum, slot) => sum + slot.minutes, 0),
      room: instance.rooms[p.room]!,
    };
    const tba = item.tba?.filter((field) => field !== "time");
    if (tba?.length) placed.tba = tba;
    else delete placed.tba;
    items[p.item] = placed;
  }
  const sessions = program.sessions?.map((session, s) => ({
    ...session,
    items: placements
      .filter((p) => p.session === s)
      .sort((a, b) => a.room - b.room || a.slot - b.slot)
      .map((p) => instance.items[p.item]!.id),
  }));
  return { ...program, items, ...(sessions ? { sessions } : {}) };
}

/** Items placed away from where `published` has them (same id, a room and start there). */
function movesFrom(published: Program | undefined, assignments: readonly ScheduleAssignment[]): ScheduleMove[] {
  if (!published) return [];
  const before = new Map(
    published.items.flatMap((item) => (item.start && item.room ? [[item.id, item] as const] : [])),
  );
  return assignments.flatMap((to) => {
    const from = before.get(to.item);
    if (!from || (from.room === to.room && from.start!.slice(0, 16) === to.start)) return [];
    return [
      {
        item: to.item,
        from: { room: from.room!, start: from.start!.slice(0, 16) },
        to: { room: to.room, start: to.start },
      },
    ];
  });
}

/** What the pinned items add to an infeasible layout: the fixed ones, and the published ones when rule moved is hard. */
function pinnedExplanation(instance: TrackSessionsInstance): string[] {
  const fixed = instance.items.filter((item) => item.anchors.fixed).map((item) => `"${item.id}"`);
  const lines = fixed.length
    ? [
        `The fixed items (scheduling.fixed: ${fixed.join(", ")}) keep their sessions, rooms and slots, and their tracks those rooms.`,
      ]
    : [];
  if (instance.rules.moved.hard && instance.items.some((item) => item.anchors.published))
    lines.push(
      "Rule moved is hard: every published item keeps its published session, room and slot; make it soft (a weight) to let some move.",
    );
  return lines;
}

/**
 * `scheduleProgram` for the track-sessions layout (CoSPLib's model): each track in one room,
 * one track per session and room, its items laid out in the sessions' slots. Solved by
 * {@link solveTrackSessions}; the result's rules are the layout's 16 weighed rules, so its
 * objective is the library's full objective, and `stages` holds the exact model's figures.
 * A fixed item (`scheduling.fixed`) keeps its session, room and slot (so its track keeps that
 * room); with `published`, each item placed away from its published session, room or slot
 * costs the `moved` rule's weight (counted in the objective), and `moves` lists them.
 */
export async function scheduleTrackSessions(
  program: Program,
  rules: Readonly<Record<RuleName, ResolvedRuleStrength>>,
  options: ScheduleProgramOptions,
  began: number,
): Promise<ScheduleProgramResult> {
  const noRules = Object.fromEntries(ruleNames.map((name) => [name, 0])) as Record<RuleName, number>;
  const seconds = () => (Date.now() - began) / 1000;
  const empty = { objective: Number.NaN, bound: Number.NaN, gap: Infinity, rules: noRules, assignments: [], moves: [] };
  let instance: TrackSessionsInstance;
  try {
    instance = readTrackSessions(program, rules, options.published);
  } catch (error) {
    return { ...empty, status: "infeasible", seconds: seconds(), explanation: [(error as Error).message] };
  }
  const mostSlots = Math.max(0, ...instance.sessions.map((session) => session.slots.length));
  const tooLong = instance.items.filter((item) => item.slots > mostSlots);
  if (tooLong.length > 0)
    return {
      ...empty,
      status: "infeasible",
      seconds: seconds(),
      explanation: tooLong.map(
        (item) =>
          `"${item.id}" takes ${item.slots} slots in a row (scheduling.slotCounts), but no session has more than ${mostSlots} (scheduling.slots)`,
      ),
    };
  const resultOf = (
    placements: readonly TrackPlacement[],
    score: TrackSessionsScore,
    figures: Pick<ScheduleProgramResult, "status" | "bound" | "gap" | "stages">,
  ): ScheduleProgramResult => {
    const assignments = placements.map((p) => ({
      item: instance.items[p.item]!.id,
      room: instance.rooms[p.room]!,
      start: instance.sessions[p.session]!.slots[p.slot]!.start,
    }));
    return {
      ...figures,
      program: placeItems(program, instance, placements),
      objective: score.total,
      seconds: seconds(),
      rules: { ...noRules, ...score.weighted },
      assignments,
      moves: movesFrom(options.published, assignments),
      explanation: [],
    };
  };
  const solved = await solveTrackSessions(instance, options.timeLimitSeconds, {
    ...(options.onProgress && { onProgress: options.onProgress }),
    ...(options.onIncumbent && {
      // No bound holds for the full objective before its stage ends: the gap stays open.
      onSchedule: ({ placements, score, stages }) =>
        options.onIncumbent!(
          resultOf(placements, score, { status: "feasible", bound: -Infinity, gap: Infinity, stages }),
        ),
    }),
  });
  if (!solved.score)
    return {
      ...empty,
      status: solved.status,
      seconds: seconds(),
      stages: solved.stages,
      explanation: [
        "No schedule keeps every track in one room with its items in its sessions' slots and no presenter in two rooms at once: there are too few sessions and rooms for the tracks, or a track cannot fit the sessions it may take.",
        ...pinnedExplanation(instance),
      ],
    };
  const { status, bound, gap, stages } = solved;
  return resultOf(solved.placements, solved.score, { status, bound, gap, stages });
}
