import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import draft6 from "ajv/dist/refs/json-schema-draft-06.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { sharedFile } from "../../test/shared-files.js";
import { validProgram } from "../../test/valid-program.js";
import { importC3vocJson } from "../import/c3voc-json.js";
import { parseProgramJson } from "../parse/parse-program-json.js";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { toC3voc } from "./to-c3voc.js";

// Output is checked with a real JSON Schema validator (ajv, draft 06, formats on) against the
// official c3voc schema; round trips use the three real exports.
const interop = (name: string) => readFileSync(sharedFile(`interop/c3voc/${name}`), "utf8");
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addMetaSchema(draft6);
const validate = ajv.compile(JSON.parse(interop("schema.json")));
const schemaErrors = (document: unknown) =>
  validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
const example = (name: string) => {
  const result = parseProgramJson(readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8"));
  if (!result.ok) throw new Error("example invalid");
  return result.program;
};
type Written = {
  guid: string;
  date: string;
  duration: string;
  room: string;
  title: string;
  persons: { name: string }[];
  links: { url: string }[];
  url: string;
};
const writtenEvents = (document: Record<string, any>): Written[] =>
  (document.schedule.conference.days as { rooms: Record<string, Written[]> }[]).flatMap((day) =>
    Object.values(day.rooms).flat(),
  );

describe.each([
  ["pretalx-democon.json", undefined],
  ["frab-camp2019.json", undefined],
  ["pretalx-rc3.json", "Europe/Berlin"],
] as const)("c3voc -> program -> c3voc with %s", (name, timeZone) => {
  const source = JSON.parse(interop(name));
  const imported = importC3vocJson(source, timeZone ? { timeZone } : {});
  if (!imported.ok) throw new Error(imported.errors[0]!.message);
  const { document } = toC3voc(imported.program);
  const sourceEvents = writtenEvents(source);
  const byGuid = new Map(writtenEvents(document).map((event) => [event.guid, event]));

  it("writes a document that validates against the official schema", () => {
    expect(schemaErrors(document)).toEqual([]);
  });

  it("keeps every event with its guid, time, duration, room and title", () => {
    expect(byGuid.size).toBe(sourceEvents.length);
    for (const event of sourceEvents) {
      const written = byGuid.get(event.guid)!;
      expect({
        at: Date.parse(written.date),
        duration: written.duration,
        room: written.room,
        title: written.title,
      }).toEqual({
        at: Date.parse(event.date),
        duration: event.duration.padStart(5, "0"),
        room: event.room,
        title: event.title.trim(),
      });
    }
  });

  it("keeps every person and link", () => {
    for (const event of sourceEvents) {
      const written = byGuid.get(event.guid)!;
      expect(written.persons.map((person) => person.name)).toEqual([
        ...new Set(event.persons.map((person: Record<string, string>) => (person.public_name ?? person.name)!.trim())),
      ]);
      const sourceUrls = [
        ...event.links,
        ...((event as unknown as { attachments?: { url: string }[] }).attachments ?? []),
      ].map((link) => link.url);
      const writtenUrls = [written.url, ...written.links.map((link) => link.url)];
      for (const url of sourceUrls)
        expect(writtenUrls.some((candidate) => candidate === url || candidate.endsWith(url))).toBe(true);
      if (event.url) expect(written.url).toBe(event.url);
    }
  });

  it("reads back into the same program", () => {
    const again = importC3vocJson(document);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    const summary = (items: typeof imported.program.items) =>
      items.map((item) => [item.extra?.guid, item.start && Date.parse(item.start), item.duration, item.title]).sort();
    expect(summary(again.program.items)).toEqual(summary(imported.program.items));
  });
});

describe("toC3voc with Lectern's own programs", () => {
  it("writes the DeLTa workshop validly, and says what the format cannot hold", () => {
    const program = example("delta-2026.json");
    const { document, warnings } = toC3voc(program);
    expect(schemaErrors(document)).toEqual([]);
    expect(writtenEvents(document)).toHaveLength(resolveSchedule(program).items.length);
    expect(warnings.map((warning) => warning.message)).toEqual([
      'written as "delta_2026" to fit the c3voc acronym pattern',
      '18 timed item(s) have no room ("opening", "talk-vidal", "talk-chen" and 15 more); c3voc and frab need one, so they are written in "Main room"',
      "18 event(s) had no c3voc guid or slug; stable ones were made from their ids",
      "c3voc cannot hold authors: authors are written as persons (the presenting ones, or all when none is marked), tags are left out",
    ]);
  });

  it("gives the same guids and slugs every time (clients recognise events again)", () => {
    const program = example("delta-2026.json");
    expect(JSON.stringify(toC3voc(program).document)).toBe(JSON.stringify(toC3voc(program).document));
  });

  it("lists a tentative program's untimed items instead of dropping them silently", () => {
    const { document, warnings } = toC3voc(example("sigmetrics-2026.json"));
    expect(schemaErrors(document)).toEqual([]);
    const dropped = warnings.filter((warning) => warning.message.startsWith("has no time"));
    expect(dropped).toHaveLength(11);
    expect(dropped[0]!.path).toMatch(/^items\[\d+\]$/);
  });
});

describe("toC3voc with authors, languages and untimed items", () => {
  const authored = (presenting: boolean) =>
    validProgram({
      event: {
        title: "Test Workshop",
        kind: "workshop",
        startDate: "2026-06-01",
        timeZone: "Europe/Berlin",
        language: "de",
      },
      people: [
        { id: "ana", name: "Ana Souza" },
        { id: "li", name: "Li Na" },
      ],
      items: [
        {
          id: "t",
          kind: "contributed-talk",
          title: "Talk",
          authors: [{ person: "ana" }, { person: "li", ...(presenting ? { presenting: true } : {}) }],
          start: "2026-06-01T10:00",
          end: "2026-06-01T10:30",
        },
        {
          id: "u",
          kind: "contributed-talk",
          title: "English",
          language: "en",
          start: "2026-06-01T11:00",
          end: "2026-06-01T11:30",
        },
      ],
    });

  it("keeps every author as a person when nobody is marked presenting", () => {
    const { document } = toC3voc(authored(false));
    expect(schemaErrors(document)).toEqual([]);
    expect(writtenEvents(document)[0]!.persons.map((person) => person.name)).toEqual(["Ana Souza", "Li Na"]);
  });

  it("writes only the presenters when one is marked", () => {
    const { document } = toC3voc(authored(true));
    expect(writtenEvents(document)[0]!.persons.map((person) => person.name)).toEqual(["Li Na"]);
  });

  it("writes the item's language, else the event's", () => {
    const events = writtenEvents(toC3voc(authored(false)).document) as unknown as { language: string }[];
    expect(events.map((event) => event.language)).toEqual(["de", "en"]);
  });

  it("is an error, not an invalid document, when no item has a time", () => {
    const program = validProgram({
      event: {
        title: "Test Workshop",
        kind: "workshop",
        startDate: "2026-06-01",
        timeZone: "Europe/Berlin",
        schedule: { status: "tentative" },
      },
      items: [{ id: "a", kind: "contributed-talk", title: "A" }],
    });
    const { errors, warnings } = toC3voc(program);
    expect(errors.map((error) => error.message)).toEqual([
      "no item has a time (items[0]); c3voc and frab need at least one timed item",
    ]);
    expect(warnings.map((warning) => `${warning.path}: ${warning.message}`)).toContain(
      "items[0]: has no time and is not written: c3voc and frab have no tentative order",
    );
  });
});

describe("toC3voc with names that are Object's properties", () => {
  it("writes rooms called constructor, __proto__ and toString as rooms, validly, and reads them back", () => {
    const names = ["constructor", "__proto__", "toString"];
    const program = validProgram({
      event: {
        title: "Test Workshop",
        kind: "workshop",
        startDate: "2026-06-01",
        timeZone: "Europe/Berlin",
        extra: { frab: { version: { toString: 1 } } },
      },
      rooms: names.map((name, index) => ({ id: `r${index}`, name })),
      items: names.map((_name, index) => ({
        id: `t${index}`,
        kind: "contributed-talk" as const,
        title: `Talk ${index}`,
        room: `r${index}`,
        start: "2026-06-01T10:00",
        end: "2026-06-01T10:30",
      })),
    });
    const { document } = toC3voc(program);
    expect(schemaErrors(JSON.parse(JSON.stringify(document)))).toEqual([]);
    const again = importC3vocJson(JSON.stringify(document));
    if (!again.ok) throw new Error(again.errors[0]!.message);
    expect(again.program.rooms?.map((room) => room.name).sort()).toEqual([...names].sort());
  });
});

describe("the schema check itself", () => {
  it("is strict: the real camp2019 export fails it for its acronym and slugs, the invalid example too", () => {
    expect(schemaErrors(JSON.parse(interop("frab-camp2019.json")))).toContain(
      '/schedule/conference/acronym must match pattern "^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$"',
    );
    expect(schemaErrors(JSON.parse(interop("invalid-example.json")))).toContain(
      "/schedule/conference/days/0/rooms/Winterchaos/0/id must be integer",
    );
  });

  it("writes a track slug the schema accepts for a one-letter or letterless name (found by the property test)", () => {
    const program = validProgram({
      tracks: [
        { id: "x", name: "X" },
        { id: "sym", name: "!!" },
      ],
      items: [
        {
          id: "a",
          kind: "contributed-talk",
          title: "A",
          start: "2026-06-01T10:00",
          end: "2026-06-01T11:00",
          track: "x",
        },
      ],
    });
    const { document } = toC3voc(program);
    expect(schemaErrors(document)).toEqual([]);
    const tracks = (document.schedule as { conference: { tracks: { slug: string }[] } }).conference.tracks;
    expect(tracks.map((track) => track.slug)).toEqual(["track-x", "track"]);
  });

  it("writes a typed IRI (non-ASCII host and path) as the percent-encoded URI the schema's uri format accepts", () => {
    const program = validProgram({
      event: {
        title: "Workshop",
        kind: "workshop",
        startDate: "2026-06-01",
        timeZone: "Asia/Tokyo",
        links: [{ kind: "web", url: "https://例え.jp/パス" }],
      },
      items: [
        {
          id: "a",
          kind: "contributed-talk",
          title: "A",
          start: "2026-06-01T10:00",
          end: "2026-06-01T11:00",
          links: [{ kind: "slides", url: "https://example.org/Straße" }],
        },
      ],
    });
    const { document } = toC3voc(program);
    expect(schemaErrors(document)).toEqual([]);
    const schedule = document.schedule as {
      base_url: string;
      conference: { days: { rooms: Record<string, { url: string; links: { url: string }[] }[]> }[] };
    };
    expect(schedule.base_url).toBe("https://%E4%BE%8B%E3%81%88.jp/%E3%83%91%E3%82%B9");
    const [talk] = Object.values(schedule.conference.days[0]!.rooms)[0]!;
    expect(talk!.url).toBe("https://%E4%BE%8B%E3%81%88.jp/%E3%83%91%E3%82%B9#talk-a");
    expect(talk!.links.map((link) => link.url)).toEqual(["https://example.org/Stra%C3%9Fe"]);
  });
});
