import { paperDigestSchema, type PaperDigest } from "../model/paper-digest.js";
import { finishPaperDigestParse } from "./finish-paper-digest-parse.js";
import { problemAt, type ProgramProblem } from "./problem.js";
import { quickParseOwnedPaperDigest } from "./quick-parse-paper-digest.js";
import { describeStructuralIssues } from "./structural-problems.js";

/** The outcome of parsing a paper digest. */
export type PaperDigestResult =
  | { readonly ok: true; readonly digest: PaperDigest; readonly warnings: readonly ProgramProblem[] }
  | { readonly ok: false; readonly errors: readonly ProgramProblem[]; readonly warnings: readonly ProgramProblem[] };

/**
 * Validates untrusted input as a paper digest, like `parseProgram` does for programs: never
 * throws; errors name their path; duplicate ids and authors who are not in `people` are
 * errors; a paper without authors or abstract is a warning (the page shows less).
 */
export function parsePaperDigest(input: unknown): PaperDigestResult {
  try {
    const structural = paperDigestSchema.safeParse(input, { reportInput: true });
    if (!structural.success) return { ok: false, errors: describeStructuralIssues(structural.error.issues, paperDigestSchema), warnings: [] };
    return finishPaperDigestParse(structural.data);
  } catch (error) {
    return { ok: false, errors: [problemAt([], `could not be read: ${error instanceof Error ? error.message : "unknown error"}`)], warnings: [] };
  }
}

/**
 * `parsePaperDigest` for a value nobody else holds (just read from JSON text): a digest whose
 * shape is right is checked by the generated code and kept as it is (see parseOwnedProgram).
 */
export function parseOwnedPaperDigest(input: unknown): PaperDigestResult {
  return quickParseOwnedPaperDigest(input) ?? parsePaperDigest(input);
}
