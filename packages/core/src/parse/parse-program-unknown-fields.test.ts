import { describe, expect, it } from "vitest";
import { minimalProgram, sampleProgram, type ProgramData } from "../../test/program-builder.js";
import { errorsOf, expectOneError, expectAccepted, withItems, talk } from "../../test/parse-program-expectations.js";

describe("parseProgram: unknown fields", () => {
  it.each([
    ["titel", (p: ProgramData) => (p.event.titel = "x"), "event.titel", "title"],
    ["item (at the top)", (p: ProgramData) => (p.item = []), "item", "items"],
    ["nam in the venue", (p: ProgramData) => (p.event.venue = { nam: "x" }), "event.venue.nam", "name"],
    [
      "ulr in the host conference",
      (p: ProgramData) => (p.event.hostConference = { name: "ICLR", ulr: "https://iclr.cc" }),
      "event.hostConference.ulr",
      "url",
    ],
    ["rol in an organiser", (p: ProgramData) => (p.event.organisers[0].rol = "x"), "event.organisers[0].rol", "role"],
    [
      "lable in an event link",
      (p: ProgramData) => (p.event.links = [{ kind: "web", url: "https://x.org", lable: "x" }]),
      "event.links[0].lable",
      "label",
    ],
    [
      "lable in an important date",
      (p: ProgramData) => (p.event.importantDates = [{ label: "x", date: "2026-01-01", lable: "y" }]),
      "event.importantDates[0].lable",
      "label",
    ],
    ["winner in an award", (p: ProgramData) => (p.event.awards[0].winner = []), "event.awards[0].winner", "winners"],
    [
      "nte in the schedule",
      (p: ProgramData) => (p.event.schedule = { status: "final", nte: "x" }),
      "event.schedule.nte",
      "note",
    ],
    [
      "affilations in a person",
      (p: ProgramData) => (p.people[1].affilations = []),
      "people[1].affilations",
      "affiliations",
    ],
    ["capacty in a room", (p: ProgramData) => (p.rooms[0].capacty = 3), "rooms[0].capacty", "capacity"],
    ["colour in a track", (p: ProgramData) => (p.tracks[0].colour = "#000000"), "tracks[0].colour", "color"],
    ["chair in a session", (p: ProgramData) => (p.sessions[0].chair = []), "sessions[0].chair", "chairs"],
    ["titel in an item", (p: ProgramData) => (p.items[2].titel = "x"), "items[2].titel", "title"],
    ["speaker in an item", (p: ProgramData) => (p.items[1].speaker = "ben"), "items[1].speaker", "speakers"],
    [
      "presentng in an author",
      (p: ProgramData) => (p.items[2].authors[0].presentng = true),
      "items[2].authors[0].presentng",
      "presenting",
    ],
    [
      "scroe in a tag",
      (p: ProgramData) => (p.items[2].tags = [{ label: "x", scroe: 1 }]),
      "items[2].tags[0].scroe",
      "score",
    ],
  ])("rejects %s and suggests the known field", (_label, change, path, suggestion) => {
    const program = sampleProgram();
    change(program);
    const error = expectOneError(program, path, `; did you mean "${suggestion}"?`);
    const key = path
      .split(".")
      .at(-1)!
      .replace(/\[\d+\]$/, "");
    expect(error.message).toContain(`unknown field "${key}"`);
  });

  it("lists the known fields when no field is close", () => {
    const program = minimalProgram();
    program.organizer = "x";
    expectOneError(
      program,
      "organizer",
      'unknown field "organizer"; known fields here: $schema, version, textFormat, event, people, rooms, tracks, sessions, series, items, scheduling, extra',
    );
  });

  it("lists the known fields of a link, deep in an item", () => {
    const program = withItems(talk("a", { links: [{ kind: "pdf", url: "https://x.org/a.pdf", titel: "PDF" }] }));
    expectOneError(program, "items[0].links[0].titel", 'unknown field "titel"; known fields here: kind, url, label');
  });

  it("reports each unknown field of one object separately", () => {
    const program = withItems(talk("a", { titel: "x", speeker: ["p"] }));
    const errors = errorsOf(program);
    expect(errors.map((error) => error.path).sort()).toEqual(["items[0].speeker", "items[0].titel"]);
  });

  it("quotes a field name that is not an identifier in the path", () => {
    const program = withItems(talk("a", { "start time": "09:00" }));
    expectOneError(program, 'items[0]["start time"]', 'unknown field "start time"');
    const top = minimalProgram();
    top["0"] = 1;
    expectOneError(top, '["0"]', 'unknown field "0"');
  });

  it("rejects a __proto__ key (an own property after JSON.parse) as an unknown field", () => {
    const program = JSON.parse(
      `{"event": ${JSON.stringify(minimalProgram().event)}, "items": [], "__proto__": {"x": 1}}`,
    );
    expectOneError(program, "__proto__", 'unknown field "__proto__"');
  });

  it("accepts any field inside extra (free-form data)", () => {
    const program = withItems(talk("a", { extra: { titel: 1, "odd key": [{ deep: { er: null } }] } }));
    expectAccepted(program);
  });

  // Was a bug (fixed, kept as a guard): the keys of defaultDurations are item kinds, but a misspelt kind gets neither a
  // suggestion nor the list of kinds (knownKeysAt knows only object shapes, not enum-keyed records).
  it("suggests the item kind for a misspelt key of event.schedule.defaultDurations", () => {
    const program = minimalProgram();
    program.event.schedule = { status: "final", defaultDurations: { keynot: 45 } };
    expectOneError(
      program,
      "event.schedule.defaultDurations.keynot",
      'unknown field "keynot"',
      'did you mean "keynote"?',
    );
  });
});
