import { createDocumentLoader } from "./document-loader.js";
import type { ParseResult } from "./parse-result.js";
import { programQuickPath } from "./quick-parse-program.js";

// zod's path is imported only when the quick path has no answer: lectern.js keeps it (with the
// schemas) in a file of its own, fetched only for an invalid program (docs/decisions/0006).
const programLoader = createDocumentLoader(
  programQuickPath,
  async () => (await import("./parse-program.js")).programParser,
);

/**
 * `parseProgramJson`, for pages: a program whose shape is right is answered without zod; zod
 * (and the model's schemas) are loaded only to say what is wrong with one that is not. In
 * lectern.js the schemas are a separate file, fetched only then, so a page showing a valid
 * program neither downloads nor builds them. Never rejects.
 */
export function loadProgramJson(text: string): Promise<ParseResult> {
  return programLoader.loadJson(text);
}

/**
 * `parseProgram`, for pages, as `loadProgramJson` is for text: zod is loaded only for a value
 * whose shape is wrong (or that is not plain data), and reads the value once it has loaded, so
 * the value should not change meanwhile. Never rejects.
 */
export function loadProgram(value: unknown): Promise<ParseResult> {
  return programLoader.load(value);
}
