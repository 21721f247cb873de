import type { ProgramProblem } from "@lectern/core";

/** What the page asks the program-check worker: check this JSON text (`id` pairs the answer). */
export interface ProgramCheckRequest {
  readonly id: number;
  readonly text: string;
}

/**
 * The worker's verdict on a program's JSON text, as core's quick path gives it:
 * - `valid`: the text is a valid program, with these warnings (lines and columns included);
 * - `other`: anything else (not JSON, not a program, a program with errors, or one only zod
 *   can judge). The page then reads the text itself the usual way, which words the problems.
 */
export type ProgramVerdict =
  { readonly kind: "valid"; readonly warnings: readonly ProgramProblem[] } | { readonly kind: "other" };

/** What the worker posts: once `ready` when it has loaded, then one answer per request. */
export type ProgramCheckMessage =
  { readonly kind: "ready" } | { readonly kind: "answer"; readonly id: number; readonly verdict: ProgramVerdict };
