import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli as run } from "../testing/run-cli.js";

// A spreadsheet imports with exit 0 only when nothing is lost without a word: same-name
// speakers stay two people, a day without a time stays on its day, and each warning names its row.

const folder = mkdtempSync(join(tmpdir(), "lectern-sheet-"));
const sheet = join(folder, "program.csv");
writeFileSync(
  sheet,
  [
    "date,start,end,title,kind,speakers,affiliations",
    "2026-04-27,09:00,10:00,Panel,panel,Ana Silva; Ana Silva,Univ A; Univ B",
    "2026-04-28,TBA,,Keynote,keynote,Li Na,",
  ].join("\n"),
);

describe("lectern convert of a spreadsheet", () => {
  it("keeps same-name speakers apart and a TBA row on its day, naming each row in a warning", () => {
    const result = run("convert", sheet, "--time-zone", "UTC", "--title", "Panels", "--to", "program");
    expect(result.code).toBe(0);
    const program = JSON.parse(result.stdout);
    expect(program.items.map((item: { speakers: string[] }) => item.speakers)).toEqual([
      ["person-ana-silva", "person-ana-silva-univ-b"],
      ["person-li-na"],
    ]);
    expect(program.items[1]).toMatchObject({ date: "2026-04-28", tba: ["time"] });
    expect(result.stderr).toContain(
      '(line 2, column 1): row at line 2 ("Panel"), speakers: two speakers are named "Ana Silva"; kept as two people',
    );
    expect(result.stderr).toContain('(line 3, column 1): row at line 3 ("Keynote"), start: "TBA"');
  });

  it("validate refuses a program that lists one person twice as a speaker of an item", () => {
    const program = join(folder, "twice.json");
    writeFileSync(
      program,
      JSON.stringify({
        event: { title: "Panels", kind: "workshop", startDate: "2026-04-27", timeZone: "UTC" },
        people: [{ id: "ana", name: "Ana Silva" }],
        items: [
          { id: "p", kind: "panel", title: "Panel", speakers: ["ana", "ana"], start: "2026-04-27T09:00", duration: 60 },
        ],
      }),
    );
    const result = run("validate", program);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("items[0].speakers[1] (line 1, column");
    expect(result.stderr).toContain('"ana" is listed twice as a speaker; if these are two people who share a name');
  });
});
