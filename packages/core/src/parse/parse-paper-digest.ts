import { paperDigestSchema } from "../model/paper-digest.js";
import { createDocumentParser } from "./document-parser.js";
import type { PaperDigestResult } from "./parse-result.js";
import { paperDigestQuickPath } from "./quick-parse-paper-digest.js";

export type { PaperDigestResult } from "./parse-result.js";

/** zod's path for paper digests, after the quick path (see document-parser.ts). Internal. */
export const paperDigestParser = createDocumentParser({ schema: paperDigestSchema, quick: paperDigestQuickPath });

/**
 * Validates untrusted input as a paper digest, like `parseProgram` does for programs: never
 * throws; errors name their path; duplicate ids and authors who are not in `people` are
 * errors; a paper without authors or abstract is a warning (the page shows less).
 */
export function parsePaperDigest(input: unknown): PaperDigestResult {
  return paperDigestParser.parse(input);
}
