import type { Program } from "../model/program.js";
import { problemAt, type ProgramProblem } from "./problem.js";

/**
 * Rules between an item's own fields that the schema cannot say: a `date` is only for an item
 * without a `start` (an error), and a tag label given twice is a warning at the second (views
 * show a label once).
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
    const seen = new Set<string>();
    item.tags?.forEach((tag, tagIndex) => {
      if (seen.has(tag.label)) {
        warnings.push(
          problemAt(["items", index, "tags", tagIndex], `the tag "${tag.label}" is given twice; views show it once`),
        );
      }
      seen.add(tag.label);
    });
  });
  return { errors, warnings };
}
