import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sharedFile } from "../../test/shared-files.js";
import type { ImportOptionValues } from "./importer.js";
import { detectImporter, findImporter, importers } from "./importers.js";

const example = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../examples/${name}`, import.meta.url)), "utf8");
const c3voc = (name: string) => readFileSync(sharedFile(`interop/c3voc/${name}.json`), "utf8");
const zone = { timeZone: "Europe/Berlin" };

const frabXml = `<?xml version="1.0"?>
<schedule><conference><title>Tiny Con</title><acronym>tiny</acronym><start>2026-03-28</start><end>2026-03-28</end><time_zone_name>Europe/Brussels</time_zone_name></conference>
<day index="1" date="2026-03-28"><room name="Hall A"><event id="1" guid="0b4bb1c7-5f1a-4e5e-9a52-1f6a4c3d2e10"><date>2026-03-28T10:00:00+01:00</date><start>10:00</start><duration>00:30</duration><room>Hall A</room><title>Hello</title><type>talk</type><persons><person id="7">Ana Souza</person></persons></event></room></day></schedule>`;
const pretalx = JSON.stringify({
  timezone: "Europe/Berlin",
  rooms: [{ id: 1, name: "Hall" }],
  speakers: [],
  talks: [
    {
      code: "T1",
      title: "Talk",
      speakers: [],
      room: 1,
      start: "2026-06-01T09:00:00+02:00",
      end: "2026-06-01T10:00:00+02:00",
    },
  ],
});
const indico = JSON.stringify({
  results: {
    "1": {
      "20260615": {
        c1: {
          _type: "Contribution",
          id: "c1",
          title: "Talk",
          room: "Aula",
          startDate: { date: "2026-06-15", time: "09:00:00", tz: "Europe/Zurich" },
          endDate: { date: "2026-06-15", time: "09:30:00", tz: "Europe/Zurich" },
        },
      },
    },
  },
});
const papers = "UID,title,authors,abstract,keywords,sessions\np1,A paper,Ana Souza*|Kim Lee,,audio,Session A\n";
const speakers =
  "UID,image,title,institution,speaker,abstract,bio,session\nk1,,Keynote title,MIT,Zoe Keynote,,,Keynotes\n";
const sessionize = JSON.stringify({
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
});
const sheet = "date,start,end,room,title\n2026-03-04,10:00,11:00,Aula,Talk\n";
const miniconfOptions = { timeZone: "UTC", startDate: "2026-11-09" };

// One real or minimal file per format, with the name a user would give it and the options it needs.
const samples: [format: string, fileName: string, text: string, options: ImportOptionValues, items: number][] = [
  ["program", "delta-2026.json", example("delta-2026.json"), {}, 18],
  ["c3voc", "schedule.json", c3voc("pretalx-democon"), {}, 36],
  ["frab-xml", "schedule.xml", frabXml, {}, 1],
  ["pretalx", "widget.json", pretalx, {}, 1],
  ["indico", "timetable.json", indico, {}, 1],
  ["miniconf", "papers.csv", papers, miniconfOptions, 1],
  ["sessionize", "sessionize.json", sessionize, zone, 1],
  ["csv", "program.csv", sheet, zone, 1],
];

describe("the importers registry", () => {
  it("holds every format Lectern reads, once each, in detection order", () => {
    expect(importers.map((importer) => importer.format)).toEqual([
      "program",
      "c3voc",
      "frab-xml",
      "pretalx",
      "sessionize",
      "indico",
      "miniconf",
      "csv",
      "cosplib",
    ]);
  });

  it("describes every importer and option for a help screen", () => {
    for (const importer of importers) {
      expect(importer.label, importer.format).not.toBe("");
      expect(importer.description, importer.format).not.toBe("");
      for (const option of importer.options)
        expect(option.description, `${importer.format} ${option.name}`).not.toBe("");
    }
  });

  it("finds an importer by its format name, and none for a format it cannot read", () => {
    expect(findImporter("frab-xml")?.label).toBe("frab schedule.xml");
    expect(findImporter("ics")).toBeUndefined();
  });
});

describe.each(samples)("the %s importer", (format, fileName, text, options, items) => {
  const importer = findImporter(format)!;

  it("is the one detected for its file", () => {
    expect(detectImporter(fileName, text)?.format).toBe(format);
  });

  it("is detected from the content alone, as for standard input", () => {
    expect(detectImporter("-", text)?.format).toBe(format);
  });

  it("reads the file as a valid program", () => {
    const result = importer.read(text, options);
    expect(result.ok ? result.program.items.length : result.errors).toBe(items);
  });

  it("ignores a byte-order mark, in detection and reading", () => {
    expect(detectImporter(fileName, `\uFEFF${text}`)?.format).toBe(format);
    const result = importer.read(`\uFEFF${text}`, options);
    expect(result.ok ? result.program.items.length : result.errors).toBe(items);
  });

  it("returns an error, never throws, for a file of another format", () => {
    const other = format === "frab-xml" ? sheet : "<not>this</not>";
    const result = importer.read(other, options);
    expect(result.ok).toBe(false);
  });

  it("stops with an error naming each required option that is missing", () => {
    const required = importer.options.filter((option) => option.required);
    const result = importer.read(text, {});
    if (required.length === 0) return expect(result.ok).toBe(true);
    expect(result.ok).toBe(false);
    const message = result.ok ? "" : result.errors.map((error) => error.message).join("\n");
    for (const option of required) expect(message).toContain(`the ${option.name} option`);
  });
});

describe("detectImporter", () => {
  it.each([
    ["notes.txt", "hello"],
    ["data.json", '{"foo": 1}'],
    ["data.json", "[1, 2]"],
    ["broken.json", '{"event": '],
  ])("recognises nothing in %s %j", (fileName, text) => {
    expect(detectImporter(fileName, text)).toBeUndefined();
  });

  it("trusts the content over the name: a program saved as .xml is a program", () => {
    expect(detectImporter("program.xml", example("delta-2026.json"))?.format).toBe("program");
  });

  it("takes a .csv without known columns as a spreadsheet (which then names what is missing)", () => {
    expect(detectImporter("export.csv", "a,b,c\n1,2,3\n")?.format).toBe("csv");
    expect(detectImporter("export.txt", "a,b,c\n1,2,3\n")).toBeUndefined();
  });

  it("tells MiniConf's speakers file from a spreadsheet", () => {
    expect(detectImporter("speakers.csv", speakers)?.format).toBe("miniconf");
  });

  it("reads the real FOSDEM schedule.xml as frab XML", () => {
    expect(
      detectImporter("fosdem.xml", readFileSync(sharedFile("data/fosdem-2024.schedule.xml"), "utf8"))?.format,
    ).toBe("frab-xml");
  });
});

describe("the MiniConf importer's several files", () => {
  const miniconf = findImporter("miniconf")!;

  it("reads a papers and a speakers file together, in any order", () => {
    const result = miniconf.readFiles!(
      [
        { name: "speakers.csv", text: speakers },
        { name: "papers.csv", text: papers },
      ],
      miniconfOptions,
    );
    expect(result.ok && result.program.items.map((item) => [item.id, item.kind])).toEqual([
      ["p1", "poster"],
      ["k1", "invited-talk"],
    ]);
  });

  it("reads a speakers file alone", () => {
    const result = miniconf.read(speakers, miniconfOptions);
    expect(result.ok && result.program.items.map((item) => item.kind)).toEqual(["invited-talk"]);
  });

  it("reads two papers files as one list, and refuses two speakers files, naming both", () => {
    const demo = "UID,title,authors\nd1,A demo,Bo Chen\n";
    const both = miniconf.readFiles!(
      [
        { name: "main.csv", text: papers },
        { name: "demo.csv", text: demo },
      ],
      miniconfOptions,
    );
    expect(both.ok && both.program.items.map((item) => item.id)).toEqual(["p1", "d1"]);
    const result = miniconf.readFiles!(
      [
        { name: "a.csv", text: speakers },
        { name: "b.csv", text: speakers },
      ],
      miniconfOptions,
    );
    expect(!result.ok && result.errors[0]!.message).toBe(
      "b.csv and a.csv are both MiniConf speakers files; give one at most",
    );
  });

  it("ignores a byte-order mark on any of the files", () => {
    const result = miniconf.readFiles!(
      [
        { name: "papers.csv", text: `\uFEFF${papers}` },
        { name: "speakers.csv", text: `\uFEFF${speakers}` },
      ],
      miniconfOptions,
    );
    expect(result.ok && result.program.items).toHaveLength(2);
  });

  it("is the only importer that reads several files", () => {
    expect(importers.filter((importer) => importer.readFiles).map((importer) => importer.format)).toEqual(["miniconf"]);
  });
});

describe("the spreadsheet importer's options", () => {
  const csv = findImporter("csv")!;

  it("refuses a date format it does not know, listing those it does", () => {
    const result = csv.read(sheet, { ...zone, dateFormat: "YY-MM-DD" });
    expect(!result.ok && result.errors[0]!.message).toBe(
      'the dateFormat option "YY-MM-DD" is not one of DD/MM/YYYY, MM/DD/YYYY, DD.MM.YYYY, YYYY/MM/DD',
    );
  });

  it("reads dates in the format given", () => {
    const result = csv.read("date,start,end,title\n04/03/2026,10:00,11:00,Talk\n", {
      ...zone,
      dateFormat: "DD/MM/YYYY",
    });
    expect(result.ok && result.program.items[0]!.start).toBe("2026-03-04T10:00");
  });
});
