import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main, type CliIo } from "../main.js";

// The MiniConf commands apps/docs/content/developers.html shows (#miniconf-sessions), run as
// written against the real fixtures they name, so the docs cannot drift from the CLI.
const page = readFileSync(new URL("../../../../apps/docs/content/developers.html", import.meta.url), "utf8");
// The section alone: up to the next heading, whatever its attributes (ids come and go).
const sectionStart = page.indexOf('id="miniconf-sessions"');
const nextHeading = page.slice(sectionStart).search(/<h[1-3][\s>]/);
const section = page.slice(sectionStart, nextHeading < 0 ? undefined : sectionStart + nextHeading);
const commands = [...section.matchAll(/<pre><code>([\s\S]*?)<\/code><\/pre>/g)]
  .flatMap((match) => match[1]!.replace(/\\\n\s*/g, "").split("\n"))
  .map((line) =>
    line
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&")
      .trim(),
  )
  .filter((line) => line.startsWith("npx lectern "));
const fixtures = new URL("../../../core/test/fixtures/miniconf/", import.meta.url);
const fixtureOf: Record<string, string> = {
  "main_papers.csv": "emnlp2020-main_papers.csv",
  "demo_papers.csv": "emnlp2020-demo_papers.csv",
  "paper_sessions.yml": "emnlp2020-paper_sessions.yml",
  "main_calendar.json": "sigdialinlg2023-main_calendar.json",
};

function run(line: string, papers: string) {
  const args = [...line.slice("npx lectern ".length).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
  const written: Record<string, string> = {};
  const io: CliIo = {
    readFile: (path) =>
      readFileSync(new URL(path === "papers.csv" ? papers : (fixtureOf[path] ?? path), fixtures), "utf8"),
    writeFile: (path, text) => void (written[path] = text),
    stdout: () => {},
    stderr: () => {},
    nowMs: () => Date.UTC(2026, 10, 22, 12),
  };
  return { code: main(args, io), program: JSON.parse(written["program.json"] ?? "null") };
}

describe("the MiniConf commands of the developers page", () => {
  it("shows four commands", () => expect(commands).toHaveLength(4));

  it("joins EMNLP 2020's papers to paper_sessions.yml: z1A at 16:00 UTC with its four papers", () => {
    const { code, program } = run(commands[0]!, "emnlp2020-main_papers.csv");
    expect(code).toBe(0);
    const z1A = program.sessions.find((session: { title: string }) => session.title.startsWith("Zoom Q&A Session 1A"));
    expect(Date.parse(z1A.start)).toBe(Date.UTC(2020, 10, 16, 16));
    expect(z1A.items).toEqual(["main.438", "main.440", "main.2688", "main.2996"]);
  });

  it("joins SIGDIAL/INLG 2023's papers to main_calendar.json by their session cell", () => {
    const { code, program } = run(commands[1]!, "sigdialinlg2023-papers.csv");
    expect(code).toBe(0);
    const oral = program.sessions.find((session: { title: string }) => session.title.startsWith("INLG Oral Session 1"));
    expect(oral.start).toBe("2023-09-13T10:45:00+02:00");
    expect(oral.items).toHaveLength(4);
  });

  it("reads ISMIR 2024's * as equal contribution, the presenter being each row's primary_author", () => {
    const { code, program } = run(commands[2]!, "ismir2024-papers.csv");
    expect(code).toBe(0);
    const authors = program.items.flatMap((item: { authors: object[] }) => item.authors);
    expect(authors.some((author: { equalContribution?: boolean }) => author.equalContribution)).toBe(true);
    // Every one of the fixture's 12 rows names a primary_author among its authors (checked by hand).
    const presenters = program.items.map(
      (item: { authors: { presenting?: boolean }[] }) => item.authors.filter((author) => author.presenting).length,
    );
    expect(presenters).toEqual(Array.from({ length: 12 }, () => 1));
  });

  it("reads EMNLP 2020's main and demo papers files together with the sessions file", () => {
    const { code, program } = run(commands[3]!, "emnlp2020-main_papers.csv");
    expect(code).toBe(0);
    const ids = program.items.map((item: { id: string }) => item.id);
    // 22 main papers (the fixture), then demo.102 and demo.104.
    expect(ids).toHaveLength(24);
    expect(ids.slice(22)).toEqual(["demo.102", "demo.104"]);
  });
});
