import { writeProgram } from "../formats.js";
import { readInputText } from "../read-input.js";
import { emitOutput } from "../write-output.js";
import { reportProblems, type CommandContext, type ReadProgram } from "./command-context.js";

/**
 * `lectern convert FILE --to FORMAT` and `lectern ics FILE` (which is `--to ics`): writes the
 * program in the format, to standard output or `-o`, only once the whole text is made.
 * `--previous FILE` (ics): the calendar published before, so changed events get the next
 * SEQUENCE and removed ones stay, cancelled.
 */
export function runConvert(
  context: CommandContext,
  { program, warnings }: ReadProgram,
  to: string | undefined,
): number {
  if (!to) return context.usage("which format? Give --to FORMAT");
  const previousFile = context.values.previous;
  let previous: string | undefined;
  if (typeof previousFile === "string") {
    if (to !== "ics") return context.usage("--previous is the calendar published before, for ics only");
    const read = readInputText(previousFile, context.io);
    if ("message" in read) return (context.io.stderr(`${read.message}\n`), 1);
    previous = read.text;
  }
  const written = writeProgram(program, to, {
    itemId: context.values.item,
    nowMs: context.io.nowMs(),
    keepExtra: context.values["keep-extra"],
    pretty: context.values.pretty,
    previous,
  });
  reportProblems(context, "warning", [...warnings, ...(written.text === undefined ? [] : written.problems)]);
  if (written.text === undefined) {
    reportProblems(context, "error", written.problems);
    return 1;
  }
  return emitOutput(written.text, context.values.output, context.io);
}
