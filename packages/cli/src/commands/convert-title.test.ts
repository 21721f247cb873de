import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli as run } from "../testing/run-cli.js";

// MiniConf and spreadsheet files name no event: --title does, and without it the placeholder
// the import invents is said aloud, with the option that fixes it.
const fixture = (path: string) => fileURLToPath(new URL(`../../../core/test/fixtures/${path}`, import.meta.url));
const sheet = join(mkdtempSync(join(tmpdir(), "lectern-title-")), "sheet.csv");
writeFileSync(sheet, "date,start,end,room,kind,title\n2026-05-04,09:00,09:30,Hall,talk,Opening\n");

const formats = [
  [
    "MiniConf CSV",
    [fixture("miniconf/ismir2024-papers.csv"), "--time-zone", "America/Los_Angeles", "--start-date", "2024-11-11"],
    "Untitled conference",
  ],
  ["spreadsheet CSV", [sheet, "--from", "csv", "--time-zone", "Europe/Berlin"], "Untitled event"],
] as const;

describe.each(formats)("lectern convert --title for %s", (_format, input, invented) => {
  it("names the event", () => {
    const result = run("convert", ...input, "--title", "ISMIR 2024", "--to", "program");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).event.title).toBe("ISMIR 2024");
    expect(result.stderr).not.toContain("event.title");
  });

  it("is named in the warning when it is not given, and the placeholder stays", () => {
    const result = run("convert", ...input, "--to", "program");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).event.title).toBe(invented);
    expect(result.stderr).toContain(
      `event.title (line 1, column 1): the file names no event title, so "${invented}" was invented; give one with the title option (lectern convert --title "...")`,
    );
  });
});
