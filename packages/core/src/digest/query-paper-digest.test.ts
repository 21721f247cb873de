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

  it("reads an unknown order as relevance", () => {
    const answer = queryPaperDigest(digest, { sort: "random" as never, locale: "en" });
    expect(answer.papers.map((paper) => paper.paper.id)).toEqual(["p1", "p2", "p3", "p4", "p5"]);
  });

  it("answers a keystroke on 2,000 papers quickly once the digest is indexed", () => {
    const large = generatedDigest(2000);
    queryPaperDigest(large, { locale: "en" });
    const started = performance.now();
    const answer = queryPaperDigest(large, { query: "diffusion númber 1", minConfidence: 0.3, facets: ["Science > Field 1"], sort: "score", locale: "en" });
    const elapsed = performance.now() - started;
    expect(answer.papers.length).toBeGreaterThan(0);
    // Typically a few milliseconds; the bound leaves room for a loaded 2-core machine.
    expect(elapsed).toBeLessThan(100);
  });
});
