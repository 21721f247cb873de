import { parseProgram, type ParseResult } from "../parse/parse-program.js";
import type { ProgramProblem } from "../parse/problem.js";

/**
 * The last step of every importer: the program it built goes through the same parse
 * boundary as a hand-written one, and the importer's own warnings (what it dropped or
 * guessed) come first.
 */
export function finishImport(program: unknown, importWarnings: readonly ProgramProblem[]): ParseResult {
  const result = parseProgram(program);
  const warnings = [...importWarnings, ...result.warnings];
  return result.ok ? { ok: true, program: result.program, warnings } : { ok: false, errors: result.errors, warnings };
}
