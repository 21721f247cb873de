import type { ParseResult } from "../parse/parse-program.js";
import type { ProgramProblem } from "../parse/problem.js";

/** A row of a CSV file: its line, and the file's name when an import reads several. */
export interface RowPlace {
  readonly line: number;
  readonly file?: string;
}

/**
 * The row each part of a program built from CSV came from, by collection:
 * `lines.get("items")[3]` is the row that became `items[3]`.
 */
export type RowLines = ReadonlyMap<string, readonly RowPlace[]>;

/**
 * Gives every problem of an import from CSV a line: a problem about `items[3]` (or a person,
 * a room) gets the line of the row it came from, and one about the whole program the
 * fallback line (the header's). Problems that already name a line keep it.
 */
export function placeOnRowLines(result: ParseResult, lines: RowLines, fallback: RowPlace): ParseResult {
  const place = (problem: ProgramProblem): ProgramProblem => {
    if (problem.line !== undefined) return problem;
    const [collection, index] = problem.segments;
    const row =
      (typeof collection === "string" && typeof index === "number" ? lines.get(collection)?.[index] : undefined) ??
      fallback;
    return {
      ...problem,
      ...(row.file ? { message: `${problem.message} (in the ${row.file} file)` } : {}),
      line: row.line,
      column: 1,
    };
  };
  return result.ok
    ? { ...result, warnings: result.warnings.map(place) }
    : { ok: false, errors: result.errors.map(place), warnings: result.warnings.map(place) };
}
