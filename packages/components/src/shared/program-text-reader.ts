import { loadProgramJson, quickParseProgramJson, type ParseResult, type Program } from "@lectern/core";
import { checkProgramTextOffThread, type CheckProgramText } from "./program-checker.js";

/**
 * A program from its JSON text, as core's boundary reads it (`quickParseProgramJson`, then
 * `loadProgramJson` for what only zod can word): now, or later when zod must load.
 *
 * When lectern.js's program-check worker is ready, the checking (most of the work for a
 * large program) runs there while this thread parses the same text and calls `prepare` with
 * the value, unchecked, so that an element can build what it draws (a digest, the resolved
 * schedule) meanwhile. The value becomes the program only if the worker finds it valid;
 * otherwise the text is read here the usual way, and what `prepare` built is dropped.
 * `prepare` must be pure and may throw (the value is not checked yet). `check` asks for the
 * verdict (the page's worker, unless a test gives its own).
 */
export function readProgramText(
  text: string,
  prepare?: (unchecked: Program) => void,
  check: CheckProgramText = checkProgramTextOffThread,
): ParseResult | Promise<ParseResult> {
  const verdict = check(text);
  if (!verdict) return readHere(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
    prepare?.(value as Program);
  } catch {
    // Not JSON, or not a program prepare can use: the verdict decides, and the text is read here.
  }
  return verdict.then((answer) =>
    answer.kind === "valid" && value !== undefined
      ? { ok: true, program: value as Program, warnings: answer.warnings }
      : readHere(text),
  );
}

function readHere(text: string): ParseResult | Promise<ParseResult> {
  return quickParseProgramJson(text) ?? loadProgramJson(text);
}
