import { describe, expect, it } from "vitest";
import { importC3vocJson } from "./c3voc-json.js";
import { importIndicoJson } from "./indico-json.js";
import { importPretalxWidget } from "./pretalx-widget.js";
import { readJsonInput } from "./read-input.js";
import { importSessionize } from "./sessionize.js";

const pretalx = JSON.stringify(
  {
    timezone: "UTC",
    talks: [{ code: "T1", title: "Talk", start: "2026-06-01T09:00:00Z", end: "2026-06-01T10:00:00Z" }],
  },
  null,
  2,
);
const sessionize = JSON.stringify(
  { sessions: [{ id: "1", title: "Talk", startsAt: "2026-06-01T09:00:00", endsAt: "2026-06-01T10:00:00" }] },
  null,
  2,
);
const indico = JSON.stringify(
  {
    results: {
      "1": {
        "20260601": {
          c1: {
            _type: "Contribution",
            id: "c1",
            title: "Talk",
            startDate: { date: "2026-06-01", time: "09:00", tz: "UTC" },
            duration: 30,
          },
        },
      },
    },
  },
  null,
  2,
);
const c3voc = JSON.stringify(
  {
    schedule: {
      conference: {
        title: "C",
        time_zone_name: "UTC",
        days: [
          {
            date: "2026-06-01",
            rooms: {
              A: [
                {
                  id: 1,
                  guid: "00000000-0000-4000-8000-000000000001",
                  date: "2026-06-01T09:00:00+00:00",
                  duration: "00:30",
                  title: "Talk",
                  persons: [],
                },
              ],
            },
          },
        ],
      },
    },
  },
  null,
  2,
);

const jsonImporters = [
  ["importPretalxWidget", (text: string) => importPretalxWidget(text), pretalx],
  ["importSessionize", (text: string) => importSessionize(text, { timeZone: "UTC" }), sessionize],
  ["importIndicoJson", (text: string) => importIndicoJson(text), indico],
  ["importC3vocJson", (text: string) => importC3vocJson(text), c3voc],
] as const;

describe.each(jsonImporters)("%s reads text as parseProgramJson does", (_name, importer, text) => {
  it("ignores a byte-order mark", () => {
    expect(importer(`\ufeff${text}`)).toMatchObject({ ok: true });
  });

  it("answers a syntax error with its line and column", () => {
    const broken = text.replace(/"title": "Talk",?/, '"title": "Talk" "oops",');
    const result = importer(broken);
    const line = broken.split("\n").findIndex((row) => row.includes('"oops"')) + 1;
    expect(!result.ok && result.errors[0]).toMatchObject({
      path: "",
      line,
      message: expect.stringContaining("is not valid JSON"),
    });
  });
});

describe("problems of a JSON text name their line", () => {
  it("places an importer's warning at the value it is about", () => {
    const text = JSON.stringify(
      { timezone: "UTC", talks: [{ code: "T1", title: "Talk", speakers: ["NOPE"] }] },
      null,
      2,
    );
    const result = importPretalxWidget(text);
    expect(result.warnings[0]).toMatchObject({ path: "talks[0].speakers", line: 7, column: 7 });
  });

  it("places a problem of the built program at the entry it was imported from, and names that entry", () => {
    const text = JSON.stringify(
      {
        timezone: "UTC",
        talks: [
          { code: "T1", title: "Fine", start: "2026-06-01T09:00:00Z", end: "2026-06-01T10:00:00Z" },
          { code: "T2", title: "Broken", start: "2026-06-01T25:00:00Z", end: "2026-06-01T26:00:00Z" },
        ],
      },
      null,
      2,
    );
    const result = importPretalxWidget(text);
    expect(!result.ok && result.errors[0]).toMatchObject({
      path: "items[1].start",
      line: 10,
      column: 5,
      message: expect.stringContaining("(imported from talks[1])"),
    });
  });
});

describe("readJsonInput", () => {
  it.each([
    ["undefined", undefined, "nothing to import"],
    ["a Buffer", new Uint8Array([123, 125]), "binary data"],
    ["empty text", " \n", "is empty"],
  ])("rejects %s with a message", (_name, input, message) => {
    expect(readJsonInput(input)).toMatchObject({
      ok: false,
      errors: [{ path: "", message: expect.stringContaining(message) }],
    });
  });

  it("passes an already-parsed value through without positions", () => {
    const read = readJsonInput({ a: 1 });
    expect(read.ok && read.source.locate(["a"])).toBe(undefined);
  });
});
