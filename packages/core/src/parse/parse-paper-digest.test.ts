import { describe, expect, it } from "vitest";
import { parsePaperDigest } from "./parse-paper-digest.js";

const digest = {
  title: "Diffusion models",
  topic: "Generative models",
  people: [
    { id: "ana", name: "Ana Souza", affiliations: ["USP"] },
    { id: "kim", name: "Kim Lee" },
  ],
  papers: [
    {
      id: "p1",
      title: "Blind Denoising Diffusion Models",
      authors: [{ person: "ana" }, { person: "kim", presenting: true }],
      abstract: "We estimate the noise level $\\sigma$ from one sample.",
      venue: "ICLR 2026 DeLTa workshop",
      year: 2026,
      links: [
        { kind: "arxiv", url: "https://arxiv.org/abs/2401.00001" },
        { kind: "openreview", url: "https://openreview.net/forum?id=abc" },
      ],
      tags: [{ label: "Vision", score: 0.93, path: ["Information Technology", "Artificial Intelligence", "Vision"] }],
    },
  ],
};

describe("parsePaperDigest", () => {
  it("accepts a digest with ordered authors, math, typed links and scored hierarchical tags", () => {
    const result = parsePaperDigest(digest);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    expect(result.ok && result.digest.papers[0]!.tags).toEqual([
      { label: "Vision", score: 0.93, path: ["Information Technology", "Artificial Intelligence", "Vision"] },
    ]);
  });

  it.each([
    [
      "an author who is not in people",
      (data: any) => (data.papers[0].authors[0].person = "nobody"),
      "papers[0].authors[0].person",
      'no person has the id "nobody"',
    ],
    [
      "a duplicate paper id",
      (data: any) => data.papers.push({ ...data.papers[0] }),
      "papers[1].id",
      'duplicate id "p1"',
    ],
    [
      "a tag score above 1",
      (data: any) => (data.papers[0].tags[0].score = 1.2),
      "papers[0].tags[0].score",
      "must be between 0 and 1",
    ],
    [
      "an unsafe link",
      (data: any) => (data.papers[0].links[0].url = "javascript:alert(1)"),
      "papers[0].links[0].url",
      "is not a web address",
    ],
    [
      "a misspelt field",
      (data: any) => (data.papers[0].abstrat = "x"),
      "papers[0].abstrat",
      'did you mean "abstract"?',
    ],
  ])("rejects %s at its path", (_name, breakIt, path, message) => {
    const data = structuredClone(digest);
    breakIt(data);
    const result = parsePaperDigest(data);
    expect(!result.ok && result.errors.map((error) => [error.path, error.message])).toEqual([
      [path, expect.stringContaining(message)],
    ]);
  });

  it("warns about a paper without authors", () => {
    const data = structuredClone(digest) as any;
    delete data.papers[0].authors;
    expect(parsePaperDigest(data).warnings.map((warning) => warning.message)).toEqual([
      '"Blind Denoising Diffusion Models" has no authors',
    ]);
  });

  it("never throws", () => {
    for (const input of [null, 1, "x", [], { papers: "none" }]) expect(parsePaperDigest(input).ok).toBe(false);
  });
});
