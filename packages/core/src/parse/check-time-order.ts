import type { Program } from "../model/program.js";
import type { ProgramTimings } from "../schedule/compute-timings.js";
import { formatLocalDateTime, toLocalDateTime } from "../time/zoned-time.js";
import { problemAt, type ProgramProblem } from "./problem.js";

/**
 * Errors for items and sessions that end at or before they start, at their `end` (or at the
 * item, when its length came from elsewhere): `ends at 06:00, before it starts at 21:00`.
 * Such a program is rejected rather than drawn as a block of negative height.
 */
export function checkTimeOrder(program: Program, timings: ProgramTimings): ProgramProblem[] {
  const zone = program.event.timeZone;
  const errors: ProgramProblem[] = [];
  const describe = (startMs: number, endMs: number): string => {
    const start = formatLocalDateTime(toLocalDateTime(startMs, zone));
    const end = formatLocalDateTime(toLocalDateTime(endMs, zone));
    const sameDay = start.slice(0, 10) === end.slice(0, 10);
    const [startText, endText] = sameDay ? [start.slice(11), end.slice(11)] : [start, end];
    return endMs === startMs
      ? `ends when it starts, at ${startText}`
      : `ends at ${endText}, before it starts at ${startText}`;
  };
  program.items.forEach((item, index) => {
    const timing = timings.items.get(item.id);
    if (!timing || timing.endMs > timing.startMs) return;
    const field = timing.durationOrigin === "end" && item.end !== undefined ? ["end"] : [];
    errors.push(problemAt(["items", index, ...field], describe(timing.startMs, timing.endMs)));
  });
  program.sessions?.forEach((session, index) => {
    const timing = timings.sessions.get(session.id);
    if (timing?.startMs === undefined || timing.endMs === undefined || timing.endMs > timing.startMs) return;
    errors.push(problemAt(["sessions", index, "end"], describe(timing.startMs, timing.endMs)));
  });
  return errors;
}
