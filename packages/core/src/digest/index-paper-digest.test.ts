import { describe, expect, it } from "vitest";
import { sampleDigest } from "../../test/sample-digest.js";
import { indexPaperDigest } from "./index-paper-digest.js";

describe("indexPaperDigest", () => {
  const digest = sampleDigest();
  const index = indexPaperDigest(digest);
  const paper = (id: string) => index.papers.find((entry) => entry.paper.id === id)!;

  it("keeps the digest's order as each paper's position", () => {
    expect(index.papers.map((entry) => [entry.paper.id, entry.position])).toEqual([
      ["p1", 0],
      ["p2", 1],
      ["p3", 2],
      ["p4", 3],
      ["p5", 4],
    ]);
  });

  it.each([
    ["foldedTitle", "p1", "denoising diffusion models"],
    ["foldedAuthors", "p3", "ana nunez, lukasz kaiser"],
    ["foldedAbstract", "p2", "stochastic differential equations move data to noise and back."],
    ["searchText", "p4", "flow matching\nkim lee\nregress a vector field along probability paths."],
  ] as const)("folds %s once (%s)", (field, id, expected) => {
    expect(paper(id)[field]).toBe(expected);
  });

  it("places each tag in the facet tree with its confidence (1 when unscored)", () => {
    expect(paper("p4").tags.map(({ key, keysAlong, confidence }) => ({ key, keysAlong, confidence }))).toEqual([
      {
        key: "Information Technology > Artificial Intelligence > Machine Learning > Generative Models",
        keysAlong: [
          "Information Technology",
          "Information Technology > Artificial Intelligence",
          "Information Technology > Artificial Intelligence > Machine Learning",
          "Information Technology > Artificial Intelligence > Machine Learning > Generative Models",
        ],
        confidence: 1,
      },
      { key: "Optimal transport", keysAlong: ["Optimal transport"], confidence: 0.8 },
    ]);
  });

  it("is computed once per digest", () => {
    expect(indexPaperDigest(digest)).toBe(index);
  });
});
