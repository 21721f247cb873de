import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validProgram } from "../../test/valid-program.js";
import { importMiniconf } from "../import/miniconf-csv.js";
import type { Program } from "../model/program.js";
import { parsePaperDigest } from "../parse/parse-paper-digest.js";
import { buildFacetTree } from "./build-facet-tree.js";
import { indexPaperDigest } from "./index-paper-digest.js";
import { programToDigest } from "./program-to-digest.js";

// How a paper is presented (in person, remote, hybrid) in a digest: the field, and a facet
// only when the papers differ.

function digestOf(program: Program, options?: Parameters<typeof programToDigest>[1]) {
  const { digest } = programToDigest(program, options);
  const parsed = parsePaperDigest(digest);
  expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  return digest;
}

const presentationTags = (tags: readonly { label: string; path?: string[] }[] | undefined) =>
  (tags ?? []).filter((tag) => tag.path?.[0] === "Presentation");

describe("programToDigest and presentation", () => {
  it("keeps each paper's presentation and files them under Presentation, an unsaid one as In person", () => {
    const digest = digestOf(
      validProgram({
        items: [
          { id: "a", kind: "poster", title: "A", presentation: "remote" },
          { id: "b", kind: "poster", title: "B" },
          { id: "c", kind: "poster", title: "C", presentation: "hybrid" },
        ],
      }),
    );
    expect(digest.papers.map((paper) => paper.presentation)).toEqual(["remote", undefined, "hybrid"]);
    expect(digest.papers.map((paper) => presentationTags(paper.tags))).toEqual([
      [{ label: "Remote", path: ["Presentation", "Remote"] }],
      [{ label: "In person", path: ["Presentation", "In person"] }],
      [{ label: "Hybrid", path: ["Presentation", "Hybrid"] }],
    ]);
    const root = buildFacetTree(indexPaperDigest(digest), {}).find((node) => node.label === "Presentation")!;
    expect(root.children.map((node) => [node.label, node.count])).toEqual(
      expect.arrayContaining([
        ["Remote", 1],
        ["In person", 1],
        ["Hybrid", 1],
      ]),
    );
  });

  it("makes no facet when every paper is presented one way, even if some say so and some do not", () => {
    const digest = digestOf(
      validProgram({
        items: [
          { id: "a", kind: "poster", title: "A", presentation: "in-person" },
          { id: "b", kind: "poster", title: "B" },
          // Opening remarks are no paper: given remotely, they do not make the papers differ.
          { id: "c", kind: "opening-remarks", title: "Welcome", presentation: "remote" },
        ],
      }),
    );
    expect(digest.papers.flatMap((paper) => presentationTags(paper.tags))).toEqual([]);
    expect(digest.papers[0]!.presentation).toBe("in-person");
  });

  it("names the root and the facets in the page's language", () => {
    const digest = digestOf(
      validProgram({
        items: [
          { id: "a", kind: "poster", title: "A", presentation: "remote" },
          { id: "b", kind: "poster", title: "B" },
        ],
      }),
      { facetLabels: { presentation: "Präsentation" }, presentationLabels: { remote: "Online" } },
    );
    expect(digest.papers.map((paper) => paper.tags)).toEqual([
      [{ label: "Online", path: ["Präsentation", "Online"] }],
      [{ label: "In person", path: ["Präsentation", "In person"] }],
    ]);
  });

  it("on ISMIR 2024's papers.csv, files the remote paper 1 and the 11 in San Francisco", () => {
    const csv = readFileSync(new URL("../../test/fixtures/miniconf/ismir2024-papers.csv", import.meta.url), "utf8");
    const imported = importMiniconf(
      { papers: csv },
      { title: "ISMIR 2024", timeZone: "America/Los_Angeles", startDate: "2024-11-10" },
    );
    if (!imported.ok) throw new Error("the fixture no longer imports");
    const digest = digestOf(imported.program);
    const labels = digest.papers.map((paper) => presentationTags(paper.tags)[0]?.label);
    expect(labels.filter((label) => label === "In person")).toHaveLength(11);
    expect(digest.papers.find((paper) => paper.id === "1")?.presentation).toBe("remote");
  });
});
