import { scheduleProgram } from "../schedule-program.js";
import type { ScheduleRequest, ScheduleWorkerMessage } from "./schedule-worker-protocol.js";

/**
 * The worker's side: solves one request and posts progress, each better schedule, and the
 * result. Shared by the Node and the browser worker scripts, which differ only in `post`.
 */
export async function serveScheduleRequest(
  request: ScheduleRequest,
  post: (message: ScheduleWorkerMessage) => void,
): Promise<void> {
  try {
    const result = await scheduleProgram(request.program, {
      ...(request.published && { published: request.published }),
      ...(request.timeLimitSeconds !== undefined && { timeLimitSeconds: request.timeLimitSeconds }),
      ...(request.pricing !== undefined && { pricing: request.pricing }),
      onProgress: (progress) => post({ kind: "progress", progress }),
      onIncumbent: (incumbent) => post({ kind: "incumbent", result: incumbent }),
    });
    post({ kind: "done", result });
  } catch (error) {
    post({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
}
