import { paperDigestSchema, type PaperDigest } from "../model/paper-digest.js";
import { problemAt, type ProgramProblem } from "./problem.js";
import { describeStructuralIssues } from "./structural-problems.js";

/** The outcome of parsing a paper digest. */
export type PaperDigestResult =
  | { readonly ok: true; readonly digest: PaperDigest; readonly warnings: readonly ProgramProblem[] }
  | { readonly ok: false; readonly errors: readonly ProgramProblem[]; readonly warnings: readonly ProgramProblem[] };

/**
 * Validates untrusted input as a paper digest, like `parseProgram` does for programs: never
 * throws; errors name their path; duplicate ids and authors who are not in `people` are
 * errors; a paper without authors or abstract is a warning (the page shows less).
 */
export function parsePaperDigest(input: unknown): PaperDigestResult {
  try {
    const structural = paperDigestSchema.safeParse(input, { reportInput: true });
    if (!structural.success) return { ok: false, errors: describeStructuralIssues(structural.error.issues, paperDigestSchema), warnings: [] };
    const digest = structural.data;
    const errors: ProgramProblem[] = [];
    const warnings: ProgramProblem[] = [];
    const people = new Set<string>();
    digest.people?.forEach((person, index) => {
      if (people.has(person.id)) errors.push(problemAt(["people", index, "id"], `duplicate id "${person.id}"`));
      people.add(person.id);
      if (person.name === undefined && !person.tba?.includes("name")) errors.push(problemAt(["people", index, "name"], 'is required (text); if the name is not known yet, list "name" in tba'));
    });
    const papers = new Set<string>();
    digest.papers.forEach((paper, index) => {
      if (papers.has(paper.id)) errors.push(problemAt(["papers", index, "id"], `duplicate id "${paper.id}"`));
      papers.add(paper.id);
      paper.authors?.forEach((author, authorIndex) => {
        if (!people.has(author.person)) errors.push(problemAt(["papers", index, "authors", authorIndex, "person"], `no person has the id "${author.person}"; add it to people, or fix the id`));
      });
      if (!paper.authors?.length) warnings.push(problemAt(["papers", index], `"${paper.title}" has no authors`));
    });
    return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, digest, warnings };
  } catch (error) {
    return { ok: false, errors: [problemAt([], `could not be read: ${error instanceof Error ? error.message : "unknown error"}`)], warnings: [] };
  }
}
