import { parseJsonText } from "./parse-json-text.js";
import { parseOwnedProgram, type ParseResult } from "./parse-program.js";
import { unreadableProgram } from "./quick-parse-program.js";

/**
 * Parses the text of a program file: JSON syntax errors come back with their line and column,
 * and every problem with the line and column of the value it is about. A leading byte-order
 * mark is ignored. Never throws.
 */
export function parseProgramJson(text: string): ParseResult {
  return parseJsonText(text, parseOwnedProgram, unreadableProgram);
}
