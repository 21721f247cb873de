import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main, type CliIo } from "./main.js";

// `lectern convert --to program` writes what a site serves: unindented, without importers' extra.

const shared = (path: string) =>
  join(process.env.LECTERN_SHARED_DIR || fileURLToPath(new URL("../../../../shared/", import.meta.url)), path);

function convert(...flags: string[]): string {
  const out: string[] = [];
  const io: CliIo = {
    readFile: (path) => readFileSync(path, "utf8"),
    writeFile: () => {},
    stdout: (text) => out.push(text),
    stderr: () => {},
    nowMs: () => 0,
  };
  expect(main(["convert", shared("data/fosdem-2024.schedule.xml"), "--to", "program", ...flags], io)).toBe(0);
  return out.join("");
}

const hasExtra = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.some(hasExtra)
    : value !== null && typeof value === "object" && ("extra" in value || Object.values(value).some(hasExtra));

describe("convert --to program", () => {
  const served = convert();
  const kept = convert("--keep-extra");
  const pretty = convert("--pretty", "--keep-extra");

  it("is unindented and has no extra by default, and the rest is the same program", () => {
    expect(served.trimEnd()).not.toContain("\n");
    expect(hasExtra(JSON.parse(served))).toBe(false);
    expect(JSON.parse(served).items).toHaveLength(JSON.parse(kept).items.length);
    expect(JSON.parse(served).items[0].title).toBe(JSON.parse(kept).items[0].title);
  });

  it("keeps extra with --keep-extra and indents with --pretty", () => {
    expect(hasExtra(JSON.parse(kept))).toBe(true);
    expect(pretty.split("\n").length).toBeGreaterThan(1000);
    expect(JSON.parse(pretty)).toEqual(JSON.parse(kept));
  });
});
