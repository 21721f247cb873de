import { findPathPosition, mapJsonPositions, positionOfOffset } from "./json-positions.js";
import { parseProgram, type ParseResult } from "./parse-program.js";
import { problemAt, type ProgramProblem } from "./problem.js";

/**
 * Parses the text of a program file: JSON syntax errors come back with their line and column,
 * and every problem with the line and column of the value it is about.
 * Never throws.
 */
export function parseProgramJson(text: string): ParseResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [describeSyntaxError(text, error)], warnings: [] };
  }
  const result = parseProgram(input);
  const hasProblems = result.warnings.length > 0 || (!result.ok && result.errors.length > 0);
  if (!hasProblems) return result;
  const positions = mapJsonPositions(text);
  const place = (problem: ProgramProblem): ProgramProblem => {
    const offset = findPathPosition(positions, problem.segments);
    return offset === undefined ? problem : { ...problem, ...positionOfOffset(text, offset) };
  };
  return result.ok
    ? { ...result, warnings: result.warnings.map(place) }
    : { ok: false, errors: result.errors.map(place), warnings: result.warnings.map(place) };
}

function describeSyntaxError(text: string, error: unknown): ProgramProblem {
  const message = error instanceof Error ? error.message : String(error);
  const atPosition = /at position (\d+)/.exec(message);
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  const base = problemAt([], `is not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)/, "")}`);
  if (lineColumn) return { ...base, line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  if (atPosition) return { ...base, ...positionOfOffset(text, Number(atPosition[1])) };
  if (/end of JSON input/i.test(message)) return { ...base, ...positionOfOffset(text, text.length) };
  return base;
}
