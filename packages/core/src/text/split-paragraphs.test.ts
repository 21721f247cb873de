import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitParagraphs } from "./split-paragraphs.js";

describe("splitParagraphs", () => {
  it.each([
    { name: "empty input", text: "", paragraphs: [] },
    { name: "only spaces", text: "   ", paragraphs: [] },
    { name: "only blank lines and spaces", text: "\n \n\t\n\r\n  \r\n", paragraphs: [] },
    { name: "one line", text: "One paragraph.", paragraphs: ["One paragraph."] },
    { name: "two paragraphs", text: "First.\n\nSecond.", paragraphs: ["First.", "Second."] },
    { name: "three paragraphs", text: "A\n\nB\n\nC", paragraphs: ["A", "B", "C"] },
    {
      name: "a single newline stays inside the paragraph",
      text: "Line one\nline two",
      paragraphs: ["Line one\nline two"],
    },
    {
      name: "single newlines inside paragraphs, blank lines between them",
      text: "a\nb\n\nc\nd",
      paragraphs: ["a\nb", "c\nd"],
    },
    { name: "a blank line holding spaces", text: "First.\n   \nSecond.", paragraphs: ["First.", "Second."] },
    { name: "a blank line holding tabs and spaces", text: "First.\n \t \nSecond.", paragraphs: ["First.", "Second."] },
    { name: "CRLF blank line", text: "First.\r\n\r\nSecond.", paragraphs: ["First.", "Second."] },
    { name: "CRLF blank line holding spaces", text: "First.\r\n  \r\nSecond.", paragraphs: ["First.", "Second."] },
    {
      name: "a single CRLF stays inside the paragraph",
      text: "Line one\r\nline two",
      paragraphs: ["Line one\r\nline two"],
    },
    { name: "mixed LF and CRLF blank line", text: "First.\n\r\nSecond.", paragraphs: ["First.", "Second."] },
    {
      name: "several blank lines count as one break",
      text: "First.\n\n\n\nSecond.",
      paragraphs: ["First.", "Second."],
    },
    { name: "an odd number of newlines", text: "First.\n\n\nSecond.", paragraphs: ["First.", "Second."] },
    {
      name: "leading and trailing blank lines",
      text: "\n\n  First.\n\nSecond.  \n\n",
      paragraphs: ["First.", "Second."],
    },
    {
      name: "trailing spaces before a blank line",
      text: "First.   \n\nSecond.",
      paragraphs: ["First.", "Second."],
    },
    {
      name: "text with TeX math and unicode is kept verbatim",
      text: "Reconstruct \\(K\\) sources — ü.\n\n$$x^2$$ 😀",
      paragraphs: ["Reconstruct \\(K\\) sources — ü.", "$$x^2$$ 😀"],
    },
  ])("$name", ({ text, paragraphs }) => {
    expect(splitParagraphs(text)).toEqual(paragraphs);
  });

  it("keeps the inner indentation of a continuation line", () => {
    expect(splitParagraphs("  Item:\n    indented\n\nNext")).toEqual(["Item:\n    indented", "Next"]);
  });

  it("never returns an empty or untrimmed paragraph, and never one containing a blank line", () => {
    const pieces = fc.constantFrom("a", "b c", " ", "\t", "\n", "\r\n", "é", "😀");
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join("")),
        (text) => {
          for (const paragraph of splitParagraphs(text)) {
            expect(paragraph.length).toBeGreaterThan(0);
            expect(paragraph).toBe(paragraph.trim());
            expect(paragraph).not.toMatch(/\r?\n[ \t]*\r?\n/);
          }
        },
      ),
    );
  });

  it("keeps every non-space character, in order", () => {
    const pieces = fc.constantFrom("a", "b", " ", "\t", "\n", "\r\n", "é", "😀", "$");
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join("")),
        (text) => {
          const squeeze = (value: string) => value.replace(/\s+/g, "");
          expect(splitParagraphs(text).map(squeeze).join("")).toBe(squeeze(text));
        },
      ),
    );
  });

  it("joining the paragraphs with a blank line and splitting again gives the same paragraphs", () => {
    const pieces = fc.constantFrom("a", "b", " ", "\n", "\r\n", "\n\n", "é");
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join("")),
        (text) => {
          const paragraphs = splitParagraphs(text);
          expect(splitParagraphs(paragraphs.join("\n\n"))).toEqual(paragraphs);
        },
      ),
    );
  });
});
