import type { Program } from "../../../model/program.js";
import type { ScheduleProgramResult } from "../schedule-program.js";
import type { ScheduleRequest, ScheduleWorkerMessage } from "./schedule-worker-protocol.js";
import { besideModule } from "./host-globals.js";
import { runScheduleWorker, type ScheduleInWorkerOptions } from "./run-schedule-worker.js";

/** Options of the browser {@link scheduleProgramInWorker}. */
export interface BrowserScheduleInWorkerOptions extends ScheduleInWorkerOptions {
  /** The module worker script; defaults to the built `schedule-worker.browser.js` beside this module. */
  readonly workerUrl?: string;
}

// Core has no DOM lib: the module Worker constructor is described by the members used.
interface ModuleWorker {
  postMessage(request: ScheduleRequest): void;
  onmessage: ((event: { data: ScheduleWorkerMessage }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}
type ModuleWorkerConstructor = new (url: string, options: { type: "module" }) => ModuleWorker;

/**
 * `scheduleProgram` in a module Web Worker: the page stays responsive, HiGHS (≈1.2 MB of
 * wasm) is fetched by the worker only, and a time limit or an abort terminates the worker.
 */
export function scheduleProgramInWorker(
  program: Program,
  options: BrowserScheduleInWorkerOptions = {},
): Promise<ScheduleProgramResult> {
  const WorkerClass = (globalThis as unknown as { Worker: ModuleWorkerConstructor }).Worker;
  const url = options.workerUrl ?? besideModule("./schedule-worker.browser.js", import.meta);
  return runScheduleWorker(program, options, () => {
    const worker = new WorkerClass(url, { type: "module" });
    return {
      postMessage: (request) => worker.postMessage(request),
      listen: (onMessage, onError) => {
        worker.onmessage = (event) => onMessage(event.data);
        worker.onerror = (event) =>
          onError(new Error(`the schedule worker failed: ${event.message ?? "unknown error"}`));
      },
      terminate: () => worker.terminate(),
    };
  });
}
