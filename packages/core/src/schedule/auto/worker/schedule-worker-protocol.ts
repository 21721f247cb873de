import type { Program } from "../../../model/program.js";
import type { SolveProgress } from "../run-highs.js";
import type { ScheduleProgramResult } from "../schedule-program.js";

/** What the page (or the CLI) posts to a schedule worker: one request per worker. */
export interface ScheduleRequest {
  readonly program: Program;
  readonly published?: Program;
  readonly timeLimitSeconds?: number;
  /** `false` solves the slot model whole, without LP pricing (see `ScheduleProgramOptions.pricing`). */
  readonly pricing?: boolean;
}

/** What a schedule worker posts back, in order: any number of progress/incumbent, then one done or failed. */
export type ScheduleWorkerMessage =
  | { readonly kind: "progress"; readonly progress: SolveProgress }
  | { readonly kind: "incumbent"; readonly result: ScheduleProgramResult }
  | { readonly kind: "done"; readonly result: ScheduleProgramResult }
  | { readonly kind: "failed"; readonly message: string };
