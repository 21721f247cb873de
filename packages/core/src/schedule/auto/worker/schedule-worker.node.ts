/**
 * The Node worker script (worker_threads): receives one {@link ScheduleRequest} and answers
 * with {@link ScheduleWorkerMessage}s. Built as its own file, `dist/schedule-worker.node.js`.
 * @packageDocumentation
 */
import { serveScheduleRequest } from "./serve-schedule-request.js";
import type { ScheduleRequest, ScheduleWorkerMessage } from "./schedule-worker-protocol.js";

// Core compiles without Node's types: the one member of worker_threads used, described here.
interface ParentPort {
  once(event: "message", listener: (request: ScheduleRequest) => void): void;
  postMessage(message: ScheduleWorkerMessage): void;
}
const workerThreadsModule = "node:worker_threads";
const { parentPort } = (await import(workerThreadsModule)) as { parentPort: ParentPort | null };

if (!parentPort) throw new Error("schedule-worker.node.js runs as a worker_threads Worker only");
const port = parentPort;
port.once("message", (request) => {
  void serveScheduleRequest(request, (message) => port.postMessage(message));
});
