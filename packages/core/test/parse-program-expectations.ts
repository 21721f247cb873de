import { expect } from "vitest";
import { parseProgram, type ParseResult } from "../src/parse/parse-program.js";
import type { ProgramProblem } from "../src/parse/problem.js";
import { minimalProgram, type ProgramData } from "./program-builder.js";

// Shared by the parseProgram test files (one per kind of check), so each states its cases only.

/** The errors `parseProgram` gives for `input`; throws when the program is accepted. */
export function errorsOf(input: unknown): readonly ProgramProblem[] {
  const result = parseProgram(input);
  if (result.ok) throw new Error(`expected the program to be rejected; it was accepted`);
  return result.errors;
}

/** Asserts the input is rejected with exactly one error, at `path`, whose message has every fragment. */
export function expectOneError(input: unknown, path: string, ...fragments: (string | RegExp)[]): ProgramProblem {
  const errors = errorsOf(input);
  expect(errors.map((error) => error.path)).toEqual([path]);
  const [error] = errors;
  for (const fragment of fragments) {
    if (typeof fragment === "string") expect(error!.message).toContain(fragment);
    else expect(error!.message).toMatch(fragment);
  }
  return error!;
}

/** The accepted result of `parseProgram`; throws with every error listed when it is rejected. */
export function expectAccepted(input: unknown): Extract<ParseResult, { ok: true }> {
  const result = parseProgram(input);
  if (!result.ok) {
    throw new Error(
      `expected the program to be accepted:\n${result.errors.map((e) => `${e.path}: ${e.message}`).join("\n")}`,
    );
  }
  return result;
}

/** A minimal program with the given items. */
export function withItems(...items: Record<string, unknown>[]): ProgramData {
  const program = minimalProgram();
  program.items = items;
  return program;
}

/** A timed item with everything it needs; override any field. */
export function talk(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, kind: "contributed-talk", title: `Talk ${id}`, start: "2026-06-15T09:00", duration: 20, ...fields };
}

/** A minimal program in `timeZone` with the given items. */
export function inZone(timeZone: string, ...items: Record<string, unknown>[]): ProgramData {
  const program = withItems(...items);
  program.event.timeZone = timeZone;
  return program;
}
