import { describe, expect, it } from "vitest";
import { sampleDigest, samplePaths } from "../../test/sample-digest.js";
import { facetKeyOf } from "./facet-path.js";
import { clampConfidence, confidentTagsOf, filterPapers, type PaperFilter } from "./filter-papers.js";
import { indexPaperDigest } from "./index-paper-digest.js";

const index = indexPaperDigest(sampleDigest());
const keys = {
  it: "Information Technology",
  ml: "Information Technology > Artificial Intelligence > Machine Learning",
  theory: facetKeyOf(samplePaths.theory),
  vision: facetKeyOf(samplePaths.vision),
  transport: "Optimal transport",
};

describe("filterPapers", () => {
  it.each<[string, PaperFilter, string[]]>([
    ["nothing with an empty filter", {}, ["p1", "p2", "p3", "p4", "p5"]],
    ["by an author, accents ignored", { query: "Nunez" }, ["p1", "p3"]],
    ["by a parent facet, with its descendants", { facets: [keys.ml] }, ["p1", "p2", "p3", "p4"]],
    ["by the root facet", { facets: [keys.it] }, ["p1", "p2", "p3", "p4"]],
    ["by a leaf facet", { facets: [keys.theory] }, ["p2"]],
    ["by a tag without a path", { facets: [keys.transport] }, ["p4"]],
    ["by any of several facets", { facets: [keys.theory, keys.transport] }, ["p2", "p4"]],
    ["by an unknown facet: nothing", { facets: ["Nowhere"] }, []],
    [
      "by minimum confidence: a paper needs one tag that sure (untagged p5 hidden)",
      { minConfidence: 0.5 },
      ["p1", "p2", "p3", "p4"],
    ],
    ["by minimum confidence: unscored tags count as certain", { minConfidence: 0.99 }, ["p4"]],
    ["by minimum confidence: the bound is inclusive", { minConfidence: 0.95 }, ["p1", "p3", "p4"]],
    ["by a facet whose tag is too unsure", { facets: [keys.vision], minConfidence: 0.7 }, ["p3"]],
    ["by a facet whose tag is sure enough", { facets: [keys.vision], minConfidence: 0.6 }, ["p1", "p3"]],
    ["by search, facet and confidence together", { query: "ana", facets: [keys.ml], minConfidence: 0.5 }, ["p1"]],
  ])("filters %s", (_name, filter, ids) => {
    expect(filterPapers(index, filter).map((paper) => paper.paper.id)).toEqual(ids);
  });
});

describe("confidentTagsOf", () => {
  it.each([
    [0, ["Generative Models", "Vision"]],
    [0.6, ["Generative Models", "Vision"]],
    [0.61, ["Generative Models"]],
    [1, []],
  ])("keeps p1's tags at least %d sure", (minimum, labels) => {
    expect(confidentTagsOf(index.papers[0]!, minimum).map((tag) => tag.path.at(-1))).toEqual(labels);
  });
});

describe("clampConfidence", () => {
  it.each([
    [undefined, 0],
    [Number.NaN, 0],
    [-1, 0],
    [0.4, 0.4],
    [7, 1],
  ])("%d becomes %d", (value, clamped) => {
    expect(clampConfidence(value)).toBe(clamped);
  });
});
