import { describe, expect, it } from "vitest";
import { sampleDigest } from "../../test/sample-digest.js";
import { indexPaperDigest } from "./index-paper-digest.js";
import { matchesSearch, relevanceOf, searchWordsOf } from "./search-words.js";

const index = indexPaperDigest(sampleDigest());
const matching = (query: string) =>
  index.papers.filter((paper) => matchesSearch(paper, searchWordsOf(query))).map((paper) => paper.paper.id);

describe("searchWordsOf", () => {
  it.each([
    ["", []],
    [undefined, []],
    ["  René   VIDAL ", ["rene", "vidal"]],
    ["Łukasz", ["lukasz"]],
  ])("%j gives %j", (query, words) => {
    expect(searchWordsOf(query)).toEqual(words);
  });
});

describe("matchesSearch", () => {
  it.each([
    ["nothing", "", ["p1", "p2", "p3", "p4", "p5"]],
    ["an author without accents", "nunez", ["p1", "p3"]],
    ["an author with other accents", "RENÉ", ["p2", "p5"]],
    ["a letter Unicode does not decompose", "lukasz", ["p3"]],
    ["a title word, in part", "diffus", ["p1", "p5"]],
    ["an abstract word", "autoencoder", ["p3"]],
    ["all words, across fields", "latent nunez", ["p3"]],
    ["all words or nothing", "latent vidal", []],
  ])("finds %s", (_name, query, ids) => {
    expect(matching(query)).toEqual(ids);
  });
});

describe("relevanceOf", () => {
  it.each([
    ["a title word outweighs an abstract word", "diffusion", { p1: 4, p5: 1 }],
    ["an author's name counts 2", "kim", { p1: 2, p4: 2 }],
    ["each word adds up, in every field it occurs in", "denois diffusion", { p1: 4 + 1 + 4, p5: 1 }],
  ])("%s", (_name, query, expected) => {
    const words = searchWordsOf(query);
    const scores = Object.fromEntries(
      index.papers.map((paper) => [paper.paper.id, relevanceOf(paper, words)]).filter(([, score]) => score !== 0),
    );
    expect(scores).toEqual(expected);
  });
});
