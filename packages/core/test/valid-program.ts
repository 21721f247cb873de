import type { Program } from "../src/model/program.js";
import { parseProgram } from "../src/parse/parse-program.js";

/**
 * Test helper: a valid program from a partial description, through the real parse boundary
 * (so tests only ever see programs `parseProgram` accepts). Fails the test with the errors
 * otherwise. `event` fills in only what a test sets: the rest is "Test Workshop", a workshop
 * on 2026-06-01 in `timeZone`.
 */
export function validProgram(
  partial: Partial<Omit<Program, "event">> & { items: Program["items"]; event?: Partial<Program["event"]> },
  timeZone = "Europe/Berlin",
): Program {
  const { event, ...rest } = partial;
  const result = parseProgram({
    event: { title: "Test Workshop", kind: "workshop", startDate: "2026-06-01", timeZone, ...event },
    ...rest,
  });
  if (!result.ok)
    throw new Error(
      `test program is invalid:\n${result.errors.map((error) => `${error.path}: ${error.message}`).join("\n")}`,
    );
  return result.program;
}
