import { importDateList, writtenDateFormats, type WrittenDateFormat } from "@lectern/core";
import { emitOutput } from "../write-output.js";
import { reportProblems, type CommandContext } from "./command-context.js";

/** `lectern dates FILE --date-format F`: a human list of dates, in the format the user names, as a JSON array. */
export function runDates(context: CommandContext, text: string): number {
  const dateFormat = context.values["date-format"];
  if (dateFormat === undefined)
    return context.usage(
      `how are the dates written? Give --date-format (${writtenDateFormats.join(", ")}); 04/03/2026 is never guessed`,
    );
  if (!(writtenDateFormats as readonly string[]).includes(dateFormat))
    return context.usage(`--date-format "${dateFormat}" is not one of ${writtenDateFormats.join(", ")}`);
  const result = importDateList(text, { format: dateFormat as WrittenDateFormat });
  reportProblems(context, "warning", result.warnings);
  if (!result.ok) {
    reportProblems(context, "error", result.errors);
    return 1;
  }
  return emitOutput(`${JSON.stringify(result.dates, null, 2)}\n`, context.values.output, context.io);
}
