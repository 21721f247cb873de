import type { PaperDigest } from "../model/paper-digest.js";
import { finishPaperDigestParse } from "./finish-paper-digest-parse.js";
import { paperDigestPassesAsIs } from "./paper-digest-as-is.generated.js";
import { parseJsonTextQuickly } from "./parse-json-text.js";
import type { PaperDigestResult } from "./parse-paper-digest.js";
import { copyOfPlainData } from "./plain-data.js";

/** What parsePaperDigestJson says when even the position mapping fails (shared with it). */
export const unreadablePaperDigest = "could not be read as a paper digest";

/**
 * `parsePaperDigest`'s answer without zod, as `quickParseProgram` is for programs: a copy of a
 * digest whose shape is right, or `undefined` where only zod can say what is wrong. The copy
 * keeps the value's key order and copies free-form `extra` data too (zod's output has its keys
 * in the schema's order and shares `extra`); the two are equal as data.
 */
export function quickParsePaperDigest(value: unknown): PaperDigestResult | undefined {
  const owned = copyOfPlainData(value);
  return owned === undefined ? undefined : quickParseOwnedPaperDigest(owned);
}

/** `parsePaperDigestJson`'s answer without zod, as `quickParseProgramJson` is for programs. */
export function quickParsePaperDigestJson(text: string): PaperDigestResult | undefined {
  return parseJsonTextQuickly(text, quickParseOwnedPaperDigest, unreadablePaperDigest);
}

/** The quick path for a value nobody else holds, as quickParseOwnedProgram is for programs. Internal. */
export function quickParseOwnedPaperDigest(input: unknown): PaperDigestResult | undefined {
  try {
    return paperDigestPassesAsIs(input) ? finishPaperDigestParse(input as PaperDigest) : undefined;
  } catch {
    // parsePaperDigest never throws; its guard words what went wrong.
    return undefined;
  }
}
