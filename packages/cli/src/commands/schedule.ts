import { scheduleProgramInWorker, serializeProgram, type ScheduleProgramResult } from "@lectern/core";
import { formatSolveProgress } from "./format-solve-progress.js";
import { emitOutput } from "../write-output.js";
import type { CommandContext, ReadProgram } from "./command-context.js";

/** The `--json` object of `lectern schedule`: these names are the issue's contract. */
function jsonOf(result: ScheduleProgramResult) {
  const { status, objective, bound, gap, seconds, rules, assignments, moves, explanation } = result;
  // NaN and Infinity are not JSON: a figure that does not exist is null.
  const figure = (value: number) => (Number.isFinite(value) ? value : null);
  return {
    status,
    objective: figure(objective),
    bound: figure(bound),
    gap: figure(gap),
    seconds,
    rules,
    assignments,
    moves,
    ...(explanation.length ? { explanation } : {}),
  };
}

/**
 * `lectern schedule FILE [--time-limit S] [--no-pricing] [-o OUT] [--json]`: places the program's movable
 * items and writes the scheduled program to OUT (or standard output) with a summary on
 * standard error; `--json` prints the figures instead. The solve runs in a worker thread:
 * on a terminal a progress line shows its figures, and `--time-limit` ends the worker,
 * keeping the best schedule found by then (status `time-limit`). Exit 0 scheduled, 1 infeasible or no
 * schedule within the time limit (with the reasons), 2 a wrong `--time-limit`.
 */
export async function runSchedule(context: CommandContext, { program }: ReadProgram): Promise<number> {
  const limitText = context.values["time-limit"];
  const timeLimitSeconds = limitText === undefined ? undefined : Number(limitText);
  if (timeLimitSeconds !== undefined && !(timeLimitSeconds > 0))
    return context.usage(`--time-limit takes seconds, a number above 0; found "${String(limitText)}"`);
  const { io, values, label } = context;
  const showProgress = values.json ? undefined : io.progressLine;
  const result = await scheduleProgramInWorker(program, {
    ...(timeLimitSeconds !== undefined && { timeLimitSeconds }),
    // Without LP pricing: the whole model at once (pricing is exact either way, and faster).
    ...(values["no-pricing"] && { pricing: false }),
    ...(showProgress && { onProgress: (progress) => showProgress(formatSolveProgress(progress)) }),
  });
  showProgress?.("");
  if (values.json) io.stdout(`${JSON.stringify(jsonOf(result), null, 2)}\n`);
  if (!result.program) {
    io.stderr(
      `${label}: no schedule (${result.status})\n${result.explanation.map((reason) => `  - ${reason}\n`).join("")}`,
    );
    return 1;
  }
  const rules = Object.entries(result.rules)
    .filter(([, penalty]) => penalty > 0)
    .map(([name, penalty]) => `${name} ${penalty}`);
  io.stderr(
    `${label}: ${result.assignments.length} item(s) scheduled, ${result.status}, objective ${result.objective}` +
      `${rules.length ? ` (${rules.join(", ")})` : ""}, gap ${(result.gap * 100).toFixed(1)}%, ${result.seconds.toFixed(2)} s\n`,
  );
  if (values.json) return values.output ? emitOutput(serializeProgram(result.program), values.output, io) : 0;
  return emitOutput(serializeProgram(result.program), values.output, io);
}
