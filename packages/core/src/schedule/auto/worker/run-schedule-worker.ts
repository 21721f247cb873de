import type { Program } from "../../../model/program.js";
import type { SolveProgress } from "../run-highs.js";
import type { ScheduleProgramResult } from "../schedule-program.js";
import { ruleNames, type RuleName } from "../../../model/scheduling-rule-weights.js";
import type { ScheduleRequest, ScheduleWorkerMessage } from "./schedule-worker-protocol.js";
import { host, type AbortSignalLike } from "./host-globals.js";

/** Options of `scheduleProgramInWorker` (Node and browser alike). */
export interface ScheduleInWorkerOptions {
  /**
   * Seconds the solve may take, enforced by terminating the worker: the call then resolves
   * with the best schedule found so far and status `time-limit` (no program if none was found).
   */
  readonly timeLimitSeconds?: number;
  /** The program as published, for minimum change (see `scheduleProgram`). */
  readonly published?: Program;
  /** `false` solves the slot model whole, without LP pricing (see `scheduleProgram`). */
  readonly pricing?: boolean;
  /** Aborting terminates the worker and rejects the call with the signal's reason. */
  readonly signal?: AbortSignalLike;
  /** The solver's figures while it runs (incumbent, bound, gap, elapsed seconds). */
  readonly onProgress?: (progress: SolveProgress) => void;
}

/** The little of a Worker (Web or worker_threads) that {@link runScheduleWorker} uses. */
export interface ScheduleWorkerHandle {
  postMessage(request: ScheduleRequest): void;
  /** Installs the one listener for the worker's messages and for its failure. */
  listen(onMessage: (message: ScheduleWorkerMessage) => void, onError: (error: Error) => void): void;
  terminate(): void;
}

/**
 * Runs one schedule request in a worker made by `spawn`, and ends that worker when the result
 * comes, at the time limit, or on abort, so a solve never outlives its caller's interest.
 */
export function runScheduleWorker(
  program: Program,
  options: ScheduleInWorkerOptions,
  spawn: () => ScheduleWorkerHandle,
): Promise<ScheduleProgramResult> {
  const { signal, timeLimitSeconds } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const began = Date.now();
  return new Promise((resolve, reject) => {
    const worker = spawn();
    let best: ScheduleProgramResult | undefined;
    let timer: unknown;
    let settled = false;
    // Terminating makes the worker report its exit: only the first way out counts.
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) host.clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      worker.terminate();
      settle();
    };
    const onAbort = () => finish(() => reject(signal!.reason));
    signal?.addEventListener("abort", onAbort, { once: true });
    if (timeLimitSeconds !== undefined)
      timer = host.setTimeout(
        () => finish(() => resolve(timedOut(best, (Date.now() - began) / 1000))),
        timeLimitSeconds * 1000,
      );
    worker.listen(
      (message) => {
        if (message.kind === "progress") options.onProgress?.(message.progress);
        else if (message.kind === "incumbent") best = message.result;
        else if (message.kind === "done") finish(() => resolve(message.result));
        else finish(() => reject(new Error(message.message)));
      },
      (error) => finish(() => reject(error)),
    );
    worker.postMessage({
      program,
      ...(options.published && { published: options.published }),
      ...(options.pricing !== undefined && { pricing: options.pricing }),
      // The solver's own limit lets it stop cleanly first; the timer above is the guarantee.
      ...(timeLimitSeconds !== undefined && { timeLimitSeconds }),
    });
  });
}

/** The result at a time limit: the best schedule known, or none. */
function timedOut(best: ScheduleProgramResult | undefined, seconds: number): ScheduleProgramResult {
  if (best) return { ...best, status: "time-limit", seconds };
  const noRules = Object.fromEntries(ruleNames.map((name) => [name, 0])) as Record<RuleName, number>;
  return {
    status: "time-limit",
    objective: Number.NaN,
    bound: Number.NaN,
    gap: Infinity,
    seconds,
    rules: noRules,
    assignments: [],
    moves: [],
    explanation: ["No schedule was found within the time limit."],
  };
}
