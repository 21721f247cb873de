import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli as run } from "../testing/run-cli.js";

// `lectern convert --to jsonld` of real MiniConf files (core's test/fixtures/miniconf/README.md
// names their sources); the facts asserted were read by hand in them.
const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../core/test/fixtures/miniconf/${name}`, import.meta.url));

describe("lectern convert --to jsonld of real MiniConf programs", () => {
  it("keeps EMNLP 2020's authors, whom nobody marks presenting, on each paper of the timed sessions", () => {
    const result = run(
      "convert",
      fixture("emnlp2020-main_papers.csv"),
      "--sessions",
      fixture("emnlp2020-paper_sessions.yml"),
      "--time-zone",
      "UTC",
      "--start-date",
      "2020-11-16",
      "--to",
      "jsonld",
    );
    expect(result.code).toBe(0);
    const subEvents = JSON.parse(result.stdout).subEvent as Record<string, any>[];
    expect(subEvents).toHaveLength(22);
    const bleu = subEvents.find((event) => event.name === "BLEU might be Guilty but References are not Innocent")!;
    expect(bleu.performer).toBeUndefined();
    expect(bleu.workFeatured.author.map((person: { name: string }) => person.name)).toEqual([
      "Markus Freitag",
      "David Grangier",
      "Isaac Caswell",
    ]);
  });

  it("refuses ISMIR 2024's undated poster sessions with exit 1, naming the items, rather than an empty program", () => {
    const result = run(
      "convert",
      fixture("ismir2024-papers.csv"),
      "--time-zone",
      "America/Los_Angeles",
      "--start-date",
      "2024-11-10",
      "--to",
      "jsonld",
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/error .*: no item has a time or a date \(items\[0\], .*items\[11\]\)/);
  });
});
