import type { Program } from "../model/program.js";
import { problemAt, type ProgramProblem } from "./problem.js";
import { repeatsIn } from "./repeats-in.js";

/**
 * Rules between an item's own fields that the schema cannot say: a `date` is only for an item
 * without a `start` (an error), and a tag given twice (one label at one place in the hierarchy)
 * is a warning at the second (views show it once).
 */
export function checkItemFields(program: Program): { errors: ProgramProblem[]; warnings: ProgramProblem[] } {
  const errors: ProgramProblem[] = [];
  const warnings: ProgramProblem[] = [];
  program.items.forEach((item, index) => {
    if (item.date !== undefined && item.start !== undefined) {
      errors.push(
        problemAt(
          ["items", index, "date"],
          'is only for an item whose time is not known; give "date" or "start", not both',
        ),
      );
    }
    // A tag is its label at its place (its path): one label under two areas ("Tasks ›
    // evaluation", "Datasets › evaluation") is two tags; the unit separator is in no label.
    // Nothing is allocated for an item with one tag or none (most papers of a program).
    const tags = item.tags;
    if (!tags || tags.length < 2) return;
    const places = tags.map((tag) => [tag.label, ...(tag.path ?? [])].join("\u001f"));
    for (const tagIndex of repeatsIn(places, (place) => place))
      warnings.push(
        problemAt(
          ["items", index, "tags", tagIndex],
          `the tag "${tags[tagIndex]!.label}" is given twice; views show it once`,
        ),
      );
  });
  return { errors, warnings };
}
