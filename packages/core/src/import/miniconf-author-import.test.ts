import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importMiniconf } from "./miniconf-csv.js";

const options = { title: "T", timeZone: "UTC", startDate: "2026-01-01" };

/** A papers import's authors per paper as "Name* (affiliations on the entry | the person's)", and its warnings. */
function imported(papers: string, extra: Record<string, unknown> = {}) {
  const result = importMiniconf({ papers }, { ...options, ...extra });
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("\n"));
  const people = new Map(result.program.people!.map((person) => [person.id, person]));
  const authors = result.program.items.map((item) =>
    (item.authors ?? []).map((author) => {
      const person = people.get(author.person)!;
      const mark = author.presenting ? "*" : "";
      const here = author.affiliations ? `${author.affiliations.join("; ")} | ` : "";
      return `${person.name}${mark} (${here}${(person.affiliations ?? []).join("; ")})`;
    }),
  );
  const warnings = result.warnings.map((warning) => [warning.line, warning.message]);
  return { authors, warnings, program: result.program };
}

describe("importMiniconf: authors and authors_and_affil together", () => {
  const header = "UID,title,authors,authors_and_affil\n";

  it("keeps an author authors_and_affil leaves out, and warns naming the row and the counts", () => {
    const { authors, warnings } = imported(
      `${header}b,Q,"Silva, Ana*; Na, Li; Chen, Bo","Ana Silva (Univ A)*; Li Na (Univ B)"`,
    );
    expect(authors[0]).toEqual(["Ana Silva* (Univ A)", "Li Na (Univ B)", "Bo Chen ()"]);
    expect(warnings).toEqual([
      [2, 'row 2: "authors" lists 3 authors and "authors_and_affil" 2; all 3 kept ("Bo Chen" without an affiliation)'],
    ]);
  });

  it("reads the authors when authors_and_affil cannot be read, and says the affiliations are left out", () => {
    const { authors, warnings } = imported(`${header}a,P,"Silva, Ana*; Na, Li","Ana Silva (Univ A*; Li Na (Univ B)"`);
    expect(authors[0]).toEqual(["Ana Silva* ()", "Li Na ()"]);
    expect(warnings).toEqual([
      [2, 'row 2: authors_and_affil not read (author 1 ("Ana Silva (Univ A") is not one name); affiliations left out'],
    ]);
  });

  it("reads authors_and_affil alone as the author list, and when authors cannot be read", () => {
    expect(imported(`${header}a,P,,"Ana Silva (Univ A)*; Li Na (Univ B)"`).authors[0]).toEqual([
      "Ana Silva* (Univ A)",
      "Li Na (Univ B)",
    ]);
    const unreadable = imported(`${header}a,P,"Silva, Ana, Na, Li","Ana Silva (Univ A)*; Li Na (Univ B)"`);
    expect(unreadable.authors[0]).toEqual(["Ana Silva* (Univ A)", "Li Na (Univ B)"]);
    expect(unreadable.warnings[0]![1]).toContain("row 2: authors not read (the cell");
    expect(unreadable.warnings[0]![1]).toContain("read from authors_and_affil instead");
  });
});

describe("importMiniconf: one name on several papers with different affiliations", () => {
  it("keeps one person and writes each other paper's affiliations on its author entry, warning once", () => {
    const { authors, warnings } = imported(
      [
        "UID,title,authors,authors_and_affil",
        'a,P1,"Silva, Ana*; Na, Li",Ana Silva (Univ A)*; Li Na (Univ B)',
        'b,P2,"Silva, Ana; Na, Li*",Ana Silva (Univ C)*; Li Na (Univ B)',
        'c,P3,"Silva, Ana",Ana Silva (Univ D)',
      ].join("\n"),
    );
    expect(authors).toEqual([
      ["Ana Silva* (Univ A)", "Li Na (Univ B)"],
      ["Ana Silva (Univ C | Univ A)", "Li Na* (Univ B)"],
      ["Ana Silva (Univ D | Univ A)"],
    ]);
    expect(warnings).toEqual([
      [
        3,
        'row 3: "Ana Silva" is at Univ C here and at Univ A on row 2; kept as one person, each paper\'s affiliations on its author entry',
      ],
    ]);
  });

  it("gives the person the affiliations of a later paper when the first named none, without a word", () => {
    const { authors, warnings } = imported(
      'UID,title,authors,authors_and_affil\na,P1,"Silva, Ana",\nb,P2,"Silva, Ana",Ana Silva (Univ A)',
    );
    expect(authors).toEqual([["Ana Silva (Univ A)"], ["Ana Silva (Univ A)"]]);
    expect(warnings).toEqual([]);
  });
});

describe("importMiniconf: author cells that are lists of full names", () => {
  it("reads 'First Last, First Last' and 'A and B' as several authors, noting the one-comma cell", () => {
    const { authors, warnings } = imported(
      'UID,title,authors\na,P1,"Ana Silva, Li Na"\nb,P2,"Ana Silva, Li Na, Bo Chen"\nd,P4,"Ana Silva and Li Na"',
    );
    expect(authors).toEqual([
      ["Ana Silva ()", "Li Na ()"],
      ["Ana Silva ()", "Li Na ()", "Bo Chen ()"],
      ["Ana Silva ()", "Li Na ()"],
    ]);
    expect(warnings).toEqual([
      [2, 'row 2: authors "Ana Silva, Li Na" read as 2 authors ("Ana Silva", "Li Na"), not as one "Last, First" name'],
    ]);
  });
});

describe("importMiniconf: --star equal-contribution and primary_author", () => {
  const ismir = readFileSync(new URL("../../test/fixtures/miniconf/ismir2024-papers.csv", import.meta.url), "utf8");

  it("takes the presenter from primary_author and marks the starred authors equal contribution (ISMIR 2024)", () => {
    const { program, authors } = imported(ismir, { star: "equal-contribution" });
    // Every ISMIR row names its primary_author; each is one of the paper's authors (checked by hand).
    expect(authors.every((paper) => paper.filter((author) => author.includes("*")).length === 1)).toBe(true);
    const nested = program.items.findIndex((item) => item.title?.startsWith("Nested Music Transformer"));
    // Row 3: primary_author "Dasaem Jeong", the starred last author of "Ryu, Jiwoo; ...; Jeong, Dasaem*".
    expect(authors[nested]![3]).toBe("Dasaem Jeong* (Sogang University)");
    expect(program.items[nested]!.authors!.map((author) => author.equalContribution ?? false)).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });

  it("marks no presenter without a primary_author under equal contribution", () => {
    const { program } = imported('UID,title,authors\na,P,"A One*|B Two*"', { star: "equal-contribution" });
    expect(program.items[0]!.authors!.some((author) => author.presenting)).toBe(false);
  });
});
