import { detectImporter, importers, optionFlag, type Importer } from "@lectern/core";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { helpText } from "./help-text.js";
import { main, type CliIo } from "./main.js";

// Issue 16: the CLI lists, detects and reads formats through the importer registry only.
const shared = (path: string) =>
  join(process.env.LECTERN_SHARED_DIR || fileURLToPath(new URL("../../../../shared/", import.meta.url)), path);
const example = (name: string) => fileURLToPath(new URL(`../../core/examples/${name}`, import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "lectern-registry-"));
const file = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};

function run(args: readonly string[], registry?: readonly Importer[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: (path) => readFileSync(path, "utf8"),
    writeFile: () => undefined,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    nowMs: () => 0,
  };
  const code = main(args, io, registry);
  return { code, stdout: out.join(""), stderr: err.join("") };
}

/** The format names of the help's "Readable formats" section, in their order. */
const readableInHelp = (help: string) => {
  const section = help.slice(help.indexOf("Readable formats"), help.indexOf("Writable formats"));
  return [...section.matchAll(/^ {2}(\S+) {2,}/gm)].map((match) => match[1]);
};

const papers = file(
  "papers.csv",
  "UID,title,authors,abstract,keywords,sessions\np1,A paper,Ana Souza*|Kim Lee,,audio,Session A\n",
);
const speakers = file(
  "speakers.csv",
  "UID,image,title,institution,speaker,abstract,bio,session\nk1,,Keynote,MIT,Zoe Keynote,,,Keynotes\n",
);

describe("the CLI and the importer registry", () => {
  it("--help lists exactly the registry's formats, in detection order", () => {
    expect(readableInHelp(run(["--help"]).stdout)).toEqual(importers.map((importer) => importer.format));
  });

  it("--help lists every importer's options under its format, and the CLI knows each", () => {
    expect(importers.find((importer) => importer.format === "program")!.options).toEqual([]);
    for (const importer of importers) {
      const section = helpText
        .slice(helpText.search(new RegExp(`^ {2}${importer.format} `, "m")))
        .split(/\n {2}\S/)[0]!;
      for (const option of importer.options) {
        const flag = `--${optionFlag(option)}`;
        expect(section, `${importer.format} ${flag}`).toContain(flag);
        const value = option.type === "string" ? [option.values?.[0] ?? "x"] : [];
        // Known to the command line, and refused for a program file, which takes no options,
        // naming the formats that take it (not "Unknown option").
        const result = run(["validate", example("delta-2026.json"), flag, ...value]);
        expect(result.code, flag).toBe(2);
        expect(result.stderr, flag).toContain(`does not take ${flag}`);
        expect(result.stderr, flag).toMatch(new RegExp(`of [\\w, -]*\\b${importer.format}\\b`));
      }
    }
  });

  // Each with the options its format takes: an option of another format is refused.
  const zone = ["--time-zone", "UTC"];
  it.each([
    ["delta-2026.json", () => example("delta-2026.json"), []],
    ["a c3voc export", () => shared("interop/c3voc/pretalx-democon.json"), zone],
    ["FOSDEM's schedule.xml", () => shared("data/fosdem-2024.schedule.xml"), zone],
    ["a MiniConf papers file", () => papers, [...zone, "--start-date", "2026-11-09"]],
    ["a spreadsheet", () => file("sheet.csv", "date,start,end,title\n2026-03-04,10:00,11:00,Talk\n"), zone],
    ["a spreadsheet named .txt", () => file("sheet.txt", "date,start,end,title\n2026-03-04,10:00,11:00,Talk\n"), zone],
  ])("detects %s as the registry does", (_name, path, options) => {
    const input = path();
    const detected = detectImporter(input, readFileSync(input, "utf8"))!.format;
    const result = run(["validate", input, "--json", ...options]);
    expect(JSON.parse(result.stdout).format).toBe(detected);
  });

  it("reads, detects and documents a new importer given as one more registry entry", () => {
    const seen: unknown[] = [];
    const tally: Importer = {
      format: "tally",
      label: "Tally sheet",
      description: "one talk title a line",
      options: [{ name: "roomName", type: "string", required: true, description: "the room every talk is in" }],
      detect: (fileName) => (fileName.endsWith(".tally") ? 1 : 0),
      read: (text, options) => {
        seen.push(options);
        return importers[0]!.read(readFileSync(example("delta-2026.json"), "utf8"), {});
      },
    };
    const registry = [...importers, tally];
    expect(readableInHelp(run(["--help"], registry).stdout)).toContain("tally");
    expect(run(["--help"], registry).stdout).toContain("--room-name VALUE   required: the room every talk is in");
    const input = file("talks.tally", "Hello\n");
    expect(run(["validate", input], registry)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("give --room-name (the room every talk is in)"),
    });
    expect(run(["validate", input, "--room-name", "Aula"], registry)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("valid tally, 18 items"),
    });
    expect(seen).toEqual([{ roomName: "Aula" }]);
    expect(run(["validate", input, "--room-name", "Aula"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Unknown option '--room-name'"),
    });
  });
});

