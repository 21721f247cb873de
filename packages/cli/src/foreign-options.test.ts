import { importers } from "@lectern/core";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { CliValues } from "./cli-options.js";
import { foreignOptionsMessage } from "./foreign-options.js";
import { main, type CliIo } from "./main.js";

const folder = mkdtempSync(join(tmpdir(), "lectern-foreign-"));
const file = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};
const sheet = file("sheet.csv", "date,start,end,room,kind,title\n2026-05-04,09:00,09:30,Hall,talk,Opening\n");
const sessions = file("x.csv", "title,start,end,papers\n");
const delta = fileURLToPath(new URL("../../core/examples/delta-2026.json", import.meta.url));

function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const written: string[] = [];
  const io: CliIo = {
    readFile: (path) => readFileSync(path, "utf8"),
    writeFile: (path) => void written.push(path),
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    nowMs: () => Date.UTC(2026, 10, 22, 12),
  };
  const code = main(args, io);
  return { code, stdout: out.join(""), stderr: err.join(""), written };
}

describe("an option of another format", () => {
  it("is wrong usage (exit 2), naming each option and the formats that take it, and writes nothing", () => {
    const result = run(
      "convert",
      sheet,
      "--from",
      "csv",
      "--time-zone",
      "Europe/Berlin",
      "--sessions",
      sessions,
      "--star",
      "equal-contribution",
      "--language",
      "de",
      "--to",
      "program",
      "-o",
      join(folder, "out.json"),
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.written).toEqual([]);
    expect(result.stderr).toBe(
      "lectern convert: spreadsheet CSV (--from csv) does not take --language, --star or --sessions: " +
        "--language is an option of pretalx, --star and --sessions of miniconf\n" +
        'Run "lectern --help" for usage.\n',
    );
  });

  it("is named before what the format lacks (here --time-zone)", () => {
    const result = run("convert", sheet, "--from", "csv", "--sessions", sessions, "--star", "equal-contribution");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("does not take --star or --sessions");
  });

  it("is refused for a detected format, in every command that reads a file", () => {
    for (const command of ["validate", "check", "ics"]) {
      const result = run(command, delta, "--time-zone", "Europe/Vienna");
      expect(result.code, command).toBe(2);
      expect(result.stderr, command).toContain(
        `lectern ${command}: Lectern program JSON (--from program) does not take --time-zone: --time-zone is an option of c3voc, frab-xml,`,
      );
    }
  });

  it("is taken by lectern changes when either version's format takes it", () => {
    expect(run("changes", delta, sheet, "--time-zone", "Europe/Vienna", "--title", "Spring").code).toBe(0);
    expect(run("changes", delta, delta, "--time-zone", "Europe/Vienna").code).toBe(2);
  });

  it("leaves the CLI's own options alone, and the options the format takes", () => {
    const result = run(
      "convert",
      sheet,
      "--time-zone",
      "Europe/Berlin",
      "--title",
      "Spring",
      "--to",
      "program",
      "--pretty",
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).event.title).toBe("Spring");
  });
});

describe("foreignOptionsMessage", () => {
  const values = (given: Record<string, string | boolean>) =>
    ({
      "keep-extra": false,
      print: false,
      "no-pricing": false,
      pretty: false,
      json: false,
      help: false,
      ...given,
    }) as CliValues;

  it("takes an option that one of the formats read takes (lectern changes reads two)", () => {
    expect(foreignOptionsMessage(values({ "time-zone": "UTC" }), ["program", "csv"], importers)).toBeUndefined();
    expect(foreignOptionsMessage(values({ "time-zone": "UTC" }), ["program", "program"], importers)).toContain(
      "Lectern program JSON (--from program) does not take --time-zone",
    );
  });

  it("counts a spreadsheet's --date-format as its own, though lectern dates reads it too", () => {
    expect(foreignOptionsMessage(values({ "date-format": "DD/MM/YYYY" }), ["pretalx"], importers)).toContain(
      "--date-format is an option of csv",
    );
  });

  it("says nothing for a format Lectern cannot read, which is reported as such", () => {
    expect(foreignOptionsMessage(values({ star: "presenter" }), ["ics"], importers)).toBeUndefined();
  });

  it("counts a switch as given only when it is on", () => {
    expect(foreignOptionsMessage(values({ strict: true }), ["csv"], importers)).toContain(
      "--strict is an option of c3voc",
    );
    expect(foreignOptionsMessage(values({}), ["csv"], importers)).toBeUndefined();
  });
});
