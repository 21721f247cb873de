import { diffPrograms } from "@lectern/core";
import { changeReportFormats, renderChanges, type ChangeReportFormat } from "../changes/changes-report.js";
import { emitOutput } from "../write-output.js";
import { reportProblems, type CommandContext, type ReadProgram } from "./command-context.js";

const isReportFormat = (value: string): value is ChangeReportFormat =>
  (changeReportFormats as readonly string[]).includes(value);

/**
 * `lectern changes OLD NEW [--to text|markdown|json]`: what changed from the older version to
 * the newer, matched by id. Exit 0 whether or not anything changed (the report says which;
 * `--to json` has an empty `changes`), 1 when a version cannot be read, 2 on wrong usage.
 */
export function runChanges(context: CommandContext, before: ReadProgram, after: ReadProgram): number {
  const format = context.values.to ?? "text";
  if (!isReportFormat(format))
    return context.usage(`--to "${format}" is not a report format; give one of ${changeReportFormats.join(", ")}`);
  reportProblems(context, "warning", [...before.warnings, ...after.warnings]);
  const diff = diffPrograms(before.program, after.program);
  return emitOutput(renderChanges(diff, format), context.values.output, context.io);
}
