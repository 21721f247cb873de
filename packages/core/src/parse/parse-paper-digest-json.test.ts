import { describe, expect, it } from "vitest";
import { parsePaperDigestJson } from "./parse-paper-digest-json.js";

const lines = (...rows: string[]) => rows.join("\n");

/** 1-based line and column where `needle` first starts in `text`. */
function locate(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${JSON.stringify(needle)} is not in the text`);
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

const valid = lines(
  "{",
  '  "title": "Diffusion models",',
  '  "people": [{ "id": "ana", "name": "Ana Souza" }],',
  '  "papers": [',
  '    { "id": "p1", "title": "Blind denoising", "authors": [{ "person": "ana" }],',
  '      "tags": [{ "label": "Vision", "score": 0.93 }] }',
  "  ]",
  "}",
);

describe("parsePaperDigestJson", () => {
  it("accepts a valid digest text", () => {
    const result = parsePaperDigestJson(valid);
    expect(result.ok && result.digest.papers.map((paper) => paper.id)).toEqual(["p1"]);
  });

  it("ignores a leading byte-order mark", () => {
    expect(parsePaperDigestJson(`\ufeff${valid}`).ok).toBe(true);
  });

  it.each([
    // The position is the key's for an object member, the object's for a missing field.
    ["a score above 1", valid.replace("0.93", "1.5"), "papers[0].tags[0].score", '"score": 1.5'],
    [
      "an unknown author",
      valid.replace('"person": "ana"', '"person": "bob"'),
      "papers[0].authors[0].person",
      '"person": "bob"',
    ],
    ["a missing title", valid.replace('"title": "Diffusion models",', ""), "title", "{"],
  ])("places %s at its line and column", (_name, text, path, needle) => {
    const result = parsePaperDigestJson(text);
    expect(
      !result.ok && result.errors.map((error) => ({ path: error.path, line: error.line, column: error.column })),
    ).toEqual([{ path, ...locate(text, needle) }]);
  });

  it("reports a JSON syntax error with its line and column", () => {
    const result = parsePaperDigestJson(valid.replace('"Vision",', '"Vision"'));
    expect(!result.ok && result.errors).toEqual([
      expect.objectContaining({ path: "", line: 6, message: expect.stringMatching(/^is not valid JSON/) }),
    ]);
  });

  it("places warnings too", () => {
    const result = parsePaperDigestJson(valid.replace('"authors": [{ "person": "ana" }],', ""));
    expect(
      result.ok &&
        result.warnings.map((warning) => ({ path: warning.path, line: warning.line, column: warning.column })),
    ).toEqual([{ path: "papers[0]", ...locate(valid, '{ "id": "p1"') }]);
  });

  it("never throws", () => {
    for (const text of ["", "null", "[]", "{", '{"papers": 1}']) expect(parsePaperDigestJson(text).ok).toBe(false);
  });
});
