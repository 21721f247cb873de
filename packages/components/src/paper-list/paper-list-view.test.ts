import { indexPaperDigest, type FacetNode } from "@lectern/core";
import { describe, expect, it } from "vitest";
import { digestFrom } from "../testing/paper-digests.js";
import {
  describePublication,
  formatScore,
  isFacetOpenByDefault,
  limitTopics,
  readPageSize,
  readSortOrder,
  viewPaperCard,
} from "./paper-list-view.js";

const digest = digestFrom({
  title: "x",
  people: [
    { id: "ana", name: "Ana Souza", affiliations: ["USP"] },
    { id: "kim", tba: ["name"] },
  ],
  papers: [
    {
      id: "p",
      title: "A paper",
      authors: [
        { person: "ana", affiliations: ["KAIST"] },
        { person: "kim", presenting: true },
      ],
      venue: "NeurIPS 2020",
      year: 2020,
      tags: [
        { label: "Low", score: 0.2, path: ["A", "Low"] },
        { label: "Keyword" },
        { label: "High", score: 0.931, path: ["A", "High"] },
      ],
    },
  ],
});
const entry = indexPaperDigest(digest).papers[0]!;
const people = indexPaperDigest(digest).people;

describe("describePublication", () => {
  it.each([
    ["NeurIPS 2020", 2020, "NeurIPS 2020"],
    ["arXiv preprint", 2022, "arXiv preprint, 2022"],
    [undefined, 2019, "2019"],
    ["ICML", undefined, "ICML"],
    [undefined, undefined, undefined],
  ])("%s and %s give %s", (venue, year, expected) => {
    expect(describePublication(venue, year)).toBe(expected);
  });
});

describe("formatScore", () => {
  it.each([
    [0.93, "en", "0.93"],
    [0.931, "en", "0.93"],
    [0.5, "en", "0.50"],
    [1, "de", "1,00"],
  ])("%d in %s is %s", (score, locale, text) => {
    expect(formatScore(score, locale)).toBe(text);
  });
});

describe("viewPaperCard", () => {
  it("lists the tags that meet the minimum confidence, most confident first; an unscored tag always", () => {
    expect(viewPaperCard(entry, people, { minConfidence: 0, locale: "en" }).tags).toEqual([
      { label: "Keyword", path: ["Keyword"], score: undefined },
      { label: "High", path: ["A", "High"], score: "0.93" },
      { label: "Low", path: ["A", "Low"], score: "0.20" },
    ]);
    expect(viewPaperCard(entry, people, { minConfidence: 0.5, locale: "en" }).tags.map((tag) => tag.label)).toEqual([
      "Keyword",
      "High",
    ]);
  });

  it("keeps a tag listed twice once, with its highest score", () => {
    const twice = digestFrom({
      title: "x",
      papers: [
        {
          id: "p",
          title: "A paper",
          tags: [
            { label: "Vision", score: 0.4, path: ["AI", "Vision"] },
            { label: "Vision", score: 0.9, path: ["AI", "Vision"] },
            { label: "Vision", score: 0.7, path: ["Optics", "Vision"] },
          ],
        },
      ],
    });
    const index = indexPaperDigest(twice);
    expect(viewPaperCard(index.papers[0]!, index.people, { minConfidence: 0, locale: "en" }).tags).toEqual([
      { label: "Vision", path: ["AI", "Vision"], score: "0.90" },
      { label: "Vision", path: ["Optics", "Vision"], score: "0.70" },
    ]);
  });

  it("gives authors their paper's affiliations, else their own; a name to be announced stays undefined", () => {
    expect(viewPaperCard(entry, people, { minConfidence: 0, locale: "en" }).authors).toEqual([
      { id: "ana", name: "Ana Souza", affiliations: ["KAIST"], presenting: false, equalContribution: false },
      { id: "kim", name: undefined, affiliations: [], presenting: true, equalContribution: false },
    ]);
  });
});

describe("isFacetOpenByDefault", () => {
  it.each([
    [0, 10, true],
    [3, 30, true],
    [0, 31, true],
    [1, 31, false],
  ])("depth %d in a tree of %d nodes: %s", (depth, size, open) => {
    expect(isFacetOpenByDefault(depth, size)).toBe(open);
  });
});

describe("readSortOrder", () => {
  it.each([
    ["title", "title"],
    ["year", "year"],
    ["score", "score"],
    ["relevance", "relevance"],
    ["Title", "relevance"],
    ["", "relevance"],
  ])("%j is %j", (sort, expected) => {
    expect(readSortOrder(sort)).toBe(expected);
  });
});

describe("readPageSize", () => {
  it.each([
    [20, 20],
    [7.6, 8],
    [0, 50],
    [Number.NaN, 50],
    [-5, 1],
  ])("%d is %d", (pageSize, expected) => {
    expect(readPageSize(pageSize)).toBe(expected);
  });
});

describe("limitTopics", () => {
  const node = (key: string, children: FacetNode[] = []): FacetNode =>
    ({ key, label: key, path: [key], count: 1, children }) as FacetNode;
  const nodes = [node("a"), node("b"), node("c", [node("c > d")]), node("e")];

  it("keeps every topic up to the limit", () => {
    expect(limitTopics(nodes, new Set(), 4)).toEqual({ shown: nodes, hidden: 0 });
  });

  it("shows the first ones and counts the rest", () => {
    expect(limitTopics(nodes, new Set(), 2)).toEqual({ shown: nodes.slice(0, 2), hidden: 2 });
  });

  it("keeps a selected topic beyond the limit, and one that holds a selected subtopic", () => {
    expect(limitTopics(nodes, new Set(["e"]), 2).shown.map((n) => n.key)).toEqual(["a", "b", "e"]);
    expect(limitTopics(nodes, new Set(["c > d"]), 2).shown.map((n) => n.key)).toEqual(["a", "b", "c"]);
  });
});
