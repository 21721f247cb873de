import { createDocumentLoader } from "./document-loader.js";
import type { PaperDigestResult } from "./parse-result.js";
import { paperDigestQuickPath } from "./quick-parse-paper-digest.js";

// As for programs (load-program.ts): zod's path is imported only when the quick path has no answer.
const paperDigestLoader = createDocumentLoader(
  paperDigestQuickPath,
  async () => (await import("./parse-paper-digest.js")).paperDigestParser,
);

/**
 * `parsePaperDigestJson`, for pages, as `loadProgramJson` is for programs: zod is loaded only
 * to word the problems of a digest that is not valid. Never rejects.
 */
export function loadPaperDigestJson(text: string): Promise<PaperDigestResult> {
  return paperDigestLoader.loadJson(text);
}

/** `parsePaperDigest`, for pages, as `loadProgram` is for programs. Never rejects. */
export function loadPaperDigest(value: unknown): Promise<PaperDigestResult> {
  return paperDigestLoader.load(value);
}
