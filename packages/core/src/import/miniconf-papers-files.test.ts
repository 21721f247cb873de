import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importMiniconf } from "./miniconf-csv.js";

// EMNLP 2020's main papers (the fixture) with a demo papers file, as ACL/EMNLP sites split them.
const main = readFileSync(new URL("../../test/fixtures/miniconf/emnlp2020-main_papers.csv", import.meta.url), "utf8");
const demo = [
  "UID,title,authors,frobnicate",
  'demo.1,A demo,"Ana Silva, Li Na, Bo Chen",x',
  "main.438,Not the main paper,Bo Chen,y",
].join("\n");
const sessions = [
  "d1:",
  "  start_time: 2020-11-17 10:00:00+00:00",
  "  end_time: 2020-11-17 11:00:00+00:00",
  "  name: Demo session 1",
  "  papers:",
  "  - demo.1",
  "  - main.438",
].join("\n");
const options = { title: "EMNLP 2020", timeZone: "UTC", startDate: "2020-11-16" };

function imported() {
  const result = importMiniconf(
    {
      papers: [
        { name: "main_papers.csv", text: main },
        { name: "demo_papers.csv", text: demo },
      ],
      sessions,
      sessionsFileName: "paper_sessions.yml",
    },
    options,
  );
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("\n"));
  return { program: result.program, warnings: result.warnings.map((warning) => [warning.line, warning.message]) };
}

describe("importMiniconf with several papers files", () => {
  it("reads every file's papers, in the files' order", () => {
    const { program } = imported();
    // The fixture has 22 papers (test/fixtures/miniconf/README.md); the demo file two more.
    expect(program.items).toHaveLength(24);
    expect(program.items[22]!.id).toBe("demo.1");
    expect(program.items[22]!.authors).toHaveLength(3);
  });

  it("warns on a UID given twice, naming both files and rows; the sessions file's UID is the first paper", () => {
    const { program, warnings } = imported();
    const again = program.items[23]!;
    expect(again.id).not.toBe("main.438");
    expect(warnings).toContainEqual([
      3,
      `row 3 of demo_papers.csv: UID "main.438" is also row 16 of main_papers.csv; this paper is kept as "${again.id}", and a sessions file's "main.438" is the first`,
    ]);
    const session = program.sessions!.find((entry) => entry.id === "d1")!;
    expect(session.items).toEqual(["demo.1", "main.438"]);
  });

  it("names the file of a column nothing reads and of a row's problem", () => {
    const { warnings } = imported();
    expect(warnings).toContainEqual([1, 'demo_papers.csv: column "frobnicate" is not imported']);
    expect(warnings).toContainEqual([
      3,
      'row 3 of main_papers.csv: paper "main.1432" is in no session of paper_sessions.yml; it has no time',
    ]);
  });
});