describe("several input files", () => {
  it("are read together for a format spread over several (MiniConf's papers and speakers)", () => {
    const result = run([
      "validate",
      papers,
      speakers,
      "--time-zone",
      "UTC",
      "--start-date",
      "2026-11-09",
      "--title",
      "X",
    ]);
    expect(result).toMatchObject({
      code: 0,
      stdout: `${papers}, ${speakers}: valid miniconf, 2 items over 0 day(s), 2 without a time\n`,
    });
  });

  it("are refused for a format read from one file", () => {
    expect(run(["validate", example("delta-2026.json"), example("sigmetrics-2026.json")])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Lectern program JSON is read from one file; give one"),
    });
  });

  it("are refused when they are of different formats", () => {
    expect(run(["validate", papers, example("delta-2026.json")])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(`${papers} is miniconf but ${example("delta-2026.json")} is program`),
    });
  });

  it("refuses standard input twice", () => {
    expect(run(["validate", "-", "-"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('standard input ("-") can be given once'),
    });
  });
});

describe("formats the CLI only writes", () => {
  it("are refused as input, by name or by --from, saying which formats it reads", () => {
    const message = `reading "ics" is not supported yet; readable formats: ${importers.map((importer) => importer.format).join(", ")}`;
    expect(run(["validate", file("talk.ics", "BEGIN:VCALENDAR\n")])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining(message),
    });
    expect(run(["validate", example("delta-2026.json"), "--from", "ics"])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining(message),
    });
  });
});

describe("MiniConf's convert options", () => {
  const fixture = (name: string) =>
    fileURLToPath(new URL(`../../core/test/fixtures/miniconf/${name}`, import.meta.url));
  const convert = (input: string, ...extra: string[]) =>
    run(["convert", input, "--to", "program", "--time-zone", "UTC", "--start-date", "2024-11-11", ...extra]);

  it("--star chooses what ISMIR's * means", () => {
    const ismir = fixture("ismir2024-papers.csv");
    expect(convert(ismir)).toMatchObject({ code: 0, stdout: expect.stringContaining('"presenting":true') });
    expect(convert(ismir).stdout).not.toContain('"equalContribution"');
    const equal = convert(ismir, "--star", "equal-contribution");
    expect(equal.code).toBe(0);
    // The starred authors are equal contributors; each row's primary_author presents.
    expect(equal.stdout).toContain('"equalContribution":true');
    expect(equal.stdout).toContain('"presenting":true');
  });

  it("--site-url makes SIGDIAL's relative paper links absolute", () => {
    const result = convert(fixture("sigdialinlg2023-papers.csv"), "--site-url", "https://sigdialinlg2023.github.io");
    expect(result).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('"https://sigdialinlg2023.github.io/static/papers/inlg/124_Paper.pdf"'),
    });
  });

  it("--site-url makes the template speakers' relative images absolute photos", () => {
    const result = convert(fixture("miniconf-template-speakers.csv"), "--site-url", "https://chil.ahli.cc");
    expect(result).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('"photo":"https://chil.ahli.cc/static/images/speakers/yoshua_bengio.png"'),
    });
    expect(result.stderr).toContain('column "slideslive_id" is not imported');
  });
});
