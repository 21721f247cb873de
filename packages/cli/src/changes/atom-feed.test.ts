import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { main, type CliIo } from "../main.js";

// `lectern changes --to atom`: an RFC 4287 feed that accumulates versions through --feed.

const example = fileURLToPath(new URL("../../../core/examples/delta-2026.json", import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "lectern-atom-"));
const program = JSON.parse(readFileSync(example, "utf8")) as { items: { id: string; title?: string }[] };
program.items.find((item) => item.id === "talk-chen")!.title = "Discrete <Diffusions> & more";
const newer = join(folder, "newer.json");
writeFileSync(newer, JSON.stringify(program));

/** Runs the CLI at a moment; files it writes go to disk. */
function run(nowMs: number, ...args: string[]) {
  const err: string[] = [];
  const out: string[] = [];
  const io: CliIo = {
    readFile: (path) => readFileSync(path, "utf8"),
    writeFile: (path, text) => writeFileSync(path, text),
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    nowMs: () => nowMs,
  };
  return { code: main(args, io), stdout: out.join(""), stderr: err.join("") };
}

const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" }).parse(xml).feed;

describe("lectern changes --to atom", () => {
  const feedFile = join(folder, "feed.xml");
  const first = run(
    Date.UTC(2026, 3, 1, 8),
    "changes",
    example,
    newer,
    "--to",
    "atom",
    "--feed",
    feedFile,
    "-o",
    feedFile,
  );
  const firstFeed = readFileSync(feedFile, "utf8");
  const second = run(
    Date.UTC(2026, 3, 2, 9, 30),
    "changes",
    example,
    newer,
    "--to",
    "atom",
    "--feed",
    feedFile,
    "--note",
    "Room <B> is closed",
    "-o",
    feedFile,
  );
  const secondFeed = readFileSync(feedFile, "utf8");

  it("has what RFC 4287 requires: feed id, title, updated, author; each entry id, title, updated", () => {
    expect([first.code, second.code, first.stderr + second.stderr]).toEqual([0, 0, ""]);
    const feed = parse(secondFeed);
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(feed.title).toBe("Changes to Deep Generative Models: Theory, Principle, and Efficacy");
    expect(feed.updated).toBe("2026-04-02T09:30:00Z");
    expect(feed.author.name).toContain("organisers");
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^urn:uuid:/);
      expect(entry.title).toMatch(/^Program updated/);
      expect(entry.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(entry.content["@_type"]).toBe("text");
    }
  });

  it("accumulates: the new entry first, the old one kept as it was, ids stable", () => {
    const [latest, earlier] = parse(secondFeed).entry;
    expect(parse(secondFeed).entry).toHaveLength(2);
    expect(parse(firstFeed).id).toBe(parse(secondFeed).id);
    expect(earlier).toEqual(parse(firstFeed).entry[0]);
    expect(latest.id).not.toBe(earlier.id);
    expect(latest.title).toBe("Program updated 2026-04-02: Room <B> is closed");
    expect(latest.content["#text"]).toContain('Retitled: Discrete <Diffusions> & more — from "Theory for Discrete');
    expect(secondFeed).toContain("Discrete &lt;Diffusions&gt; &amp; more");
  });

  it("gives two versions published in the same second different entry ids", () => {
    const sameSecond = join(folder, "same-second.xml");
    const at = Date.UTC(2026, 3, 3, 12);
    run(at, "changes", example, newer, "--to", "atom", "-o", sameSecond);
    run(at + 300, "changes", example, newer, "--to", "atom", "--feed", sameSecond, "-o", sameSecond);
    const ids = parse(readFileSync(sameSecond, "utf8")).entry.map((entry: { id: string }) => entry.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });

  it("is well-formed XML for xmllint (CI installs it; a missing xmllint fails)", () => {
    expect(() => execFileSync("xmllint", ["--noout", feedFile], { stdio: "pipe" })).not.toThrow();
  });

  it("refuses to extend a file that is not its feed, and leaves it alone", () => {
    const other = join(folder, "other.xml");
    writeFileSync(other, "<rss/>");
    const result = run(0, "changes", example, newer, "--to", "atom", "--feed", other, "-o", other);
    expect(result).toMatchObject({ code: 1, stderr: expect.stringContaining("is not an Atom feed") });
    expect(readFileSync(other, "utf8")).toBe("<rss/>");
  });
});
