import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { applyMutation, mutationArb } from "../../test/mutations.js";
import { paperDigestSchema } from "../model/paper-digest.js";
import { loadPaperDigest, loadPaperDigestJson } from "./load-paper-digest.js";
import { paperDigestPassesAsIs } from "./paper-digest-as-is.generated.js";
import { parsePaperDigest } from "./parse-paper-digest.js";
import { parseJsonText } from "./parse-json-text.js";
import { parsePaperDigestJson } from "./parse-paper-digest-json.js";
import { quickParsePaperDigest, quickParsePaperDigestJson, unreadablePaperDigest } from "./quick-parse-paper-digest.js";

/** zod's path for JSON text: parsePaperDigest on the parsed value (parsePaperDigestJson itself tries the generated check first). */
const throughZod = (text: string) => parseJsonText(text, parsePaperDigest, unreadablePaperDigest);

const exampleText = readFileSync(new URL("../../examples/diffusion-digest.json", import.meta.url), "utf8");
const example = JSON.parse(exampleText) as { papers: Record<string, unknown>[]; people: Record<string, unknown>[] };

/** The example with one change. */
function changed(change: (copy: typeof example) => void): typeof example {
  const copy = structuredClone(example);
  change(copy);
  return copy;
}

/** One change of each kind of check, and two that only the checks after the shape catch. */
const changes: [string, (copy: typeof example) => void][] = [
  ["none", () => undefined],
  ["an unknown field", (copy) => (copy.papers[0]!["titel"] = "x")],
  ["a score above 1", (copy) => ((copy.papers[0]!["tags"] as { score: number }[])[0]!.score = 1.5)],
  ["a year that is not whole", (copy) => (copy.papers[0]!["year"] = 2024.5)],
  ["an empty title", (copy) => (copy.papers[0]!["title"] = " ")],
  [
    "a link that is not a web address",
    (copy) => (copy.papers[0]!["links"] = [{ kind: "pdf", url: "javascript:alert(1)" }]),
  ],
  ["a number for a list", (copy) => (copy.people[0]!["affiliations"] = 3)],
  [
    "an unknown author (after the shape)",
    (copy) => ((copy.papers[0]!["authors"] as { person: string }[])[0]!.person = "nobody"),
  ],
  ["a duplicate paper (after the shape)", (copy) => copy.papers.push(structuredClone(copy.papers[0]!))],
];

describe("paperDigestPassesAsIs (generated from paperDigestSchema)", () => {
  it("says yes exactly when zod accepts, and zod's output is then the input, on random changes to the example", () => {
    let yes = 0;
    let no = 0;
    fc.assert(
      fc.property(mutationArb, (mutation) => {
        const digest = structuredClone(example);
        applyMutation(digest, mutation);
        const zod = paperDigestSchema.safeParse(digest);
        const quick = paperDigestPassesAsIs(digest);
        if (quick) yes += 1;
        else no += 1;
        expect(quick).toBe(zod.success);
        if (zod.success) expect(zod.data).toEqual(digest);
      }),
      { numRuns: 300 },
    );
    // The property would hold vacuously if the check always said the same.
    expect(yes).toBeGreaterThan(20);
    expect(no).toBeGreaterThan(20);
  });

  it.each(changes)("agrees with zod on %s", (_, change) => {
    const digest = changed(change);
    const zod = paperDigestSchema.safeParse(digest);
    expect(paperDigestPassesAsIs(digest)).toBe(zod.success);
    if (zod.success) expect(zod.data).toEqual(digest);
  });
});

describe("the paper digest's path without zod", () => {
  it.each(changes)(
    "answers as parsePaperDigestJson and parsePaperDigest do whenever it answers (%s)",
    async (_, change) => {
      const digest = changed(change);
      const text = JSON.stringify(digest, null, 2);
      const quickText = quickParsePaperDigestJson(text);
      if (quickText) expect(quickText).toEqual(throughZod(text));
      expect(parsePaperDigestJson(text)).toEqual(throughZod(text));
      const quickValue = quickParsePaperDigest(digest);
      if (quickValue) expect(quickValue).toEqual(parsePaperDigest(digest));
      expect(quickValue === undefined).toBe(quickText === undefined);
      expect(await loadPaperDigestJson(text)).toEqual(throughZod(text));
      expect(await loadPaperDigest(digest)).toEqual(parsePaperDigest(digest));
    },
  );

  it("leaves a value whose getter throws to zod, which says it could not be read", async () => {
    const digest = {
      papers: [],
      get title(): string {
        throw new Error("boom");
      },
    };
    expect(quickParsePaperDigest(digest)).toBeUndefined();
    const answer = await loadPaperDigest(digest);
    expect(answer.ok === false && answer.errors[0]?.message).toBe("could not be read: boom");
  });

  it("answers the example, JSON syntax errors and problems after the shape itself", () => {
    expect(quickParsePaperDigestJson(exampleText)?.ok).toBe(true);
    expect(quickParsePaperDigestJson("{,")?.ok).toBe(false);
    expect(quickParsePaperDigest(changed(changes[7]![1]))?.ok).toBe(false);
    expect(quickParsePaperDigest(changed(changes[1]![1]))).toBeUndefined();
  });
});
