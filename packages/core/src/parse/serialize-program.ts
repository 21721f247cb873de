import type { Program } from "../model/program.js";

/**
 * Writes a program as JSON text (two-space indent, trailing newline). Reading it back with
 * `parseProgramJson` gives an equal program: the model keeps everything it reads.
 */
export function serializeProgram(program: Program): string {
  return `${JSON.stringify(program, null, 2)}\n`;
}
