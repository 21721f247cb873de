import { describe, expect, it } from "vitest";
import { generatedDigest, sampleDigest } from "../../test/sample-digest.js";
import { queryPaperDigest } from "./query-paper-digest.js";

describe("queryPaperDigest", () => {
  const digest = sampleDigest();

  it("filters, sorts and counts in one call", () => {
    const answer = queryPaperDigest(digest, { query: "matching", sort: "title", minConfidence: 0.5, locale: "en" });
    expect(answer.papers.map((paper) => paper.paper.id)).toEqual(["p4", "p2"]);
    expect(answer.total).toBe(5);
    expect(answer.facets.map((node) => [node.label, node.count])).toEqual([
      ["Information Technology", 2],
      ["Optimal transport", 1],
    ]);
  });

  it("counts the facets once, when they are first read, as for the filter asked", () => {
    const answer = queryPaperDigest(digest, { query: "matching", minConfidence: 0.5, locale: "en" });
    const facets = answer.facets;
    expect(answer.facets).toBe(facets);
    // Read after another query on the same digest: still this query's counts.
    const other = queryPaperDigest(digest, { locale: "en" });
    expect(other.facets.map((node) => node.count)).not.toEqual(facets.map((node) => node.count));
    expect(facets.map((node) => [node.label, node.count])).toEqual([
      ["Information Technology", 2],
      ["Optimal transport", 1],
    ]);
  });

  it("reads an unknown order as relevance", () => {
    const answer = queryPaperDigest(digest, { sort: "random" as never, locale: "en" });
    expect(answer.papers.map((paper) => paper.paper.id)).toEqual(["p1", "p2", "p3", "p4", "p5"]);
  });

  it("answers from the cached index exactly as from a fresh one, on 2,000 papers", () => {
    // How fast a keystroke is answered is measured in npm run bench (paper-list.bench.mjs),
    // not here: a timed unit test fails on a loaded machine and proves nothing on a fast one.
    const large = generatedDigest(2000);
    const question = {
      query: "diffusion númber 1",
      minConfidence: 0.3,
      facets: ["Science > Field 1"],
      sort: "score",
      locale: "en",
    } as const;
    queryPaperDigest(large, { locale: "en" });
    const fromCache = queryPaperDigest(large, question);
    const fresh = queryPaperDigest(structuredClone(large), question);
    expect(fromCache.papers.length).toBeGreaterThan(0);
    expect(fromCache.papers.map((paper) => paper.paper.id)).toEqual(fresh.papers.map((paper) => paper.paper.id));
    expect(fromCache.total).toBe(fresh.total);
  });
});
