import { describeProblem, type Program, type ProgramProblem } from "@lectern/core";
import type { CliValues } from "../cli-options.js";
import type { CliIo } from "../main.js";

/** What every command is given: the IO, the parsed options, and how to report. */
export interface CommandContext {
  readonly io: CliIo;
  readonly values: CliValues;
  /** The input as messages name it: its path, `<stdin>`, or several joined by ", ". */
  readonly label: string;
  /** Prints a usage message (wrong command line) and returns exit code 2. */
  readonly usage: (message: string) => number;
}

/** A program read from the command's input, in the format it was read as. */
export interface ReadProgram {
  readonly format: string;
  readonly program: Program;
  readonly warnings: readonly ProgramProblem[];
}

/** Prints problems one a line on standard error: `error FILE: items[3].start: ...`. */
export function reportProblems(
  context: CommandContext,
  kind: "error" | "warning",
  problems: readonly ProgramProblem[],
): void {
  for (const problem of problems) context.io.stderr(`${kind} ${context.label}: ${describeProblem(problem)}\n`);
}

/** An input that could not be read as its format: its problems (or JSON with --json), exit 1. */
export function reportUnreadable(
  context: CommandContext,
  format: string,
  errors: readonly ProgramProblem[],
  warnings: readonly ProgramProblem[],
): number {
  if (context.values.json) context.io.stdout(`${JSON.stringify({ ok: false, format, errors, warnings }, null, 2)}\n`);
  else {
    reportProblems(context, "error", errors);
    reportProblems(context, "warning", warnings);
    context.io.stderr(
      `${context.label}: ${errors.length} ${errors.length === 1 ? "problem" : "problems"} (read as ${format})\n`,
    );
  }
  return 1;
}
