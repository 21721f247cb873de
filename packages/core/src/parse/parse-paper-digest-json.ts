import type { PaperDigestResult } from "./parse-result.js";
import { paperDigestParser } from "./parse-paper-digest.js";

/**
 * Parses the text of a paper digest file, as `parseProgramJson` does for programs: JSON
 * syntax errors come back with their line and column, and every problem with the line and
 * column of the value it is about. A leading byte-order mark is ignored. Never throws.
 */
export function parsePaperDigestJson(text: string): PaperDigestResult {
  return paperDigestParser.parseJson(text);
}
