import type { ParseResult } from "./parse-result.js";
import { programParser } from "./parse-program.js";

/**
 * Parses the text of a program file: JSON syntax errors come back with their line and column,
 * and every problem with the line and column of the value it is about. A leading byte-order
 * mark is ignored. Never throws.
 */
export function parseProgramJson(text: string): ParseResult {
  return programParser.parseJson(text);
}
