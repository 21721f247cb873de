import { describe, expect, it } from "vitest";
import type { CellAuthor } from "./miniconf-authors.js";
import { foldPersonName, matchAffiliations } from "./miniconf-match-affiliations.js";

const listed = (...names: string[]): CellAuthor[] =>
  names.map((name) => ({ name: name.replace("*", ""), starred: name.endsWith("*") }));
const affiliated = (...entries: [string, string][]): CellAuthor[] =>
  entries.map(([name, affiliation]) => ({ name: name.replace("*", ""), starred: name.endsWith("*"), affiliation }));
const shown = (authors: readonly CellAuthor[]) =>
  authors.map((author) => `${author.name}${author.starred ? "*" : ""} (${author.affiliation ?? "-"})`);

describe("foldPersonName", () => {
  it("meets accents, case, punctuation and word order", () => {
    expect(foldPersonName("Meinard Müller")).toBe(foldPersonName("meinard  MULLER"));
    expect(foldPersonName("Li Na")).toBe(foldPersonName("Na, Li"));
    expect(foldPersonName("Ana Silva")).not.toBe(foldPersonName("Ana Silvo"));
  });
});

describe("matchAffiliations", () => {
  it("gives each author the affiliation of the same name, whatever the order, keeping the authors' order and star", () => {
    const matched = matchAffiliations(
      listed("Ana Silva*", "Li Na"),
      affiliated(["Li Na", "Univ B"], ["Ana Silva", "Univ A"]),
    );
    expect(shown(matched.authors)).toEqual(["Ana Silva* (Univ A)", "Li Na (Univ B)"]);
    expect(matched.notes).toEqual([]);
  });

  it("keeps an author authors_and_affil lacks, and says so", () => {
    const matched = matchAffiliations(
      listed("Ana Silva*", "Li Na", "Bo Chen"),
      affiliated(["Ana Silva*", "Univ A"], ["Li Na", "Univ B"]),
    );
    expect(shown(matched.authors)).toEqual(["Ana Silva* (Univ A)", "Li Na (Univ B)", "Bo Chen (-)"]);
    expect(matched.notes).toEqual([
      '"authors" lists 3 authors and "authors_and_affil" 2; all 3 kept ("Bo Chen" without an affiliation)',
    ]);
  });

  it("adds last a person only authors_and_affil names", () => {
    const matched = matchAffiliations(listed("Ana Silva"), affiliated(["Ana Silva", "Univ A"], ["Bo Chen", "Univ C"]));
    expect(shown(matched.authors)).toEqual(["Ana Silva (Univ A)", "Bo Chen (Univ C)"]);
    expect(matched.notes[0]).toBe(
      '"authors" lists 1 author and "authors_and_affil" 2; all 2 kept ("Bo Chen" only in authors_and_affil, added last)',
    );
  });

  it("matches names spelled differently by their order, and names each such match", () => {
    const matched = matchAffiliations(
      listed("Ana Silva", "Li Na"),
      affiliated(["A. Silva", "Univ A"], ["Li Na", "Univ B"]),
    );
    expect(shown(matched.authors)).toEqual(["Ana Silva (Univ A)", "Li Na (Univ B)"]);
    expect(matched.notes).toEqual(['authors_and_affil\'s "A. Silva" as "Ana Silva" matched by their order']);
  });

  it("takes authors_and_affil's star only when authors stars nobody", () => {
    const star = affiliated(["Ana Silva", "Univ A"], ["Li Na*", "Univ B"]);
    expect(shown(matchAffiliations(listed("Ana Silva", "Li Na"), star).authors)[1]).toBe("Li Na* (Univ B)");
    expect(shown(matchAffiliations(listed("Ana Silva*", "Li Na"), star).authors)).toEqual([
      "Ana Silva* (Univ A)",
      "Li Na (Univ B)",
    ]);
  });
});
