import { describe, expect, it } from "vitest";
import { sampleDigest } from "../../test/sample-digest.js";
import { buildFacetTree, countFacetTreeNodes, type FacetNode } from "./build-facet-tree.js";
import type { PaperFilter } from "./filter-papers.js";
import { indexPaperDigest } from "./index-paper-digest.js";

const index = indexPaperDigest(sampleDigest());

/** The tree as indented "label count" lines: easy to read in a table. */
const outline = (nodes: readonly FacetNode[], depth = 0): string[] =>
  nodes.flatMap((node) => [`${"  ".repeat(depth)}${node.label} ${node.count}`, ...outline(node.children, depth + 1)]);

describe("buildFacetTree", () => {
  it.each<[string, PaperFilter, boolean, string[]]>([
    [
      "counts every paper once per node, biggest branches first, a pathless tag as its own root",
      {},
      false,
      [
        "Information Technology 4",
        "  Artificial Intelligence 4",
        "    Machine Learning 4",
        "      Generative Models 4",
        "      Theory 1",
        "    Vision 2",
        "Optimal transport 1",
      ],
    ],
    [
      "honours the minimum confidence (and keeps empty nodes unless asked)",
      { minConfidence: 0.5 },
      false,
      [
        "Information Technology 4",
        "  Artificial Intelligence 4",
        "    Machine Learning 3",
        "      Generative Models 3",
        "      Theory 0",
        "    Vision 2",
        "Optimal transport 1",
      ],
    ],
    [
      "leaves out empty nodes when asked",
      { minConfidence: 0.95 },
      true,
      [
        "Information Technology 3",
        "  Artificial Intelligence 3",
        "    Machine Learning 2",
        "      Generative Models 2",
        "    Vision 1",
      ],
    ],
    [
      "keeps an empty node that is selected, so it can be unchecked",
      { minConfidence: 0.95, facets: ["Optimal transport"] },
      true,
      [
        "Information Technology 3",
        "  Artificial Intelligence 3",
        "    Machine Learning 2",
        "      Generative Models 2",
        "    Vision 1",
        "Optimal transport 0",
      ],
    ],
    [
      "honours the search",
      { query: "nunez" },
      true,
      [
        "Information Technology 2",
        "  Artificial Intelligence 2",
        "    Machine Learning 2",
        "      Generative Models 2",
        "    Vision 2",
      ],
    ],
    [
      "does not apply the facet selection to the counts",
      { facets: ["Optimal transport"] },
      false,
      [
        "Information Technology 4",
        "  Artificial Intelligence 4",
        "    Machine Learning 4",
        "      Generative Models 4",
        "      Theory 1",
        "    Vision 2",
        "Optimal transport 1",
      ],
    ],
  ])("%s", (_name, filter, omitEmpty, expected) => {
    expect(outline(buildFacetTree(index, filter, { omitEmpty }))).toEqual(expected);
  });

  it("gives each node its key and path", () => {
    const [root] = buildFacetTree(index, {});
    const vision = root!.children[0]!.children[1]!;
    expect([vision.key, vision.path]).toEqual([
      "Information Technology > Artificial Intelligence > Vision",
      ["Information Technology", "Artificial Intelligence", "Vision"],
    ]);
  });
});

describe("countFacetTreeNodes", () => {
  it("counts every node of the tree at every depth, whatever the filter would leave out", () => {
    const nodesOf = (nodes: readonly FacetNode[]): number =>
      nodes.reduce((sum, node) => sum + 1 + nodesOf(node.children), 0);
    // The sample's tree has 7 nodes (the outline above); a search leaves out the empty ones.
    expect(countFacetTreeNodes(index)).toBe(7);
    expect(nodesOf(buildFacetTree(index, {}))).toBe(7);
    expect(nodesOf(buildFacetTree(index, { query: "vision" }, { omitEmpty: true }))).toBeLessThan(7);
  });
});
