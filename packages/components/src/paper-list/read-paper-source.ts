import {
  buildFacetTree,
  indexPaperDigest,
  loadPaperDigest,
  loadPaperDigestJson,
  loadProgram,
  loadProgramJson,
  programToDigest,
  quickParsePaperDigest,
  quickParseOwnedProgram,
  quickParsePaperDigestJson,
  quickParseProgram,
  quickParseProgramJson,
  type PaperDigest,
  type PaperDigestResult,
  type ParseResult,
  type Program,
  type ProgramProblem,
} from "@lectern/core";
import { answerNowOrLater, type JsonSourceResult } from "../shared/json-source-controller.js";
import { checkProgramTextOffThread, type CheckProgramText } from "../shared/program-checker.js";
import type { ProgramVerdict } from "../shared/program-check-protocol.js";

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
 * so its problems name lines. Where lectern.js's worker is ready, a program is checked there
 * instead, while this thread builds its digest (see `fromCheckedElsewhere`); `check` asks for
 * the verdict (the page's worker, unless a test gives its own).
 */
export function readPapersFromText(text: string, check: CheckProgramText = checkProgramTextOffThread): Answer {
  // Asked first, so the worker parses while this thread does; a digest's verdict is not used.
  const verdict = check(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Not JSON: the digest reader words the syntax error with its line.
    data = undefined;
  }
  if (verdict && isProgramData(data)) return fromCheckedElsewhere(data, text, verdict);
  if (isProgramData(data))
    // `data` was just read from the text and nobody else holds it: checked as it is, not copied.
    return answerNowOrLater(quickParseOwnedProgram(data), () => loadProgramJson(text), fromProgramResult);
  return answerNowOrLater(quickParsePaperDigestJson(text), () => loadPaperDigestJson(text), fromDigestResult);
}

/**
 * A program checked by the worker: its digest, the index and the facet tree's shape (what the
 * first page needs; core caches the last two by digest) are built from the unchecked value
 * meanwhile, and kept only if the worker finds the program valid. Otherwise the text is read
 * here, as without a worker, and its problems are worded with their lines.
 */
function fromCheckedElsewhere(
  data: unknown,
  text: string,
  verdict: Promise<ProgramVerdict>,
): Promise<JsonSourceResult<PaperDigest>> {
  let prepared: ReturnType<typeof programToDigest> | undefined;
  try {
    prepared = programToDigest(data as Program);
    buildFacetTree(indexPaperDigest(prepared.digest), {});
  } catch {
    // Unchecked data may break the conversion: the verdict says what is wrong with it.
  }
  return verdict.then(async (answer) => {
    if (answer.kind !== "valid" || !prepared)
      return fromProgramResult(quickParseProgramJson(text) ?? (await loadProgramJson(text)));
    const warnings: readonly ProgramProblem[] = [...answer.warnings, ...prepared.warnings];
    return { ok: true, value: prepared.digest, warnings };
  });
}
