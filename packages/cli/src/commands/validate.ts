import { resolveSchedule } from "@lectern/core";
import { reportProblems, type CommandContext, type ReadProgram } from "./command-context.js";

/** `lectern validate FILE`: the program was read; say what it holds (exit 0). */
export function runValidate(context: CommandContext, { format, program, warnings }: ReadProgram): number {
  const schedule = resolveSchedule(program);
  if (context.values.json)
    context.io.stdout(
      `${JSON.stringify({ ok: true, format, items: program.items.length, days: schedule.days.length, warnings }, null, 2)}\n`,
    );
  else {
    reportProblems(context, "warning", warnings);
    context.io.stdout(
      `${context.label}: valid ${format}, ${program.items.length} items over ${schedule.days.length} day(s)${schedule.untimed.length ? `, ${schedule.untimed.length} without a time` : ""}${warnings.length ? `, ${warnings.length} warning(s)` : ""}\n`,
    );
  }
  return 0;
}
