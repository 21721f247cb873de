import type { Program } from "../model/program.js";
import { finishProgramParse } from "./finish-program-parse.js";
import { parseJsonTextQuickly } from "./parse-json-text.js";
import type { ParseResult } from "./parse-program.js";
import { copyOfPlainData } from "./plain-data.js";
import { programPassesAsIs } from "./program-as-is.generated.js";

/** What parseProgramJson says when even the position mapping fails (shared with it). */
export const unreadableProgram = "could not be read as a program";

/**
 * `parseProgram`'s answer for a value whose shape is right, without zod: `undefined` when
 * the value's shape is wrong (or not certain to be right), where only zod can say what is
 * wrong. The answer is the same `parseProgram` would give (it may still hold errors: a
 * reference to an unknown room, a time skipped by a DST change).
 *
 * The program returned is a copy (structuredClone), as zod's output is, so the caller's
 * object can change later without changing it; unlike zod, free-form `extra` data is copied
 * too. Only plain data is answered (see plain-data.ts): a class instance, a Date or a Map,
 * which a copy would turn into something else, is left to zod.
 */
export function quickParseProgram(value: unknown): ParseResult | undefined {
  const owned = copyOfPlainData(value);
  return owned === undefined ? undefined : quickParseOwnedProgram(owned);
}

/**
 * `parseProgramJson`'s answer without zod: JSON syntax errors, and programs whose shape is
 * right (with line and column on every problem). `undefined` when only zod can say what is
 * wrong with the shape.
 */
export function quickParseProgramJson(text: string): ParseResult | undefined {
  return parseJsonTextQuickly(text, quickParseOwnedProgram, unreadableProgram);
}

/**
 * The quick path for a value nobody else holds (just read from JSON text): the value itself
 * is the program when its shape is right. Internal; parseOwnedProgram goes to zod after it.
 */
export function quickParseOwnedProgram(input: unknown): ParseResult | undefined {
  try {
    return programPassesAsIs(input) ? finishProgramParse(input as Program) : undefined;
  } catch {
    // parseProgram never throws; its guard words what went wrong.
    return undefined;
  }
}
