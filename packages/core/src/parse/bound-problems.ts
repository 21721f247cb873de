import type { CheckedResult } from "./parse-result.js";
import { problemAt, type ProgramProblem } from "./problem.js";

/**
 * How many errors (and, apart, warnings) a parse reports at most. A file with more is broken
 * as a whole (a column shifted, the wrong file); nobody reads the 1,001st problem, and each
 * one costs a position lookup and a line in a terminal or on a page.
 */
export const maxReportedProblems = 1_000;

/**
 * The first `maxReportedProblems - 1` problems and one more at the document saying how many
 * were left out; the list itself when it is short enough. Never copies a long list by
 * spreading it into arguments (which overflows the stack past about 120,000).
 */
export function boundProblems(
  problems: readonly ProgramProblem[],
  noun: "errors" | "warnings",
): readonly ProgramProblem[] {
  if (problems.length <= maxReportedProblems) return problems;
  const kept = problems.slice(0, maxReportedProblems - 1);
  const omitted = problems.length - kept.length;
  kept.push(
    problemAt([], `and ${omitted} more ${noun} (only the first ${kept.length} are listed; fix those and parse again)`),
  );
  return kept;
}

/** `result` with its errors and warnings bounded by `boundProblems`; the same object when both are short. */
export function boundResult<Result extends CheckedResult>(result: Result): Result {
  const tooMany =
    result.warnings.length > maxReportedProblems || (!result.ok && result.errors.length > maxReportedProblems);
  if (!tooMany) return result;
  const warnings = boundProblems(result.warnings, "warnings");
  return result.ok ? { ...result, warnings } : { ...result, errors: boundProblems(result.errors, "errors"), warnings };
}
