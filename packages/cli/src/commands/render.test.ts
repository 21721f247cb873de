import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main, type CliIo } from "../main.js";
import { writeFolderAtomically } from "../write-folder-atomically.js";

const delta = new URL("../../../core/examples/delta-2026.json", import.meta.url).pathname;

function io(stderr: string[]): CliIo {
  return {
    readFile: (path) => readFileSync(path, "utf8"),
    writeFile: () => {
      throw new Error("render writes a folder, not a file");
    },
    writeFolder: writeFolderAtomically,
    stdout: () => {},
    stderr: (text) => stderr.push(text),
    nowMs: () => 0,
  };
}

describe("lectern render", () => {
  it("writes the program page, the speakers page, a page per talk, compact JSON and lectern.js", async () => {
    const site = join(mkdtempSync(join(tmpdir(), "lectern-render-")), "site");
    expect(await main(["render", delta, "-o", site], io([]))).toBe(0);
    const written = readdirSync(site);
    expect(written.filter((name) => !name.startsWith("lectern-")).sort()).toEqual([
      "index.html",
      "lectern.js",
      "program.json",
      "speakers.html",
      "talks",
    ]);
    // Every chunk lectern.js fetches on first use is there beside it, or the site's elements break.
    const imported = [...readFileSync(join(site, "lectern.js"), "utf8").matchAll(/"\.\/(lectern-[\w.-]+\.js)"/g)];
    expect(imported.length).toBeGreaterThan(0);
    for (const [, chunk] of imported) expect(written).toContain(chunk);
    expect(readFileSync(join(site, "talks", "talk-vidal.html"), "utf8")).toContain(
      "How Geometry Shapes Optimization in Deep Generative Models",
    );
    expect(readFileSync(join(site, "program.json"), "utf8")).not.toContain("\n");
  });

  it("writes every file a page preloads, and a talk page holds its own talk only", async () => {
    const site = join(mkdtempSync(join(tmpdir(), "lectern-render-")), "site");
    expect(await main(["render", delta, "-o", site], io([]))).toBe(0);
    const talk = readFileSync(join(site, "talks", "talk-vidal.html"), "utf8");
    const preloads = (page: string) =>
      [...page.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]!);
    // lectern.js and the card's chunk at least: the chunk is what the page would otherwise wait for.
    expect(preloads(talk).filter((href) => /^\.\.\/lectern-talk-card-[\w-]+\.js$/.test(href))).toHaveLength(1);
    for (const href of preloads(talk)) expect(readdirSync(site)).toContain(href.slice("../".length));
    for (const page of ["index.html", "speakers.html"])
      for (const href of preloads(readFileSync(join(site, page), "utf8"))) expect(readdirSync(site)).toContain(href);
    // The next talk in delta-2026.json: in the program, not on Vidal's page.
    expect(readFileSync(join(site, "program.json"), "utf8")).toContain("Theory for Discrete Diffusions");
    expect(talk).not.toContain("Theory for Discrete Diffusions");
  });

  it("adds print.html, the printed program with the zone named, with --print", async () => {
    const site = join(mkdtempSync(join(tmpdir(), "lectern-render-")), "site");
    expect(await main(["render", delta, "--print", "-o", site], io([]))).toBe(0);
    const print = readFileSync(join(site, "print.html"), "utf8");
    expect(print).toContain("All times America/Sao_Paulo");
    expect(print).toContain("How Geometry Shapes Optimization in Deep Generative Models");
    expect(print).not.toContain("<script");
  });

  it("leaves the folder untouched when the input is bad", async () => {
    const site = mkdtempSync(join(tmpdir(), "lectern-render-"));
    writeFileSync(join(site, "keep.txt"), "old");
    const stderr: string[] = [];
    expect(await main(["render", join(site, "missing.json"), "-o", site], io(stderr))).toBe(1);
    expect(stderr.join("")).toContain("missing.json");
    expect(readdirSync(site)).toEqual(["keep.txt"]);
  });

  it("asks for -o", async () => {
    const stderr: string[] = [];
    expect(await main(["render", delta], io(stderr))).toBe(2);
    expect(stderr.join("")).toContain("-o DIR");
  });
});
