import { describe, expect, it } from "vitest";
import { formatPath } from "../parse/problem.js";
import { importC3vocJson } from "./c3voc-json.js";
import { importDateList } from "./date-list.js";
import { importFrabXml } from "./frab-xml.js";
import { importIndicoJson } from "./indico-json.js";
import { importMiniconf } from "./miniconf-csv.js";
import { importPretalxWidget } from "./pretalx-widget.js";
import { readCsv } from "./read-csv.js";
import { importSessionize } from "./sessionize.js";
import { importSpreadsheetCsv } from "./spreadsheet-csv.js";

// Every exported importer, called the way a script might call it by mistake. None may throw,
// and each answers with problems a person can act on, never an engine's internal message.
const importers: [
  string,
  (
    input: unknown,
    options?: unknown,
  ) => { ok: boolean; errors?: readonly { path: string; segments: readonly (string | number)[]; message: string }[] },
][] = [
  ["importC3vocJson", (input, options) => importC3vocJson(input, options as never)],
  ["importPretalxWidget", (input, options) => importPretalxWidget(input, options as never)],
  ["importSessionize", (input, options) => importSessionize(input, options as never)],
  ["importIndicoJson", (input, options) => importIndicoJson(input, options as never)],
  ["importFrabXml", (input, options) => importFrabXml(input, options as never)],
  ["importSpreadsheetCsv", (input, options) => importSpreadsheetCsv(input, options as never)],
  ["importMiniconf", (input, options) => importMiniconf(input as never, options as never)],
  ["importDateList", (input, options) => importDateList(input, options as never)],
];
const cyclic: Record<string, unknown> = { talks: [], sessions: [] };
cyclic.self = cyclic;
const unprintable = { toString: 1, valueOf: 1 };
const inputs: [string, unknown][] = [
  ["a Buffer", new Uint8Array([123, 125])],
  ["undefined", undefined],
  ["null", null],
  ["a number", 42],
  ["an object that cannot become text", unprintable],
  ["a cyclic object", cyclic],
  ["an array", [1, 2]],
  ["text that is nothing", "   "],
];
const optionSets: [string, unknown][] = [
  ["no options", undefined],
  ["null options", null],
  [
    "options of the wrong types",
    { timeZone: 5, startDate: {}, format: unprintable, dateFormat: unprintable, title: unprintable, strict: "yes" },
  ],
];
const internalMessage =
  /is not a function|is not iterable|Cannot (read|convert)|of undefined|Maximum call stack|bug in Lectern/;

describe.each(importers)("%s never throws", (_name, importer) => {
  it.each(
    inputs.flatMap(([inputName, input]) =>
      optionSets.map(([optionsName, options]) => [`${inputName}, ${optionsName}`, input, options] as const),
    ),
  )("given %s, it rejects with a readable problem", (_case, input, options) => {
    const result = importer(input, options);
    expect(result.ok).toBe(false);
    for (const error of result.errors ?? []) {
      expect(error.path).toBe(formatPath(error.segments));
      expect(error.message).not.toMatch(internalMessage);
    }
  });
});

describe("readCsv", () => {
  it.each([
    ["a Buffer", new Uint8Array([97, 44, 98])],
    ["undefined", undefined],
  ])("answers %s with a problem on line 1 instead of throwing", (_name, input) => {
    expect(readCsv(input)).toEqual({
      records: [],
      problem: { line: 1, message: expect.stringMatching(/binary data|nothing to import/) },
    });
  });
});

describe("hostile values inside a file", () => {
  it("reads a list that is an object, or a name that is an object, as missing, not as a crash", () => {
    const indico = {
      results: {
        "1": {
          "20260615": {
            c1: {
              _type: "Contribution",
              id: { toString: 1 },
              title: "T",
              presenters: { not: "a list" },
              startDate: { date: "2026-06-15", time: "09:00", tz: "UTC" },
              duration: 30,
            },
          },
        },
      },
    };
    const result = importIndicoJson(indico);
    expect(result.ok).toBe(true);
    const pretalx = {
      talks: [{ code: { toString: 1 }, title: "T", speakers: "ABC", start: 5 }],
      timezone: "UTC",
      event_start: 20260101,
      event_end: "2026-01-02",
    };
    expect(importPretalxWidget(pretalx)).toMatchObject({
      ok: true,
      program: { event: { startDate: "1970-01-01", endDate: "2026-01-02" } },
    });
  });

  it("reads Indico sessions nested ten thousand deep with a warning, not a stack overflow", () => {
    let entry: Record<string, unknown> = {
      _type: "Contribution",
      id: "leaf",
      title: "Leaf",
      startDate: { date: "2026-06-15", time: "09:00", tz: "UTC" },
      duration: 30,
    };
    for (let depth = 0; depth < 10_000; depth += 1)
      entry = { _type: "Session", id: `s${depth}`, entries: { child: entry } };
    const result = importIndicoJson({ results: { "1": { "20260615": { top: entry } } } }, { timeZone: "UTC" });
    expect(result.warnings.map((warning) => warning.message)).toContainEqual(
      expect.stringContaining("nest deeper than 16 levels"),
    );
  });

  it("finds no kind for a type named like Object's properties", () => {
    const sheet = "date,start,end,kind,title\n2026-01-05,10:00,10:30,constructor,T\n2026-01-05,11:00,11:30,__proto__,U";
    const result = importSpreadsheetCsv(sheet, { timeZone: "UTC", title: "Hostile" });
    expect(result.ok && result.program.items.map((item) => item.kind)).toEqual(["other", "other"]);
    expect(result.warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [2, expect.stringContaining('kind: "constructor" is not a kind')],
      [3, expect.stringContaining('kind: "__proto__" is not a kind')],
    ]);
  });
});
