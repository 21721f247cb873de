import { describe, expect, it } from "vitest";
import { sampleDigest } from "../../test/sample-digest.js";
import { indexPaperDigest } from "./index-paper-digest.js";
import { sortPapers, type PaperSortOptions, type PaperSortOrder } from "./sort-papers.js";

const index = indexPaperDigest(sampleDigest());
const vision = "Information Technology > Artificial Intelligence > Vision";

describe("sortPapers", () => {
  it.each<[PaperSortOrder, Omit<PaperSortOptions, "locale">, string[]]>([
    ["relevance", {}, ["p1", "p2", "p3", "p4", "p5"]],
    ["relevance", { query: "diffusion" }, ["p1", "p5", "p2", "p3", "p4"]],
    ["relevance", { query: "kim" }, ["p1", "p4", "p2", "p3", "p5"]],
    ["title", {}, ["p5", "p1", "p4", "p3", "p2"]],
    ["year", {}, ["p3", "p2", "p1", "p5", "p4"]],
    ["score", {}, ["p4", "p3", "p1", "p2", "p5"]],
    ["score", { facets: [vision] }, ["p3", "p1", "p2", "p4", "p5"]],
    ["score", { facets: [vision], minConfidence: 0.7 }, ["p3", "p1", "p2", "p4", "p5"]],
    ["score", { minConfidence: 0.99 }, ["p4", "p1", "p2", "p3", "p5"]],
  ])("by %s with %j", (order, options, ids) => {
    expect(sortPapers(index.papers, order, { locale: "en", ...options }).map((paper) => paper.paper.id)).toEqual(ids);
  });

  it("sorts titles in the locale's alphabet, numbers by value", () => {
    const papers = ["Ångström 10", "Zebra", "Ångström 9", "apple"].map((title, position) => ({
      ...index.papers[0]!,
      position,
      paper: { ...index.papers[0]!.paper, title },
    }));
    expect(sortPapers(papers, "title", { locale: "en" }).map((paper) => paper.paper.title)).toEqual([
      "Ångström 9",
      "Ångström 10",
      "apple",
      "Zebra",
    ]);
    expect(sortPapers(papers, "title", { locale: "sv" }).map((paper) => paper.paper.title)).toEqual([
      "apple",
      "Zebra",
      "Ångström 9",
      "Ångström 10",
    ]);
  });

  it("does not change the array it is given", () => {
    const papers = [...index.papers];
    sortPapers(papers, "year", { locale: "en" });
    expect(papers).toEqual(index.papers);
  });
});
