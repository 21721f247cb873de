import type { PaperDigestResult } from "./parse-paper-digest.js";
import { quickParsePaperDigest, quickParsePaperDigestJson } from "./quick-parse-paper-digest.js";

/**
 * `parsePaperDigestJson`, for pages, as `loadProgramJson` is for programs: zod is loaded only
 * to word the problems of a digest that is not valid. Never rejects.
 */
export async function loadPaperDigestJson(text: string): Promise<PaperDigestResult> {
  const quick = quickParsePaperDigestJson(text);
  if (quick) return quick;
  const { parsePaperDigestJson } = await import("./parse-paper-digest-json.js");
  return parsePaperDigestJson(text);
}

/** `parsePaperDigest`, for pages, as `loadProgram` is for programs. Never rejects. */
export async function loadPaperDigest(value: unknown): Promise<PaperDigestResult> {
  const quick = quickParsePaperDigest(value);
  if (quick) return quick;
  const { parsePaperDigest } = await import("./parse-paper-digest.js");
  return parsePaperDigest(value);
}
