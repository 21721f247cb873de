import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main, type CliIo } from "../main.js";

// `lectern convert main.csv demo.csv --sessions s.yml`: ACL and EMNLP sites split their
// papers into main, findings and demo files; one convert reads them all with the sessions.
const fixture = (name: string) =>
  readFileSync(new URL(`../../../core/test/fixtures/miniconf/${name}`, import.meta.url), "utf8");
const inputs: Record<string, string> = {
  "main_papers.csv": fixture("emnlp2020-main_papers.csv"),
  "demo_papers.csv": fixture("emnlp2020-demo_papers.csv"),
  // A UID of the main file given again, as a careless split of the papers would.
  "extra_papers.csv": "UID,title,authors\nmain.84,A second main.84,Bo Chen\n",
  "paper_sessions.yml": fixture("emnlp2020-paper_sessions.yml"),
};

function convert(...files: string[]) {
  let stderr = "";
  let written = "";
  const io: CliIo = {
    readFile: (path) => inputs[path] ?? "",
    writeFile: (_path, text) => void (written = text),
    stdout: () => {},
    stderr: (text) => void (stderr += text),
    nowMs: () => Date.UTC(2026, 10, 22, 12),
  };
  const args = ["convert", ...files, "--sessions", "paper_sessions.yml", "--time-zone", "UTC"];
  const code = main([...args, "--start-date", "2020-11-16", "--title", "EMNLP", "--to", "program", "-o", "p.json"], io);
  return { code, stderr, program: written ? JSON.parse(written) : undefined };
}

describe("lectern convert with several MiniConf papers files", () => {
  it("reads main and demo papers with the sessions file into one program", () => {
    const { code, program } = convert("main_papers.csv", "demo_papers.csv");
    expect(code).toBe(0);
    const ids = program.items.map((item: { id: string }) => item.id);
    expect(ids).toContain("demo.102");
    expect(ids).toContain("main.438");
    // z1A (line 1 of the YAML) lists main.438 first (checked by hand).
    expect(program.sessions.find((session: { id: string }) => session.id === "z1A").items[0]).toBe("main.438");
  });

  it("warns on a UID given twice, naming both files and rows", () => {
    const { stderr } = convert("main_papers.csv", "demo_papers.csv", "extra_papers.csv");
    expect(stderr).toMatch(
      /row 2 of extra_papers\.csv: UID "main\.84" is also row 20 of main_papers\.csv; this paper is kept as "[^"]+"/,
    );
  });

  it("still refuses two speakers files, naming both", () => {
    inputs["s1.csv"] = "UID,title,speaker\n1,Keynote,Ana Silva\n";
    inputs["s2.csv"] = inputs["s1.csv"];
    const { code, stderr } = convert("s1.csv", "s2.csv");
    expect(code).toBe(1);
    expect(stderr).toContain("s2.csv and s1.csv are both MiniConf speakers files; give one at most");
  });
});
