import { createQuickPath } from "./document-quick-path.js";
import { finishProgramParse } from "./finish-program-parse.js";
import type { ParseResult } from "./parse-result.js";
import { programPassesAsIs } from "./program-as-is.generated.js";

/** What parseProgramJson says when even the position mapping fails (shared with it). */
export const unreadableProgram = "could not be read as a program";

/** The quick path of programs (no zod), shared by `parseProgram`'s family and `loadProgram`'s. Internal. */
export const programQuickPath = createQuickPath({
  passesAsIs: programPassesAsIs,
  finish: finishProgramParse,
  unreadable: unreadableProgram,
});

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
  return programQuickPath.parseValue(value);
}

/**
 * {@link quickParseProgram} for a value nobody else holds, such as one the caller has just read
 * with `JSON.parse`: the value itself becomes the program, without the copy (a copy of a
 * 2,000-paper program costs more than checking it). The caller must not change or keep the
 * value afterwards.
 */
export function quickParseOwnedProgram(value: unknown): ParseResult | undefined {
  return programQuickPath.parseOwned(value);
}

/**
 * `parseProgramJson`'s answer without zod: JSON syntax errors, and programs whose shape is
 * right (with line and column on every problem). `undefined` when only zod can say what is
 * wrong with the shape.
 */
export function quickParseProgramJson(text: string): ParseResult | undefined {
  return programQuickPath.parseJson(text);
}
