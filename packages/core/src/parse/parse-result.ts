import type { PaperDigest } from "../model/paper-digest.js";
import type { Program } from "../model/program.js";
import type { ProgramProblem } from "./problem.js";

/** What a parse boundary (`parseProgram`, `parsePaperDigest`) returns, whatever it accepts. */
export type CheckedResult =
  | { readonly ok: true; readonly warnings: readonly ProgramProblem[] }
  | { readonly ok: false; readonly errors: readonly ProgramProblem[]; readonly warnings: readonly ProgramProblem[] };

/** A rejection: the shape every parse boundary uses for errors. */
export type RejectedResult = Extract<CheckedResult, { ok: false }>;

/** The outcome of parsing a program: a valid program with warnings, or the errors. */
export type ParseResult =
  { readonly ok: true; readonly program: Program; readonly warnings: readonly ProgramProblem[] } | RejectedResult;

/** The outcome of parsing a paper digest. */
export type PaperDigestResult =
  { readonly ok: true; readonly digest: PaperDigest; readonly warnings: readonly ProgramProblem[] } | RejectedResult;

/** A rejection with one problem about the whole document. */
export function rejectDocument(message: string): RejectedResult {
  return { ok: false, errors: [{ path: "", segments: [], message }], warnings: [] };
}
