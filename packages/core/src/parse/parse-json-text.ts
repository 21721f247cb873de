import { withoutByteOrderMark } from "../text/byte-order-mark.js";
import { createPositionFinder, findPathPosition, findRootOffset, scanJson } from "./json-positions.js";
import type { CheckedResult, RejectedResult } from "./parse-result.js";
import { problemAt, type ProgramProblem } from "./problem.js";

/**
 * Parses a JSON text and hands the value to a parse boundary: JSON syntax errors come back
 * with their line and column, and every problem the boundary reports with the line and column
 * of the value it is about. A leading byte-order mark is ignored. Never throws: `unreadable`
 * is the message should the position mapping itself fail.
 */
export function parseJsonText<Result extends CheckedResult>(
  text: string,
  parse: (input: unknown) => Result,
  unreadable: string,
): Result | RejectedResult {
  try {
    return parseText(text, parse);
  } catch {
    // The boundaries cannot throw; this guards the position mapping, which only runs on text
    // that JSON.parse accepted.
    return { ok: false, errors: [problemAt([], unreadable)], warnings: [] };
  }
}

/**
 * `parseJsonText` with a boundary's quick path (no zod), which answers `undefined` where only
 * zod can say what is wrong: then this answers `undefined` too. JSON syntax errors are
 * certain, and answered with their line and column.
 */
export function parseJsonTextQuickly<Result extends CheckedResult>(
  text: string,
  quick: (input: unknown) => Result | undefined,
  unreadable: string,
): Result | RejectedResult | undefined {
  let certain = true;
  const result = parseJsonText(
    text,
    (input): Result | RejectedResult => {
      const answer = quick(input);
      if (answer) return answer;
      certain = false;
      // Discarded below: the caller goes to zod's path.
      return { ok: false, errors: [], warnings: [] };
    },
    unreadable,
  );
  return certain ? result : undefined;
}

function parseText<Result extends CheckedResult>(
  text: string,
  parse: (input: unknown) => Result,
): Result | RejectedResult {
  const source = withoutByteOrderMark(text);
  let input: unknown;
  try {
    input = JSON.parse(source);
  } catch (error) {
    return { ok: false, errors: [describeSyntaxError(source, error)], warnings: [] };
  }
  const result = parse(input);
  const hasProblems = result.warnings.length > 0 || (!result.ok && result.errors.length > 0);
  if (!hasProblems) return result;
  // Only a problem inside the document needs the scan; one about the whole file is placed at
  // the top-level value (a summary warning must not cost a pass over a large file).
  let positions: ReadonlyMap<string, number> | undefined;
  const positionOf = createPositionFinder(source);
  const place = (problem: ProgramProblem): ProgramProblem => {
    const offset =
      problem.segments.length === 0
        ? findRootOffset(source)
        : findPathPosition((positions ??= scanJson(source).positions), problem.segments);
    return offset === undefined ? problem : { ...problem, ...positionOf(offset) };
  };
  return result.ok
    ? { ...result, warnings: result.warnings.map(place) }
    : { ok: false, errors: result.errors.map(place), warnings: result.warnings.map(place) };
}

function describeSyntaxError(text: string, error: unknown): ProgramProblem {
  // The engine's message is kept (it names the token), but its position is not relied on:
  // not every message carries one, so our own scan finds the offset.
  const message = (error instanceof Error ? error.message : "syntax error")
    .replace(/\s*\(line \d+ column \d+\)/, "")
    .replace(/ at position \d+/, "");
  const { errorOffset } = scanJson(text);
  const base = problemAt([], `is not valid JSON: ${message}`);
  return errorOffset === undefined
    ? base
    : { ...base, ...createPositionFinder(text)(Math.min(errorOffset, text.length)) };
}
