import { createQuickPath } from "./document-quick-path.js";
import { finishPaperDigestParse } from "./finish-paper-digest-parse.js";
import { paperDigestPassesAsIs } from "./paper-digest-as-is.generated.js";
import type { PaperDigestResult } from "./parse-result.js";

/** What parsePaperDigestJson says when even the position mapping fails (shared with it). */
export const unreadablePaperDigest = "could not be read as a paper digest";

/** The quick path of paper digests (no zod), as `programQuickPath` is for programs. Internal. */
export const paperDigestQuickPath = createQuickPath({
  passesAsIs: paperDigestPassesAsIs,
  finish: finishPaperDigestParse,
  unreadable: unreadablePaperDigest,
});

/**
 * `parsePaperDigest`'s answer without zod, as `quickParseProgram` is for programs: a copy of a
 * digest whose shape is right, or `undefined` where only zod can say what is wrong. The copy
 * keeps the value's key order and copies free-form `extra` data too (zod's output has its keys
 * in the schema's order and shares `extra`); the two are equal as data.
 */
export function quickParsePaperDigest(value: unknown): PaperDigestResult | undefined {
  return paperDigestQuickPath.parseValue(value);
}

/** `parsePaperDigestJson`'s answer without zod, as `quickParseProgramJson` is for programs. */
export function quickParsePaperDigestJson(text: string): PaperDigestResult | undefined {
  return paperDigestQuickPath.parseJson(text);
}
