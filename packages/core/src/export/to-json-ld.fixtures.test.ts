import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importMiniconf } from "../import/miniconf-csv.js";
import { toJsonLdWithWarnings } from "./to-json-ld-with-warnings.js";

// Real MiniConf files (test/fixtures/miniconf/README.md names repository, commit and path);
// the facts asserted were read by hand in them.
const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/miniconf/${name}`, import.meta.url), "utf8");

function imported(files: Parameters<typeof importMiniconf>[0], timeZone: string, startDate: string) {
  const result = importMiniconf(files, { title: "Real", timeZone, startDate });
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  return result.program;
}

describe("JSON-LD of EMNLP 2020's papers in their timed Q&A sessions (nobody marked presenting)", () => {
  const program = imported(
    {
      papers: fixture("emnlp2020-main_papers.csv"),
      sessions: fixture("emnlp2020-paper_sessions.yml"),
      sessionsFileName: "paper_sessions.yml",
    },
    "UTC",
    "2020-11-16",
  );
  const { document, warnings, errors } = toJsonLdWithWarnings(program);
  const subEvents = document.subEvent as Record<string, any>[];

  it("writes every paper, each with its authors in the published order", () => {
    expect([...warnings, ...errors]).toEqual([]);
    expect(subEvents).toHaveLength(program.items.length);
    const bleu = subEvents.find((event) => event.name === "BLEU might be Guilty but References are not Innocent")!;
    expect(bleu.startDate).toBe("2020-11-16T16:00:00+00:00");
    expect(bleu.performer).toBeUndefined();
    expect(bleu.workFeatured.author.map((person: { name: string }) => person.name)).toEqual([
      "Markus Freitag",
      "David Grangier",
      "Isaac Caswell",
    ]);
    expect(subEvents.every((event) => event.workFeatured?.author.length > 0)).toBe(true);
  });
});

describe("JSON-LD of ISMIR 2024's papers.csv (poster sessions by day number, no dates or times)", () => {
  const program = imported({ papers: fixture("ismir2024-papers.csv") }, "America/Los_Angeles", "2024-11-10");

  it("is an error naming the items, not a document with an empty program, and warns for each", () => {
    const { warnings, errors } = toJsonLdWithWarnings(program);
    expect(program.items).toHaveLength(12);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^no item has a time or a date \(items\[0\], items\[1\], .*items\[11\]\)/);
    expect(warnings.map((warning) => warning.path)).toEqual(program.items.map((_, index) => `items[${index}]`));
  });
});
