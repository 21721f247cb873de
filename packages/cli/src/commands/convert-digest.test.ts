import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { runCli as run } from "../testing/run-cli.js";

// `lectern convert program.json --to digest` (issue 17): a program's papers for <paper-list>.

const example = fileURLToPath(new URL("../../../core/examples/delta-2026.json", import.meta.url));
const schemaFile = fileURLToPath(new URL("../../../core/schema/paper-digest.schema.json", import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "lectern-digest-"));

describe("lectern convert --to digest", () => {
  it("writes a digest the published JSON Schema accepts, with the program's talks as papers", () => {
    const result = run("convert", example, "--to", "digest");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const digest = JSON.parse(result.stdout) as { title: string; papers: { id: string; venue: string }[] };
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")) as object);
    expect(validate(digest) ? [] : validate.errors).toEqual([]);
    // 7 invited talks and 6 orals in the example; its breaks and remarks are not papers.
    expect(digest.papers).toHaveLength(13);
    expect(digest.papers[0]).toMatchObject({ id: "talk-vidal", venue: "DeLTa 2026" });
  });

  it("indents only with --pretty, as --to program does", () => {
    expect(run("convert", example, "--to", "digest").stdout.split("\n")).toHaveLength(2);
    expect(run("convert", example, "--to", "digest", "--pretty").stdout).toContain('\n  "title"');
  });

  it("says on stderr what the digest cannot carry, and still writes it (exit 0)", () => {
    const program = JSON.parse(readFileSync(example, "utf8")) as { items: { id: string; status?: string }[] };
    program.items.find((item) => item.id === "talk-chen")!.status = "cancelled";
    const file = join(folder, "cancelled.json");
    writeFileSync(file, JSON.stringify(program));
    const result = run("convert", file, "--to", "digest");
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/items\[2\]\.status.*cancelled/);
  });

  it("refuses an invalid program with exit 1 and writes nothing", () => {
    const file = join(folder, "invalid.json");
    writeFileSync(file, JSON.stringify({ event: { title: "X" }, items: [{ id: "a", kind: "talk" }] }));
    const result = run("convert", file, "--to", "digest");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("items[0].kind");
  });

  it("writes the digest of a MiniConf papers.csv in one step, its poster sessions as facets", () => {
    const papers = fileURLToPath(new URL("../../../core/test/fixtures/miniconf/ismir2024-papers.csv", import.meta.url));
    const result = run(
      "convert",
      papers,
      "--to",
      "digest",
      "--time-zone",
      "America/Los_Angeles",
      "--start-date",
      "2024-11-11",
      "--star",
      "presenter",
    );
    expect(result.code).toBe(0);
    const digest = JSON.parse(result.stdout) as { papers: { tags?: { path?: string[] }[] }[] };
    // The 12 records of the fixture; the first is in ISMIR's "Day 3, session 5" (read in the CSV).
    expect(digest.papers).toHaveLength(12);
    expect(digest.papers[0]!.tags?.[0]?.path).toEqual(["Sessions", "Day 3, session 5"]);
  });

  it("lists digest among the writable formats in --help", () => {
    expect(run("--help").stdout).toMatch(/Writable formats \(--to FORMAT\): .*digest/);
  });
});
