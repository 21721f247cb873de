import type { Program } from "../model/program.js";
import { finishProgramParse } from "./finish-program-parse.js";
import { parseJsonText } from "./parse-json-text.js";
import type { ParseResult } from "./parse-program.js";
import { programPassesAsIs } from "./program-as-is.generated.js";

// In every runtime the core supports (browsers, Node >= 17), but in neither ES lib: the core
// compiles without DOM or Node types.
declare function structuredClone<T>(value: T): T;

/** What parseProgramJson says when even the position mapping fails (shared with it). */
export const unreadableProgram = "could not be read as a program";

/**
 * `parseProgram`'s answer for a value whose shape is right, without zod: `undefined` when
 * the value's shape is wrong (or not certain to be right), where only zod can say what is
 * wrong. The answer is the same `parseProgram` would give (it may still hold errors: a
 * reference to an unknown room, a time skipped by a DST change).
 *
 * The program returned is a copy (structuredClone), as zod's output is, so the caller's
 * object can change later without changing it.
 */
export function quickParseProgram(value: unknown): ParseResult | undefined {
  let owned: unknown;
  try {
    owned = structuredClone(value);
  } catch {
    // Functions, symbols, getters that throw: zod's path reports them.
    return undefined;
  }
  return quickParseOwnedProgram(owned);
}

/**
 * `parseProgramJson`'s answer without zod: JSON syntax errors, and programs whose shape is
 * right (with line and column on every problem). `undefined` when only zod can say what is
 * wrong with the shape.
 */
export function quickParseProgramJson(text: string): ParseResult | undefined {
  let certain = true;
  const result = parseJsonText(
    text,
    (input): ParseResult => {
      const quick = quickParseOwnedProgram(input);
      if (quick) return quick;
      certain = false;
      // Discarded below: the caller goes to zod's path.
      return { ok: false, errors: [], warnings: [] };
    },
    unreadableProgram,
  );
  return certain ? result : undefined;
}

function quickParseOwnedProgram(input: unknown): ParseResult | undefined {
  if (!programPassesAsIs(input)) return undefined;
  try {
    return finishProgramParse(input as Program);
  } catch {
    // parseProgram never throws; its guard words what went wrong.
    return undefined;
  }
}
