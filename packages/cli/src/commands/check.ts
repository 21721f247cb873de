import { resolveSchedule } from "@lectern/core";
import type { CommandContext, ReadProgram } from "./command-context.js";

/** `lectern check FILE`: lists scheduling conflicts; exit 1 when there are any. */
export function runCheck(context: CommandContext, { program }: ReadProgram): number {
  const { conflicts } = resolveSchedule(program);
  if (context.values.json) context.io.stdout(`${JSON.stringify({ ok: conflicts.length === 0, conflicts }, null, 2)}\n`);
  else {
    for (const conflict of conflicts) {
      // An overlap group can hold thousands of items: the line names the first ten (--json has all).
      const paths =
        conflict.paths.length > 10
          ? [...conflict.paths.slice(0, 10), `${conflict.paths.length - 10} more`]
          : conflict.paths;
      context.io.stdout(`${conflict.kind}: ${conflict.message} (${paths.join(", ")})\n`);
    }
    context.io.stdout(
      `${context.label}: ${conflicts.length === 0 ? "no conflicts" : `${conflicts.length} conflict(s)`}\n`,
    );
  }
  return conflicts.length === 0 ? 0 : 1;
}
