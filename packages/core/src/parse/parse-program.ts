import type { Program } from "../model/program.js";
import { programSchema } from "../model/program.js";
import { finishProgramParse } from "./finish-program-parse.js";
import { problemAt, type ProgramProblem } from "./problem.js";
import { quickParseOwnedProgram } from "./quick-parse-program.js";
import { describeStructuralIssues } from "./structural-problems.js";

/** The outcome of parsing a program: a valid program with warnings, or the errors. */
export type ParseResult =
  | { readonly ok: true; readonly program: Program; readonly warnings: readonly ProgramProblem[] }
  | { readonly ok: false; readonly errors: readonly ProgramProblem[]; readonly warnings: readonly ProgramProblem[] };

/**
 * Validates untrusted input (already parsed from JSON) as a program. The one boundary of the
 * package: what it returns is typed and valid, and everything else works on that.
 *
 * Never throws, on any input. Errors name the place (`items[3].start`) and say what to do.
 * Unknown person/room/track ids, duplicate ids, unknown fields and impossible times (25:00,
 * 30 February, a local time skipped by a DST change) are errors; a local time that happens
 * twice (DST overlap) is read as the earlier one, with a warning.
 */
export function parseProgram(input: unknown): ParseResult {
  try {
    return parseUnsafely(input);
  } catch (error) {
    // Defence in depth: parseProgram promises never to throw, even on a bug of ours or on a
    // JavaScript object whose getters throw.
    return { ok: false, errors: [problemAt([], `could not be read: ${describeThrown(error)}`)], warnings: [] };
  }
}

/**
 * `parseProgram` for a value that nobody else holds (just read from JSON text): a valid one
 * is returned as it is rather than as zod's copy. Internal.
 *
 * Why: a valid program is the common case, and zod copies every object it checks. The
 * generated `programPassesAsIs` runs the schema's checks as straight-line code on the value
 * itself (no zod, no copy; see generate-as-is-check.ts); only a program it is not certain of
 * goes to zod, which gives the real answer and the messages. On 10,000 items in Node this
 * made parseProgramJson 41 instead of 53 ms (zod's compiled parser went first before).
 */
export function parseOwnedProgram(input: unknown): ParseResult {
  return quickParseOwnedProgram(input) ?? parseProgram(input);
}

function describeThrown(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return "an unreadable value was thrown";
  }
}

/** Something that checks a program's shape as `programSchema` does (the schema, or a compiled copy). */
export type StructuralParser = Pick<typeof programSchema, "safeParse">;

let makeParser: () => StructuralParser = () => programSchema;
let parser: StructuralParser | undefined;

/**
 * Replaces the structural parser with another made on first use (the Node build installs
 * zod's compiled parser this way; see use-compiled-parser.ts). Internal.
 */
export function setStructuralParserFactory(factory: () => StructuralParser): void {
  makeParser = factory;
  parser = undefined;
}

function structuralParser(): StructuralParser {
  if (!parser) {
    try {
      parser = makeParser();
    } catch {
      parser = programSchema;
    }
  }
  return parser;
}

function parseUnsafely(input: unknown): ParseResult {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    const found = input === null ? "null" : Array.isArray(input) ? "an array" : typeof input;
    return {
      ok: false,
      errors: [problemAt([], `a program is a JSON object with "event" and "items"; found ${found}`)],
      warnings: [],
    };
  }
  const structural = structuralParser().safeParse(input, { reportInput: true });
  if (!structural.success) {
    return { ok: false, errors: describeStructuralIssues(structural.error.issues, programSchema), warnings: [] };
  }
  return finishProgramParse(structural.data);
}
