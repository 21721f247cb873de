import type { Program } from "../model/program.js";
import { problemAt, type ProgramProblem } from "../parse/problem.js";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { toJsonLd, type JsonLdNode } from "./to-json-ld.js";

/** What {@link toJsonLdWithWarnings} answers. */
export interface JsonLdExport {
  /** The schema.org document, as {@link toJsonLd} writes it. */
  readonly document: JsonLdNode;
  /** One per item left out (no time and no date), with its path. */
  readonly warnings: readonly ProgramProblem[];
  /** Non-empty when the program has items and none of them could be written: do not publish it. */
  readonly errors: readonly ProgramProblem[];
}

/**
 * {@link toJsonLd}, and what it could not write: a warning naming each item that has neither
 * a time nor a date (a schema.org event needs a start, and an invented one would be a lie a
 * search engine repeats), and an error when that is every item, since a document with no
 * `subEvent` would publish the event as if it had no program at all. Kept apart from
 * `toJsonLd` so that a page's bundle, which only publishes, does not carry it.
 */
export function toJsonLdWithWarnings(program: Program): JsonLdExport {
  const document = toJsonLd(program);
  const leftOut = resolveSchedule(program).untimed.filter((entry) => entry.date === undefined);
  const warnings = leftOut.map((entry) =>
    problemAt(
      ["items", entry.index],
      "has no time and no date; it is not in the JSON-LD (a schema.org event needs a start)",
    ),
  );
  const written = (document.subEvent as readonly unknown[]).length;
  const errors =
    program.items.length > 0 && written === 0
      ? [
          problemAt(
            [],
            `no item has a time or a date (${leftOut.map((entry) => entry.path).join(", ")}); the JSON-LD would list none of the program`,
          ),
        ]
      : [];
  return { document, warnings, errors };
}
