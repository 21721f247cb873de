import type { ParseResult } from "../src/parse/parse-program.js";
import type { ProgramProblem } from "../src/parse/problem.js";

// Shared by the parseProgramJson test files: where a problem should be, found independently.

/** Lines joined with "\n": keeps the expected line numbers readable in the test. */
export const lines = (...rows: string[]) => rows.join("\n");

/**
 * Line and column (1-based) where the `occurrence`-th `needle` starts, found by splitting the
 * text into lines (independently of positionOfOffset).
 */
export function locate(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let seen = 0;
  const rows = text.split("\n");
  for (let index = 0; index < rows.length; index += 1) {
    let from = 0;
    for (;;) {
      const column = rows[index]!.indexOf(needle, from);
      if (column < 0) break;
      seen += 1;
      if (seen === occurrence) return { line: index + 1, column: column + 1 };
      from = column + 1;
    }
  }
  throw new Error(`${JSON.stringify(needle)} (occurrence ${occurrence}) is not in the text`);
}

/** The errors of a rejected result; throws when the text was accepted. */
export function errorsOf(result: ParseResult): readonly ProgramProblem[] {
  if (result.ok) throw new Error("expected the text to be rejected; it was accepted");
  return result.errors;
}

/** Path, line and column of each problem. */
export const placed = (problems: readonly ProgramProblem[]) =>
  problems.map(({ path, line, column }) => ({ path, line, column }));

/** The members of a valid `event` object, one per line, indented for a document. */
export const eventLines = [
  '    "title": "Test Workshop",',
  '    "kind": "workshop",',
  '    "startDate": "2026-06-15",',
  '    "timeZone": "Europe/Berlin"',
];
