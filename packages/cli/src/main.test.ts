import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { helpText, main, type CliIo } from "./main.js";

// shared/ as `npm test` found it (scripts/find-shared-dir.mjs), else beside the checkout.
const shared = (path: string) =>
  join(process.env.LECTERN_SHARED_DIR || fileURLToPath(new URL("../../../../shared/", import.meta.url)), path);
const example = (name: string) => fileURLToPath(new URL(`../../core/examples/${name}`, import.meta.url));

/** Runs the CLI in-process against real files, capturing what it prints and writes. */
function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const io: CliIo = {
    readFile: (path) => readFileSync(path, "utf8"),
    writeFile: (path, text) => written.set(path, text),
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    nowMs: () => Date.UTC(2026, 10, 22, 12),
  };
  const code = main(args, io);
  return { code, stdout: out.join(""), stderr: err.join(""), written };
}

describe("lectern validate", () => {
  it("accepts a valid program and says what it found", () => {
    expect(run("validate", example("delta-2026.json"))).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("valid program, 18 items over 1 day(s)"),
    });
  });

  it("reads FOSDEM's schedule.xml, detected by its name", () => {
    const result = run("validate", shared("data/fosdem-2024.schedule.xml"));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("valid frab-xml, 876 items over 2 day(s), 2 warning(s)");
    expect(result.stderr).toContain('11 event(s) of type "bof"');
  });

  it("exits 1 with the problems and their paths for an invalid file", () => {
    const result = run("validate", shared("interop/c3voc/pretalx-rc3.json"));
    expect(result.code).toBe(1);
    // The path, then where in the file: line 6 opens the conference, which names no zone.
    expect(result.stderr).toContain(
      "schedule.conference.time_zone_name (line 6, column 5): the file names no time zone",
    );
    expect(result.stderr).toContain("--time-zone");
  });

  it("rejects the deliberately invalid c3voc example with --strict, and reads it without", () => {
    const strict = run("validate", shared("interop/c3voc/invalid-example.json"), "--strict");
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(
      'schedule.conference.days[0].rooms.Winterchaos[0].id (line 23, column 19): must be an integer, found "2814"',
    );
    expect(run("validate", shared("interop/c3voc/invalid-example.json")).code).toBe(0);
  });

  it("accepts the zone on the command line", () => {
    expect(run("validate", shared("interop/c3voc/pretalx-rc3.json"), "--time-zone", "Europe/Berlin").code).toBe(0);
  });

  it("prints JSON for scripts", () => {
    const result = run("validate", example("sigmetrics-2026.json"), "--json");
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, format: "program", items: 11, days: 0 });
  });
});

describe("lectern convert", () => {
  it("converts c3voc to a Lectern program that validates again", () => {
    const result = run("convert", shared("interop/c3voc/pretalx-democon.json"), "--to", "program", "-o", "out.json");
    expect(result.code).toBe(0);
    const written = JSON.parse(result.written.get("out.json")!);
    expect(written.items).toHaveLength(36);
  });

  it("converts a program to c3voc on standard output", () => {
    const result = run("convert", example("delta-2026.json"), "--to", "c3voc");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).schedule.conference.acronym).toBe("delta_2026");
  });

  it("converts a program to frab schedule.xml", () => {
    const result = run("convert", example("delta-2026.json"), "--to", "frab-xml");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<schedule>/);
    expect(result.stdout.match(/<event /g)).toHaveLength(18);
  });

  it("converts a program to schema.org JSON-LD", () => {
    const result = run("convert", example("delta-2026.json"), "--to", "jsonld");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ "@type": "Event", subEvent: expect.any(Array) });
  });

  it("refuses a format it cannot write yet, saying which it can", () => {
    const result = run("convert", example("delta-2026.json"), "--to", "csv");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'writing "csv" is not supported yet; writable formats: program, digest, c3voc, frab-xml, ics, jsonld',
    );
  });
});

describe("lectern reading Sessionize", () => {
  const file = join(mkdtempSync(join(tmpdir(), "lectern-cli-")), "sessionize.json");
  writeFileSync(
    file,
    JSON.stringify({
      sessions: [
        {
          id: "1",
          title: "Talk",
          startsAt: "2026-03-29T09:00:00",
          endsAt: "2026-03-29T10:00:00",
          speakers: [],
          roomId: null,
        },
      ],
      speakers: [],
      rooms: [],
    }),
  );

  it("detects the format and asks for --time-zone, as Sessionize times have none", () => {
    const result = run("validate", file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Sessionize times carry no time zone");
  });

  it("reads it with --time-zone", () => {
    expect(run("validate", file, "--time-zone", "Europe/Berlin")).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("valid sessionize, 1 items"),
    });
  });
});

describe("lectern reading a spreadsheet", () => {
  const file = join(mkdtempSync(join(tmpdir(), "lectern-cli-")), "program.csv");
  writeFileSync(file, "date,start,end,title\n04/03/2026,10:00,11:00,Talk\n");

  it("refuses an ambiguous date, naming the line, until --date-format is given", () => {
    const failed = run("validate", file, "--time-zone", "Europe/Berlin");
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("(line 2, column 1)");
    expect(failed.stderr).toContain("is ambiguous");
    const read = run("convert", file, "--time-zone", "Europe/Berlin", "--date-format", "DD/MM/YYYY", "--to", "program");
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout).items[0].start).toBe("2026-03-04T10:00");
  });
});

