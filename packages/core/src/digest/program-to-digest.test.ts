import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validProgram } from "../../test/valid-program.js";
import { importMiniconf } from "../import/miniconf-csv.js";
import type { Program } from "../model/program.js";
import { parsePaperDigest } from "../parse/parse-paper-digest.js";
import { parseProgram } from "../parse/parse-program.js";
import { buildFacetTree } from "./build-facet-tree.js";
import { indexPaperDigest } from "./index-paper-digest.js";
import { programToDigest } from "./program-to-digest.js";

const example = (name: string): Program => {
  const result = parseProgram(JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8")));
  if (!result.ok) throw new Error(`${name} is invalid`);
  return result.program;
};

/** The digest, checked by the parse boundary a page uses: it must be valid. */
function converted(program: Program, options?: Parameters<typeof programToDigest>[1]) {
  const result = programToDigest(program, options);
  const parsed = parsePaperDigest(result.digest);
  expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  return result;
}

describe("programToDigest on the DeLTa 2026 example", () => {
  const { digest, warnings } = converted(example("delta-2026.json"));

  it("makes a paper of every talk, none of the breaks, remarks or poster-session blocks", () => {
    // 7 invited talks and 6 orals, read in the file; opening, lunch, 2 poster breaks, closing are not papers.
    expect(digest.papers).toHaveLength(13);
    expect(digest.papers.map((paper) => paper.id)).not.toContain("lunch");
    expect(digest.papers.map((paper) => paper.id)).not.toContain("break-morning");
    expect(warnings).toEqual([]);
  });

  it("names invited speakers as authors and keeps the orals' author order", () => {
    const vidal = digest.papers.find((paper) => paper.id === "talk-vidal")!;
    expect(vidal.authors).toEqual([{ person: "rene-vidal" }]);
    const oral = digest.papers.find((paper) => paper.id === "oral-unmasking-policies")!;
    expect(oral.authors?.map((author) => author.person).slice(0, 2)).toEqual(["metod-jazbec", "theo-x-olausson"]);
    expect(oral.authors).toHaveLength(9);
  });

  it("carries only the people papers name, with the event as venue and year", () => {
    expect(digest.people?.map((person) => person.id)).not.toContain("kenji-fukumizu"); // opening remarks only
    expect(digest.papers[0]).toMatchObject({ venue: "DeLTa 2026", year: 2026 });
    expect(digest.title).toBe("Deep Generative Models: Theory, Principle, and Efficacy");
  });
});

describe("programToDigest on ISMIR 2024's papers.csv, imported", () => {
  const papersCsv = readFileSync(new URL("../../test/fixtures/miniconf/ismir2024-papers.csv", import.meta.url), "utf8");
  const imported = importMiniconf(
    { papers: papersCsv },
    { title: "ISMIR 2024", timeZone: "America/Los_Angeles", startDate: "2024-11-10" },
  );
  if (!imported.ok) throw new Error("the fixture no longer imports");
  const { digest } = converted(imported.program);
  const nested = digest.papers.find((paper) => paper.title.startsWith("Nested Music Transformer"))!;

  it("keeps every poster with its authors in order", () => {
    expect(digest.papers).toHaveLength(12);
    const names = nested.authors!.map((author) => digest.people!.find((person) => person.id === author.person)!.name);
    expect(names).toEqual(["Jiwoo Ryu", "Hao-Wen Dong", "Jongmin Jung", "Dasaem Jeong"]);
    expect(nested.authors![3]!.presenting).toBe(true);
  });

  it("puts the paper under its session and its subject under Tags", () => {
    expect(nested.tags).toEqual(
      expect.arrayContaining([
        { label: "Day 2, session 4", path: ["Sessions", "Day 2, session 4"] },
        // ISMIR's "MIR tasks -> music generation": the subject under its area, under Tags.
        { label: "music generation", path: ["Tags", "MIR tasks", "music generation"] },
      ]),
    );
    const roots = buildFacetTree(indexPaperDigest(digest), {}).map((node) => node.label);
    expect(roots).toEqual(expect.arrayContaining(["Sessions", "Tags"]));
  });
});

describe("programToDigest on tracks, hierarchies and what it cannot carry", () => {
  const program = validProgram({
    textFormat: "markdown",
    people: [{ id: "ana", name: "Ana Silva" }],
    tracks: [{ id: "ml", name: "Machine learning" }],
    sessions: [
      { id: "s1", title: "Orals I", track: "ml", items: ["a"] },
      { id: "s2", title: "Orals I", items: ["b"] },
    ],
    items: [
      {
        id: "a",
        kind: "contributed-talk",
        title: "Paper A",
        subtitle: "A subtitle",
        authors: [{ person: "ana" }],
        tags: [{ label: "Vision", score: 0.8, path: ["AI", "Vision"] }],
      },
      { id: "b", kind: "poster", title: "Paper B", status: "cancelled" },
      { id: "c", kind: "poster", tba: ["title"] },
    ],
  });
  const { digest, warnings } = converted(program);

  it("takes the track from the session, and keeps a tag's hierarchy and score under Tags", () => {
    expect(digest.papers[0]!.tags).toEqual([
      { label: "Machine learning", path: ["Tracks", "Machine learning"] },
      { label: "Orals I", path: ["Sessions", "Orals I"] },
      { label: "Vision", score: 0.8, path: ["Tags", "AI", "Vision"] },
    ]);
  });

  it("carries the text format, so a page renders the abstracts as Markdown", () => {
    expect(digest.textFormat).toBe("markdown");
  });

  it("warns with a path for what it leaves out", () => {
    expect(warnings.map((warning) => warning.path)).toEqual([
      "sessions[1].title",
      "items[1].status",
      "items[2].title",
      "items[0].subtitle",
    ]);
    expect(digest.papers.map((paper) => paper.id)).toEqual(["a", "b"]);
  });

  it("names the facet roots in the page's language", () => {
    const localized = converted(program, { facetLabels: { tracks: "Sitzungsreihen" } }).digest;
    expect(localized.papers[0]!.tags![0]!.path).toEqual(["Sitzungsreihen", "Machine learning"]);
  });

  it("counts the items that lose a field in one warning per field, not one line per item", () => {
    const paper = (id: string) => ({ id, kind: "poster" as const, title: id, language: "es" });
    const many = validProgram({ items: ["a", "b", "c", "d", "e"].map(paper) });
    expect(converted(many).warnings.map((warning) => `${warning.path}: ${warning.message}`)).toEqual([
      'items[0].language: a digest has no language; "a", "b", "c" and 2 more are listed without it',
    ]);
    const one = validProgram({
      items: [paper("a"), { id: "b", kind: "poster" as const, title: "b", note: "Room change" }],
    });
    expect(converted(one).warnings.map((warning) => `${warning.path}: ${warning.message}`)).toEqual([
      'items[0].language: a digest has no language; "a" is listed without it',
      'items[1].note: a digest has no note; "b" is listed without it',
    ]);
  });
});
