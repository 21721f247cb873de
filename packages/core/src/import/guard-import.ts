import type { ParseResult } from "../parse/parse-program.js";
import { problemAt } from "../parse/problem.js";

/**
 * Runs an importer so that it cannot throw, whatever it is given. Importers read their input
 * through readers that never throw (json-values.ts, read-input.ts, read-xml.ts), so reaching
 * the catch is a bug in Lectern, and the message says so rather than blaming the file.
 */
export function guardImport(format: string, run: () => ParseResult): ParseResult {
  try {
    return run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : "unknown error";
    return {
      ok: false,
      errors: [
        problemAt(
          [],
          `could not be imported as ${format} because of a bug in Lectern (please report it with the file): ${reason}`,
        ),
      ],
      warnings: [],
    };
  }
}
