import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main, type CliIo } from "../main.js";

// `lectern changes` on a real program (DeLTa 2026) and an edited copy, written to disk.

const example = fileURLToPath(new URL("../../../core/examples/delta-2026.json", import.meta.url));
const original = JSON.parse(readFileSync(example, "utf8")) as {
  event: Record<string, unknown>;
  items: Record<string, unknown>[];
};
const folder = mkdtempSync(join(tmpdir(), "lectern-changes-"));

/** A copy of the example with `edit` applied, as a file. */
function versionFile(name: string, edit: (program: typeof original) => void): string {
  const copy = structuredClone(original);
  edit(copy);
  const path = join(folder, name);
  writeFileSync(path, JSON.stringify(copy));
  return path;
}
const item = (program: typeof original, id: string) => program.items.find((entry) => entry.id === id)!;

function run(...args: string[]) {
  const [out, err] = [[] as string[], [] as string[]];
  const written = new Map<string, string>();
  const io: CliIo = {
    readFile: (path) => readFileSync(path, "utf8"),
    writeFile: (path, text) => void written.set(path, text),
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    nowMs: () => Date.UTC(2026, 10, 22, 12),
  };
  const code = main(args, io);
  return { code, stdout: out.join(""), stderr: err.join(""), ...(written.size > 0 ? { written } : {}) };
}

const edited = versionFile("v2.json", (program) => {
  Object.assign(item(program, "talk-vidal"), { start: "2026-04-27T14:00", end: "2026-04-27T14:30" });
  Object.assign(item(program, "talk-chen"), { status: "cancelled" });
  Object.assign(item(program, "talk-chandramoorthy"), { title: "Toward <b>Physical</b> *Generative* Models" });
});

describe("lectern changes", () => {
  it("prints each change in text, old and new times in the event's zone", () => {
    const result = run("changes", example, edited);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toBe(
      [
        "Changes to Deep Generative Models: Theory, Principle, and Efficacy (times in America/Sao_Paulo):",
        "",
        "Cancelled: Theory for Discrete Diffusions: Parallel Decoding and Variable-Length Generation — was 2026-04-27 09:40–10:10",
        'Retitled: Toward <b>Physical</b> *Generative* Models — from "Toward Physical Generative Models" to "Toward <b>Physical</b> *Generative* Models"',
        "Moved: How Geometry Shapes Optimization in Deep Generative Models — from 2026-04-27 09:10–09:40 to 2026-04-27 14:00–14:30",
        "",
      ].join("\n"),
    );
  });

  it("escapes the program's text in markdown, so a title is never markup", () => {
    const { code, stdout } = run("changes", example, edited, "--to", "markdown");
    expect(code).toBe(0);
    expect(stdout).toContain(
      "# Changes to Deep Generative Models: Theory, Principle, and Efficacy\n\nTimes in America/Sao\\_Paulo.\n",
    );
    expect(stdout).toContain("- **Retitled**: *Toward \\<b\\>Physical\\</b\\> \\*Generative\\* Models*");
    expect(stdout).not.toContain("<b>");
  });

  it("writes the diff as JSON (the ProgramDiff shape)", () => {
    const { code, stdout } = run("changes", example, edited, "--to", "json");
    expect(code).toBe(0);
    const diff = JSON.parse(stdout);
    expect(diff.zone).toBe("America/Sao_Paulo");
    expect(diff.changes.map((change: { kind: string; itemId: string }) => `${change.kind} ${change.itemId}`)).toEqual([
      "item-cancelled talk-chen",
      "item-retitled talk-chandramoorthy",
      "item-moved talk-vidal",
    ]);
    expect(diff.changes[2].before.start).toBe("2026-04-27T09:10:00-03:00");
  });

  it("says there are no changes, with exit 0", () => {
    expect(run("changes", example, example)).toEqual({
      code: 0,
      stdout: "No changes to Deep Generative Models: Theory, Principle, and Efficacy.\n",
      stderr: "",
    });
    expect(JSON.parse(run("changes", example, example, "--to", "json").stdout).changes).toEqual([]);
  });

  it("names the version that is invalid, with its problem's path, and exits 1", () => {
    const broken = versionFile("broken.json", (program) => void (item(program, "talk-chen").start = "at ten"));
    const result = run("changes", example, broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(`error ${broken.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: items\\[2\\]\\.start`),
    );
  });

  it("refuses one version, or an unknown report format, as usage (exit 2)", () => {
    expect(run("changes", example)).toMatchObject({ code: 2, stderr: expect.stringContaining("give two versions") });
    expect(run("changes", example, edited, "--to", "ics")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("text, markdown, json"),
    });
  });

  it("writes one report per affected person with --per-person, ready to mail", () => {
    const result = run("changes", example, edited, "--per-person", "out");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect([...result.written!.keys()].sort()).toEqual([
      "out/nisha-chandramoorthy.txt",
      "out/rene-vidal.txt",
      "out/sitan-chen.txt",
    ]);
    expect(result.stdout).toContain("3 reports in out\n");
    expect(result.written!.get("out/rene-vidal.txt")).toBe(
      [
        "Hello René Vidal,",
        "",
        "the program changed where you are on it.",
        "",
        "Changes to Deep Generative Models: Theory, Principle, and Efficacy (times in America/Sao_Paulo):",
        "",
        "Moved: How Geometry Shapes Optimization in Deep Generative Models — from 2026-04-27 09:10–09:40 to 2026-04-27 14:00–14:30",
        "",
      ].join("\n"),
    );
  });
});
