import { programSchema } from "../model/program.js";
import { createDocumentParser } from "./document-parser.js";
import type { ParseResult } from "./parse-result.js";
import { programQuickPath } from "./quick-parse-program.js";
import type { StructuralParser } from "./structural-check.js";

export type { ParseResult } from "./parse-result.js";
export type { StructuralParser } from "./structural-check.js";

/** zod's path for programs, after the quick path (see document-parser.ts). Internal. */
export const programParser = createDocumentParser({
  schema: programSchema,
  quick: programQuickPath,
  describeWrongRoot: (input) => {
    if (typeof input === "object" && input !== null && !Array.isArray(input)) return undefined;
    const found = input === null ? "null" : Array.isArray(input) ? "an array" : typeof input;
    return `a program is a JSON object with "event" and "items"; found ${found}`;
  },
});

/**
 * Validates untrusted input (already parsed from JSON) as a program. The one boundary of the
 * package: what it returns is typed and valid, and everything else works on that.
 *
 * Never throws, on any input. Errors name the place (`items[3].start`) and say what to do.
 * Unknown person/room/track ids, duplicate ids, unknown fields and impossible times (25:00,
 * 30 February, a local time skipped by a DST change) are errors; a local time that happens
 * twice (DST overlap) is read as the earlier one, with a warning. At most 1,000 errors are
 * listed, the last saying how many more there are.
 */
export function parseProgram(input: unknown): ParseResult {
  return programParser.parse(input);
}

/**
 * Replaces the structural parser with another made on first use (the Node build installs
 * zod's compiled parser this way; see use-compiled-parser.ts). Internal.
 */
export function setStructuralParserFactory(factory: () => StructuralParser): void {
  programParser.useStructuralParser(factory);
}
