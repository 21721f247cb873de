import { writeProgram } from "../formats.js";
import { emitOutput } from "../write-output.js";
import { reportProblems, type CommandContext, type ReadProgram } from "./command-context.js";

/**
 * `lectern convert FILE --to FORMAT` and `lectern ics FILE` (which is `--to ics`): writes the
 * program in the format, to standard output or `-o`, only once the whole text is made.
 */
export function runConvert(
  context: CommandContext,
  { program, warnings }: ReadProgram,
  to: string | undefined,
): number {
  if (!to) return context.usage("which format? Give --to FORMAT");
  const written = writeProgram(program, to, {
    itemId: context.values.item,
    nowMs: context.io.nowMs(),
    keepExtra: context.values["keep-extra"],
    pretty: context.values.pretty,
  });
  reportProblems(context, "warning", [...warnings, ...(written.text === undefined ? [] : written.problems)]);
  if (written.text === undefined) {
    reportProblems(context, "error", written.problems);
    return 1;
  }
  return emitOutput(written.text, context.values.output, context.io);
}
