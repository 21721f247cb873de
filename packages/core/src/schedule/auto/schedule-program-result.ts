import type { Id } from "../../model/id.js";
import type { Program } from "../../model/program.js";
import type { RuleName } from "../../model/scheduling-rule-weights.js";
import type { SolveProgress } from "./run-highs.js";
import type { SolveStatus } from "./solve-slot-instance.js";
import type { TrackSessionsStage } from "./solve-track-sessions.js";

/** Options of `scheduleProgram`. */
export interface ScheduleProgramOptions {
  /** Seconds the solver may run; the best schedule found by then is returned (`time-limit`). */
  readonly timeLimitSeconds?: number;
  /**
   * The program as published: every item not `fixed` may move, and each one placed away from
   * its published room and start costs the `moved` rule's weight (minimum change).
   */
  readonly published?: Program;
  /**
   * Price the slot model's columns by its LP relaxation first (the default): MIPs over the
   * columns that can be in a better schedule, still proven exact. `false` solves it whole.
   * The track-sessions layout does not read it.
   */
  readonly pricing?: boolean;
  /** Called synchronously from the solver with its figures while it runs. */
  readonly onProgress?: (progress: SolveProgress) => void;
  /**
   * Called with the whole result each time the solver finds a better schedule (status
   * `feasible`), so a caller that stops the solve early still holds the best one known.
   */
  readonly onIncumbent?: (result: ScheduleProgramResult) => void;
}

/** Where one item goes: the room's id and the start in the event's local time (`YYYY-MM-DDTHH:MM`). */
export interface ScheduleAssignment {
  readonly item: Id;
  readonly room: Id;
  readonly start: string;
}

/** An item placed away from where it was published. */
export interface ScheduleMove {
  readonly item: Id;
  readonly from: { readonly room: Id; readonly start: string };
  readonly to: { readonly room: Id; readonly start: string };
}

/** What `scheduleProgram` found. */
export interface ScheduleProgramResult {
  readonly status: SolveStatus;
  /** The scheduled program (valid by `parseProgram`); absent when infeasible. */
  readonly program?: Program;
  /** Weighted total of the rules' penalties; `NaN` without a schedule. */
  readonly objective: number;
  readonly bound: number;
  readonly gap: number;
  readonly seconds: number;
  /** Each rule's weighted penalty in the schedule found. */
  readonly rules: Readonly<Record<RuleName, number>>;
  readonly assignments: readonly ScheduleAssignment[];
  readonly moves: readonly ScheduleMove[];
  /** When infeasible: what cannot all hold, in words an organiser acts on. */
  readonly explanation: readonly string[];
  /**
   * The track-sessions layout's stages: CoSPLib's exact model (its optimum and proof), then
   * the full objective. Absent for the slots layout, which solves in one stage.
   */
  readonly stages?: readonly TrackSessionsStage[];
}
