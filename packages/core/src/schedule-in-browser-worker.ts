/**
 * `@lectern/core/schedule-in-browser-worker`: automatic scheduling in a module Web Worker.
 * A separate entry, so that neither the main entry nor `lectern.js` carries HiGHS or the
 * worker; the worker script (`schedule-worker.browser.js`) is fetched beside this file.
 * @packageDocumentation
 */
export {
  scheduleProgramInWorker,
  type BrowserScheduleInWorkerOptions,
} from "./schedule/auto/worker/schedule-program-in-worker.browser.js";
export type { ScheduleInWorkerOptions } from "./schedule/auto/worker/run-schedule-worker.js";
export type { SolveProgress } from "./schedule/auto/run-highs.js";
export type { ScheduleProgramResult, ScheduleAssignment, ScheduleMove } from "./schedule/auto/schedule-program.js";
