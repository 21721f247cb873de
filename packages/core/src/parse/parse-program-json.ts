import { createPositionFinder, findPathPosition, scanJson } from "./json-positions.js";
import { parseProgram, type ParseResult } from "./parse-program.js";
import { problemAt, type ProgramProblem } from "./problem.js";

/**
 * Parses the text of a program file: JSON syntax errors come back with their line and column,
 * and every problem with the line and column of the value it is about. A leading byte-order
 * mark is ignored. Never throws.
 */
export function parseProgramJson(text: string): ParseResult {
  try {
    return parseText(text);
  } catch {
    // parseProgram cannot throw; this guards the position mapping, which only runs on text
    // that JSON.parse accepted.
    return { ok: false, errors: [problemAt([], "could not be read as a program")], warnings: [] };
  }
}

function parseText(text: string): ParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let input: unknown;
  try {
    input = JSON.parse(source);
  } catch (error) {
    return { ok: false, errors: [describeSyntaxError(source, error)], warnings: [] };
  }
  const result = parseProgram(input);
  const hasProblems = result.warnings.length > 0 || (!result.ok && result.errors.length > 0);
  if (!hasProblems) return result;
  const { positions } = scanJson(source);
  const positionOf = createPositionFinder(source);
  const place = (problem: ProgramProblem): ProgramProblem => {
    const offset = findPathPosition(positions, problem.segments);
    return offset === undefined ? problem : { ...problem, ...positionOf(offset) };
  };
  return result.ok
    ? { ...result, warnings: result.warnings.map(place) }
    : { ok: false, errors: result.errors.map(place), warnings: result.warnings.map(place) };
}

function describeSyntaxError(text: string, error: unknown): ProgramProblem {
  // The engine's message is kept (it names the token), but its position is not relied on:
  // not every message carries one, so our own scan finds the offset.
  const message = (error instanceof Error ? error.message : "syntax error").replace(/\s*\(line \d+ column \d+\)/, "").replace(/ at position \d+/, "");
  const { errorOffset } = scanJson(text);
  const base = problemAt([], `is not valid JSON: ${message}`);
  return errorOffset === undefined ? base : { ...base, ...positionOfErrorOffset(text, errorOffset) };
}

function positionOfErrorOffset(text: string, offset: number) {
  return createPositionFinder(text)(Math.min(offset, text.length));
}
