import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main, type CliIo } from "./main.js";

/** Runs the CLI in-process against a real file, capturing what it prints. */
function run(...args: string[]) {
  const out: string[] = [];
  const io: CliIo = {
    readFile: (path) => readFileSync(path, "utf8"),
    writeFile: () => undefined,
    stdout: (text) => out.push(text),
    stderr: (text) => out.push(text),
    nowMs: () => Date.UTC(2026, 10, 22, 12),
  };
  return { code: main(args, io), stdout: out.join("") };
}

/** A program of `count` posters in one hall, all at once, written to a temporary file. */
function postersFile(count: number): string {
  const file = join(mkdtempSync(join(tmpdir(), "lectern-cli-groups-")), "posters.json");
  const items = Array.from({ length: count }, (_, index) => ({
    id: `poster-${index}`,
    kind: "poster",
    title: `Poster ${index}`,
    room: "hall",
    start: "2026-06-01T14:00",
    end: "2026-06-01T15:30",
  }));
  const event = {
    title: "Posters",
    kind: "conference",
    startDate: "2026-06-01",
    endDate: "2026-06-01",
    timeZone: "Europe/Berlin",
  };
  writeFileSync(file, JSON.stringify({ version: 1, event, rooms: [{ id: "hall", name: "Poster hall" }], items }));
  return file;
}

describe("lectern check, overlaps as groups", () => {
  it("prints one line for a room's group, naming its first ten paths", () => {
    const file = postersFile(12);
    const result = run("check", file);
    expect(result.code).toBe(1);
    const paths = Array.from({ length: 10 }, (_, index) => `items[${index}]`).join(", ");
    expect(result.stdout).toBe(
      `room-overlap: "Poster 0", "Poster 1", "Poster 2" and 9 more items are in Poster hall at the same time (${paths}, 2 more)\n${file}: 1 conflict(s)\n`,
    );
  });

  it("gives every path of the group in --json, with how many are there at once", () => {
    const result = run("check", postersFile(12), "--json");
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(false);
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0]).toMatchObject({ kind: "room-overlap", roomId: "hall", mostAtOnce: 12 });
    expect(report.conflicts[0].paths).toEqual(Array.from({ length: 12 }, (_, index) => `items[${index}]`));
    expect(report.conflicts[0].ids).toHaveLength(12);
  });

  it("prints a pair as before: both paths, no count", () => {
    const result = run("check", postersFile(2));
    expect(result.stdout).toContain(
      'room-overlap: "Poster 0" and "Poster 1" are in Poster hall at the same time (items[0], items[1])\n',
    );
  });
});
