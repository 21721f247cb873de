import { expect } from "vitest";
import { parseProgram, type ParseResult } from "../src/parse/parse-program.js";
import { formatPath, type ProgramProblem } from "../src/parse/problem.js";

// ---------------------------------------------------------------------------------------------
// The shape every result must have

export function expectWellFormedProblem(problem: ProgramProblem): void {
  expect(typeof problem.path).toBe("string");
  expect(typeof problem.message).toBe("string");
  expect(problem.message.trim()).not.toBe("");
  expect(Array.isArray(problem.segments)).toBe(true);
  expect(formatPath(problem.segments)).toBe(problem.path);
  if (problem.line !== undefined) {
    expect(Number.isInteger(problem.line) && problem.line >= 1).toBe(true);
    expect(Number.isInteger(problem.column) && problem.column! >= 1).toBe(true);
  }
}

/** ok with a program and warnings, or not ok with a non-empty list of errors. */
export function expectWellFormed(result: ParseResult): void {
  expect(Array.isArray(result.warnings)).toBe(true);
  result.warnings.forEach(expectWellFormedProblem);
  if (result.ok) {
    expect(typeof result.program).toBe("object");
    expect(result.program).not.toBeNull();
    expect(Array.isArray(result.program.items)).toBe(true);
  } else {
    expect(result.ok).toBe(false);
    expect(Array.isArray(result.errors)).toBe(true);
    expect(result.errors.length).toBeGreaterThan(0);
    result.errors.forEach(expectWellFormedProblem);
  }
}

/** Never throws: the call itself is the first half of every "never throws" property. */
export function parseSafely(input: unknown): ParseResult {
  let result: ParseResult | undefined;
  expect(() => (result = parseProgram(input))).not.toThrow();
  expectWellFormed(result!);
  return result!;
}

export const withoutPositions = (problems: readonly ProgramProblem[]) =>
  problems.map(({ path, segments, message }) => ({ path, segments, message }));
