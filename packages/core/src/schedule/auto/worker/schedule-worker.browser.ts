/**
 * The browser's module Web Worker script: receives one {@link ScheduleRequest} and answers
 * with {@link ScheduleWorkerMessage}s. Built as its own file, `dist/schedule-worker.browser.js`.
 * @packageDocumentation
 */
import { serveScheduleRequest } from "./serve-schedule-request.js";
import type { ScheduleRequest, ScheduleWorkerMessage } from "./schedule-worker-protocol.js";

// Core has no DOM lib: the worker's global is described by the two members used.
const scope = globalThis as unknown as {
  onmessage: ((event: { data: ScheduleRequest }) => void) | null;
  postMessage: (message: ScheduleWorkerMessage) => void;
};
scope.onmessage = (event) => {
  scope.onmessage = null;
  void serveScheduleRequest(event.data, (message) => scope.postMessage(message));
};