describe("lectern reading a format that names no event (--title)", () => {
  const file = join(mkdtempSync(join(tmpdir(), "lectern-cli-")), "sessionize.json");
  writeFileSync(
    file,
    JSON.stringify({
      sessions: [{ id: "1", title: "Opening", startsAt: "2026-05-04T09:00:00", endsAt: "2026-05-04T09:30:00" }],
    }),
  );

  it("takes the title from --title, and says so when it has to invent one", () => {
    const titled = run("convert", file, "--time-zone", "Europe/Berlin", "--title", "DevConf 2026", "--to", "program");
    expect(titled.code).toBe(0);
    expect(JSON.parse(titled.stdout).event.title).toBe("DevConf 2026");
    expect(titled.stderr).not.toContain("--title");
    const untitled = run("convert", file, "--time-zone", "Europe/Berlin", "--to", "program");
    expect(JSON.parse(untitled.stdout).event.title).toBe("Untitled event");
    expect(untitled.stderr).toContain('give one with the title option (lectern convert --title "...")');
    expect(helpText).toMatch(/--title TEXT +the event's title; the file names none/);
  });
});

describe("lectern reading MiniConf", () => {
  const file = join(mkdtempSync(join(tmpdir(), "lectern-cli-")), "papers.csv");
  writeFileSync(file, "UID,title,authors,abstract,keywords,sessions\np1,A paper,Ana Souza*|Kim Lee,,audio,Session A\n");

  it("detects a MiniConf papers file and needs the zone and first day", () => {
    expect(run("validate", file, "--time-zone", "UTC")).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("--start-date"),
    });
    expect(run("validate", file, "--time-zone", "UTC", "--start-date", "2026-11-09")).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("valid miniconf, 1 items"),
    });
  });
});

describe("lectern check and ics", () => {
  it("lists conflicts and exits 1 when there are some (FOSDEM has one)", () => {
    const result = run("check", shared("data/fosdem-2024.schedule.xml"));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("person-overlap: John Viega is needed in two places at once");
  });

  it("exits 0 when there are none", () => {
    expect(run("check", example("delta-2026.json"))).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("no conflicts"),
    });
  });

  it("writes one item's .ics", () => {
    const result = run("ics", example("delta-2026.json"), "--item", "lunch");
    expect(result.code).toBe(0);
    expect(result.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(result.stdout).toContain("DTSTART:20260427T150000Z");
  });

  it("writes a seminar series' calendar with its cancelled meeting's talk cancelled", () => {
    const result = run("ics", example("reading-group-2026.json"));
    expect(result.code).toBe(0);
    expect(result.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(12);
    expect(result.stdout.match(/STATUS:CANCELLED/g)).toHaveLength(1);
  });

  it("says when the item does not exist", () => {
    expect(run("ics", example("delta-2026.json"), "--item", "nope")).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('no item has the id "nope"'),
    });
  });
});

describe("lectern usage", () => {
  it.each([
    [[], 2],
    [["--help"], 0],
    [["frobnicate", "x"], 2],
    [["validate"], 2],
    [["convert", "x.json", "--to", "nope"], 2],
  ])("%j exits %i with help or a usage message", (args, code) => {
    const result = run(...(args as string[]));
    expect(result.code).toBe(code);
    expect(result.stdout + result.stderr).toMatch(/lectern/);
  });

  it("turns a list of dates into a series' ISO dates, in the format named", () => {
    const list = join(mkdtempSync(join(tmpdir(), "lectern-dates-")), "meetings.txt");
    writeFileSync(list, "# spring\n04/03/2026\n06/03/2026\n");
    expect(run("dates", list, "--date-format", "DD/MM/YYYY")).toMatchObject({
      code: 0,
      stdout: '[\n  "2026-03-04",\n  "2026-03-06"\n]\n',
    });
    expect(JSON.parse(run("dates", list, "--date-format", "MM/DD/YYYY").stdout)).toEqual(["2026-04-03", "2026-06-03"]);
  });

  it("refuses to read a list of dates without its format, and names bad lines", () => {
    const list = join(mkdtempSync(join(tmpdir(), "lectern-dates-")), "meetings.txt");
    writeFileSync(list, "04/03/2026\n31/02/2026\n");
    expect(run("dates", list)).toMatchObject({ code: 2, stderr: expect.stringContaining("Give --date-format") });
    expect(run("dates", list, "--date-format", "DD/MM/YYYY")).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('(line 2, column 1): "31/02/2026": Feb 2026 has no day 31'),
    });
  });

  it("has help that names every command and format", () => {
    for (const word of ["validate", "convert", "check", "ics", "--time-zone", "frab-xml", "c3voc"])
      expect(helpText).toContain(word);
  });

  it("runs as a real command (the built bin) with the right exit code", () => {
    const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
    const output = execFileSync(process.execPath, [bin, "validate", example("delta-2026.json")], { encoding: "utf8" });
    expect(output).toContain("valid program");
    expect(() =>
      execFileSync(process.execPath, [bin, "validate", shared("interop/c3voc/pretalx-rc3.json")], { stdio: "pipe" }),
    ).toThrow();
  });
});
