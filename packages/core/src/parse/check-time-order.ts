import { longestDurationMinutes } from "../model/duration-limit.js";
import type { Program } from "../model/program.js";
import type { ProgramTimings } from "../schedule/compute-timings.js";
import { formatLocalDateTime, toLocalDateTime } from "../time/zoned-time.js";
import { problemAt, type ProgramProblem } from "./problem.js";

const longestMs = longestDurationMinutes * 60_000;

/**
 * Errors for items and sessions that end at or before they start, at their `end` (or at the
 * item, when its length came from elsewhere): `ends at 06:00, before it starts at 21:00`.
 * Such a program is rejected rather than drawn as a block of negative height. An `end` more
 * than 14 days after the start is refused too, as a `duration` that long is: it is a typo in
 * the month or the year far more often than an item that long.
 */
export function checkTimeOrder(program: Program, timings: ProgramTimings): ProgramProblem[] {
  const zone = program.event.timeZone;
  const errors: ProgramProblem[] = [];
  const describe = (startMs: number, endMs: number): string => {
    const start = formatLocalDateTime(toLocalDateTime(startMs, zone));
    const end = formatLocalDateTime(toLocalDateTime(endMs, zone));
    const sameDay = start.slice(0, 10) === end.slice(0, 10);
    const [startText, endText] = sameDay ? [start.slice(11), end.slice(11)] : [start, end];
    if (endMs - startMs > longestMs)
      return `ends at ${end}, more than 14 days after it starts (${start}); an item or a session lasts at most ${longestDurationMinutes} minutes`;
    return endMs === startMs
      ? `ends when it starts, at ${startText}`
      : `ends at ${endText}, before it starts at ${startText}`;
  };
  const acceptable = (startMs: number, endMs: number) => endMs > startMs && endMs - startMs <= longestMs;
  program.items.forEach((item, index) => {
    const timing = timings.items.get(item.id);
    if (!timing) return;
    const ownEnd = timing.durationOrigin === "end" && item.end !== undefined;
    // Only an item's own end can make it too long: a longer duration is a schema error, and an
    // item that runs its concurrent session's span is reported at the session.
    if (timing.endMs > timing.startMs && (!ownEnd || acceptable(timing.startMs, timing.endMs))) return;
    errors.push(problemAt(["items", index, ...(ownEnd ? ["end"] : [])], describe(timing.startMs, timing.endMs)));
  });
  program.sessions?.forEach((session, index) => {
    const timing = timings.sessions.get(session.id);
    if (timing?.startMs === undefined || timing.endMs === undefined || acceptable(timing.startMs, timing.endMs)) return;
    errors.push(problemAt(["sessions", index, "end"], describe(timing.startMs, timing.endMs)));
  });
  return errors;
}
