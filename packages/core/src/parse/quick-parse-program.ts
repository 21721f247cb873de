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
 * object can change later without changing it; unlike zod, free-form `extra` data is copied
 * too. Only plain data is answered (see isPlainData): a class instance, a Date or a Map, which
 * a copy would turn into something else, is left to zod.
 */
export function quickParseProgram(value: unknown): ParseResult | undefined {
  if (!isPlainData(value)) return undefined;
  let owned: unknown;
  try {
    owned = structuredClone(value);
  } catch {
    // A getter that throws: zod's path reports it.
    return undefined;
  }
  return quickParseOwnedProgram(owned);
}

/**
 * True when `value` is data that structuredClone copies as zod reads it: strings, numbers,
 * booleans, null, undefined, arrays without holes or extra properties, and objects whose
 * prototype is Object's (or none) with only enumerable string keys. Anything else (class
 * instances, Dates, Maps, functions, symbols, non-enumerable or Symbol keys, an object met
 * twice) is for zod to judge. A walk without recursion, so deep data cannot overflow the stack.
 */
function isPlainData(root: unknown): boolean {
  const seen = new Set<object>();
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || value === undefined || typeof value === "string" || typeof value === "number" || typeof value === "boolean") continue;
    if (typeof value !== "object" || seen.has(value)) return false;
    seen.add(value);
    if (Object.getOwnPropertySymbols(value).length > 0) return false;
    const keys = Object.keys(value);
    const names = Object.getOwnPropertyNames(value).length;
    if (Array.isArray(value)) {
      // Own names of an array without holes or extras: every index, and "length".
      if (Object.getPrototypeOf(value) !== Array.prototype || keys.length !== value.length || names !== keys.length + 1) return false;
    } else {
      const prototype = Object.getPrototypeOf(value) as unknown;
      if ((prototype !== Object.prototype && prototype !== null) || names !== keys.length) return false;
    }
    for (const key of keys) pending.push((value as Record<string, unknown>)[key]);
  }
  return true;
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
