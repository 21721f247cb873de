import {
  loadPaperDigest,
  loadPaperDigestJson,
  loadProgram,
  loadProgramJson,
  programToDigest,
  quickParsePaperDigest,
  quickParseOwnedProgram,
  quickParsePaperDigestJson,
  quickParseProgram,
  type PaperDigest,
  type PaperDigestResult,
  type ParseResult,
} from "@lectern/core";
import { answerNowOrLater, type JsonSourceResult } from "../shared/json-source-controller.js";

type Answer = JsonSourceResult<PaperDigest> | Promise<JsonSourceResult<PaperDigest>>;

const fromDigestResult = (result: PaperDigestResult): JsonSourceResult<PaperDigest> =>
  result.ok ? { ok: true, value: result.digest, warnings: result.warnings } : result;

/** A valid program as its digest; the conversion's warnings follow the program's. */
const fromProgramResult = (result: ParseResult): JsonSourceResult<PaperDigest> => {
  if (!result.ok) return result;
  const { digest, warnings } = programToDigest(result.program);
  return { ok: true, value: digest, warnings: [...result.warnings, ...warnings] };
};

/**
 * Whether data is a program rather than a digest: a program has `event` and `items`, a
 * digest `papers` and neither of those. Anything else is read as a digest, whose problems
 * then say what a digest needs (the element's first document type).
 */
export function isProgramData(data: unknown): boolean {
  return typeof data === "object" && data !== null && "event" in data && "items" in data && !("papers" in data);
}

/**
 * What `<paper-list>` shows from a value: a digest through the digest boundary, or a program
 * through the program boundary and then `programToDigest`.
 */
export function readPapersFromValue(value: unknown): Answer {
  if (isProgramData(value))
    return answerNowOrLater(quickParseProgram(value), () => loadProgram(value), fromProgramResult);
  return answerNowOrLater(quickParsePaperDigest(value), () => loadPaperDigest(value), fromDigestResult);
}

/**
 * The same from JSON text. The text is parsed once to tell the type; a program whose shape
 * is right is then checked from that value, and only a broken one is read again from the text,
 * so its problems name lines.
 */
export function readPapersFromText(text: string): Answer {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Not JSON: the digest reader words the syntax error with its line.
    data = undefined;
  }
  if (isProgramData(data))
    // `data` was just read from the text and nobody else holds it: checked as it is, not copied.
    return answerNowOrLater(quickParseOwnedProgram(data), () => loadProgramJson(text), fromProgramResult);
  return answerNowOrLater(quickParsePaperDigestJson(text), () => loadPaperDigestJson(text), fromDigestResult);
}
