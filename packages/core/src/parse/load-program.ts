import type { ParseResult } from "./parse-program.js";
import { quickParseProgram, quickParseProgramJson } from "./quick-parse-program.js";

/**
 * `parseProgramJson`, for pages: a program whose shape is right is answered without zod; zod
 * (and the model's schemas) are loaded only to say what is wrong with one that is not. In
 * lectern.js the schemas are a separate file, fetched only then, so a page showing a valid
 * program neither downloads nor builds them. Never rejects.
 */
export async function loadProgramJson(text: string): Promise<ParseResult> {
  const quick = quickParseProgramJson(text);
  if (quick) return quick;
  const { parseProgramJson } = await import("./parse-program-json.js");
  return parseProgramJson(text);
}

/**
 * `parseProgram`, for pages, as `loadProgramJson` is for text: zod is loaded only for a value
 * whose shape is wrong (or that is not plain data), and reads the value once it has loaded, so
 * the value should not change meanwhile. Never rejects.
 */
export async function loadProgram(value: unknown): Promise<ParseResult> {
  const quick = quickParseProgram(value);
  if (quick) return quick;
  const { parseProgram } = await import("./parse-program.js");
  return parseProgram(value);
}
