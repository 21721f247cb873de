import type { Program } from "../../../model/program.js";
import type { ScheduleProgramResult } from "../schedule-program.js";
import { runScheduleWorker, type ScheduleInWorkerOptions } from "./run-schedule-worker.js";
import { besideModule } from "./host-globals.js";
import type { ScheduleRequest, ScheduleWorkerMessage } from "./schedule-worker-protocol.js";

// Core compiles without Node's types: the worker_threads members used, described here.
interface NodeWorker {
  postMessage(request: ScheduleRequest): void;
  on(event: "message", listener: (message: ScheduleWorkerMessage) => void): void;
  on(event: "error", listener: (error: Error) => void): void;
  on(event: "exit", listener: (code: number) => void): void;
  terminate(): Promise<number>;
}
interface WorkerThreads {
  Worker: new (url: string | object) => NodeWorker;
}
// A specifier held in a variable: bundlers for the browser leave it alone.
const workerThreadsModule = "node:worker_threads";

/** Options of the Node {@link scheduleProgramInWorker}. */
export interface NodeScheduleInWorkerOptions extends ScheduleInWorkerOptions {
  /** The worker script; defaults to the built `schedule-worker.node.js` beside this module. */
  readonly workerUrl?: string | object;
}

/**
 * `scheduleProgram` in a worker_threads Worker, so the caller's event loop stays free (a
 * progress line, Ctrl-C) and a time limit or an abort really ends the work: the worker is
 * terminated. HiGHS is loaded inside the worker only.
 */
export async function scheduleProgramInWorker(
  program: Program,
  options: NodeScheduleInWorkerOptions = {},
): Promise<ScheduleProgramResult> {
  const { Worker } = (await import(workerThreadsModule)) as WorkerThreads;
  // A URL object, as worker_threads wants a file: URL rather than its href string.
  const url =
    options.workerUrl ??
    new (globalThis as unknown as { URL: new (href: string) => object }).URL(
      besideModule("./schedule-worker.node.js", import.meta),
    );
  return runScheduleWorker(program, options, () => {
    const worker = new Worker(url);
    return {
      postMessage: (request) => worker.postMessage(request),
      listen: (onMessage, onError) => {
        worker.on("message", onMessage);
        worker.on("error", onError);
        worker.on("exit", (code) => onError(new Error(`the schedule worker stopped (exit code ${code})`)));
      },
      terminate: () => void worker.terminate(),
    };
  });
}
