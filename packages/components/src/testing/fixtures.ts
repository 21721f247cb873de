import { parseProgram, type Program } from "@lectern/core";
import delta from "@lectern/core/examples/delta-2026.json";
import sigmetrics from "@lectern/core/examples/sigmetrics-2026.json";

function mustParse(input: unknown, name: string): Program {
  const result = parseProgram(input);
  if (!result.ok)
    throw new Error(
      `${name} is invalid: ${result.errors.map((error) => `${error.path}: ${error.message}`).join("; ")}`,
    );
  return result.program;
}

/** The ICLR 2026 DeLTa workshop (a one-day program in America/Sao_Paulo). */
export const deltaProgram: Program = mustParse(delta, "delta-2026.json");

/** The SIGMETRICS 2026 workshop (a tentative program with no times). */
export const sigmetricsProgram: Program = mustParse(sigmetrics, "sigmetrics-2026.json");

/** A deep copy of a program's JSON, for tests that change it. */
export function programData(program: Program): Record<string, any> {
  return JSON.parse(JSON.stringify(program)) as Record<string, any>;
}

/** Parses test data as a program, failing loudly. */
export function programFrom(input: unknown): Program {
  return mustParse(input, "test program");
}
