import type { PaperDigest } from "../model/paper-digest.js";
import type { PaperDigestResult } from "./parse-result.js";
import { problemAt, type ProgramProblem } from "./problem.js";

/**
 * The checks after a paper digest's shape is known to be right: duplicate ids, authors who
 * are not in `people`, names that are missing without being "to be announced" (errors), and
 * papers without authors (a warning). Shared by zod's path and the quick path; no zod here.
 */
export function finishPaperDigestParse(digest: PaperDigest): PaperDigestResult {
  const errors: ProgramProblem[] = [];
  const warnings: ProgramProblem[] = [];
  const people = new Set<string>();
  digest.people?.forEach((person, index) => {
    if (people.has(person.id)) errors.push(problemAt(["people", index, "id"], `duplicate id "${person.id}"`));
    people.add(person.id);
    if (person.name === undefined && !person.tba?.includes("name"))
      errors.push(
        problemAt(["people", index, "name"], 'is required (text); if the name is not known yet, list "name" in tba'),
      );
  });
  const papers = new Set<string>();
  digest.papers.forEach((paper, index) => {
    if (papers.has(paper.id)) errors.push(problemAt(["papers", index, "id"], `duplicate id "${paper.id}"`));
    papers.add(paper.id);
    paper.authors?.forEach((author, authorIndex) => {
      if (!people.has(author.person))
        errors.push(
          problemAt(
            ["papers", index, "authors", authorIndex, "person"],
            `no person has the id "${author.person}"; add it to people, or fix the id`,
          ),
        );
    });
    if (!paper.authors?.length) warnings.push(problemAt(["papers", index], `"${paper.title}" has no authors`));
  });
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, digest, warnings };
}
