import { describe, expect, it } from "vitest";
import { createProgramJsonSchema } from "../json/program-json-schema.js";
import { parseProgram } from "./parse-program.js";

// Rooms and tracks carry their names (and descriptions) in other languages, as items carry
// their titles: kept as written, through JSON and back, and a bad entry refused at its path.
const event = { title: "Tagung", kind: "conference", startDate: "2026-06-01", timeZone: "Europe/Berlin" } as const;
const multilingual = {
  event: { ...event, language: "en" },
  rooms: [
    { id: "main", name: "Main hall", translations: [{ language: "de", name: "Großer Saal" }] },
    {
      id: "lab",
      name: "Lab",
      description: "Bring a laptop.",
      translations: [{ language: "de-AT", description: "Laptop mitbringen." }],
    },
  ],
  tracks: [
    {
      id: "sec",
      name: "Security",
      color: "#aa3366",
      description: "Locks.",
      translations: [
        { language: "de", name: "Sicherheit", description: "Schlösser." },
        { language: "pt-BR", name: "Segurança" },
      ],
    },
  ],
  items: [
    {
      id: "t1",
      kind: "contributed-talk",
      title: "Opening",
      room: "main",
      track: "sec",
      start: "2026-06-01T09:00",
      end: "2026-06-01T09:30",
    },
  ],
};

const errorsOf = (input: unknown) => {
  const result = parseProgram(input);
  return result.ok ? [] : result.errors.map((error) => error.path);
};

describe("room and track translations", () => {
  it("are accepted and kept as written", () => {
    const result = parseProgram(multilingual);
    expect(result.ok ? result.warnings : result.errors).toEqual([]);
    expect(result.ok && result.program).toEqual(multilingual);
  });

  it("survive writing the program as JSON and parsing it again", () => {
    const first = parseProgram(multilingual);
    if (!first.ok) throw new Error(first.errors[0]!.message);
    const again = parseProgram(JSON.parse(JSON.stringify(first.program)));
    expect(again.ok && again.program.rooms![0]!.translations).toEqual([{ language: "de", name: "Großer Saal" }]);
    expect(again.ok && again.program.tracks![0]!.translations![1]).toEqual({ language: "pt-BR", name: "Segurança" });
  });

  it.each([
    [
      "a room translation without its language",
      { rooms: [{ id: "r", name: "R", translations: [{ name: "S" }] }] },
      "rooms[0].translations[0].language",
    ],
    [
      "a language that is not a BCP 47 tag",
      { rooms: [{ id: "r", name: "R", translations: [{ language: "de_DE", name: "S" }] }] },
      "rooms[0].translations[0].language",
    ],
    [
      "a track translation with a field it has no place for",
      { tracks: [{ id: "t", name: "T", translations: [{ language: "de", title: "T" }] }] },
      "tracks[0].translations[0].title",
    ],
    [
      "an empty translated name",
      { tracks: [{ id: "t", name: "T", translations: [{ language: "de", name: " " }] }] },
      "tracks[0].translations[0].name",
    ],
    [
      "translations that are not a list",
      { rooms: [{ id: "r", name: "R", translations: { de: "S" } }] },
      "rooms[0].translations",
    ],
  ])("refuse %s at its path", (_name, lists, path) => {
    expect(errorsOf({ event, items: [], ...lists })).toContain(path);
  });

  it("are described in the JSON Schema editors use", () => {
    const schema = createProgramJsonSchema() as {
      $defs?: Record<string, unknown>;
      properties: Record<string, unknown>;
    };
    const text = JSON.stringify(schema);
    expect(text).toContain("The room's name and description in other languages.");
    expect(text).toContain("The track's name and description in other languages.");
  });
});
