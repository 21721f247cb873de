import { describe, expect, it } from "vitest";
import { minimalProgram, sampleProgram, type ProgramData } from "../../test/program-builder.js";
import { parseProgram, type ParseResult } from "./parse-program.js";
import type { ProgramProblem } from "./problem.js";

// ---------------------------------------------------------------------------------------------
// Helpers

function errorsOf(input: unknown): readonly ProgramProblem[] {
  const result = parseProgram(input);
  if (result.ok) throw new Error(`expected the program to be rejected; it was accepted`);
  return result.errors;
}

/** Asserts the input is rejected with exactly one error, at `path`, whose message has every fragment. */
function expectOneError(input: unknown, path: string, ...fragments: (string | RegExp)[]): ProgramProblem {
  const errors = errorsOf(input);
  expect(errors.map((error) => error.path)).toEqual([path]);
  const [error] = errors;
  for (const fragment of fragments) {
    if (typeof fragment === "string") expect(error!.message).toContain(fragment);
    else expect(error!.message).toMatch(fragment);
  }
  return error!;
}

function expectAccepted(input: unknown): Extract<ParseResult, { ok: true }> {
  const result = parseProgram(input);
  if (!result.ok) {
    throw new Error(
      `expected the program to be accepted:\n${result.errors.map((e) => `${e.path}: ${e.message}`).join("\n")}`,
    );
  }
  return result;
}

/** A minimal program with the given items. */
function withItems(...items: Record<string, unknown>[]): ProgramData {
  const program = minimalProgram();
  program.items = items;
  return program;
}

/** A timed item with everything it needs; override any field. */
function talk(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, kind: "contributed-talk", title: `Talk ${id}`, start: "2026-06-15T09:00", duration: 20, ...fields };
}

function inZone(timeZone: string, ...items: Record<string, unknown>[]): ProgramData {
  const program = withItems(...items);
  program.event.timeZone = timeZone;
  return program;
}

// ---------------------------------------------------------------------------------------------

describe("parseProgram: valid programs", () => {
  it("accepts the minimal program with no warnings, and returns it unchanged", () => {
    const result = expectAccepted(minimalProgram());
    expect(result.warnings).toEqual([]);
    expect(result.program).toEqual(minimalProgram());
  });

  it("accepts the sample program (every kind of reference) with no warnings, unchanged", () => {
    const result = expectAccepted(sampleProgram());
    expect(result.warnings).toEqual([]);
    expect(result.program).toEqual(sampleProgram());
  });

  it("does not return the input object itself (the caller's object stays the caller's)", () => {
    const input = sampleProgram();
    const result = expectAccepted(input);
    expect(result.program).not.toBe(input);
  });

  it("keeps text verbatim: leading and trailing spaces are not trimmed", () => {
    const result = expectAccepted(withItems(talk("a", { title: "  Opening  ", abstract: " x\n\ny " })));
    expect(result.program.items[0]!.title).toBe("  Opening  ");
    expect(result.program.items[0]!.abstract).toBe(" x\n\ny ");
  });

  it("accepts an id of 128 characters and ids with . _ : -", () => {
    expectAccepted(withItems(talk("a".repeat(128)), talk("x.y_z:w-1")));
  });

  it("accepts $schema, version 1 and extra with any JSON at every level that has it", () => {
    const program = sampleProgram();
    program.$schema = "../schema/program.schema.json";
    program.extra = { importer: "indico", nested: { list: [1, "two", null, true] } };
    program.event.extra = { a: 1 };
    program.people[0].extra = { b: [] };
    program.rooms[0].extra = { c: {} };
    program.tracks[0].extra = { d: null };
    program.sessions[0].extra = { e: "x" };
    program.items[0].extra = { f: false };
    const result = expectAccepted(program);
    expect(result.program).toEqual(program);
  });

  it("accepts an end date equal to the start date, and 29 February in a leap year", () => {
    const program = minimalProgram();
    program.event.startDate = "2028-02-29";
    program.event.endDate = "2028-02-29";
    expectAccepted(program);
  });

  it("accepts a person with no name when the name is to be announced", () => {
    const program = minimalProgram();
    program.people = [{ id: "tba-speaker", tba: ["name", "affiliations"] }];
    expect(expectAccepted(program).warnings).toEqual([]);
  });

  it("accepts speakers to be announced when the speakers list is empty", () => {
    expectAccepted(withItems(talk("a", { speakers: [], tba: ["speakers", "abstract"] })));
  });
});

describe("parseProgram: input that is not an object", () => {
  it.each([
    ["null", null, "found null"],
    ["an array", [], "found an array"],
    ["an array of programs", [minimalProgram()], "found an array"],
    ["a string", "program.json", "found string"],
    ["a number", 42, "found number"],
    ["a boolean", true, "found boolean"],
    ["undefined", undefined, "found undefined"],
  ])("rejects %s at the document level", (_label, input, found) => {
    const error = expectOneError(input, "", 'a program is a JSON object with "event" and "items"', found);
    expect(error.segments).toEqual([]);
  });
});

describe("parseProgram: missing and wrongly typed fields", () => {
  it("reports a missing event and missing items, each at its own path", () => {
    const errors = errorsOf({});
    expect(errors.map((error) => [error.path, error.message])).toEqual([
      ["event", "is required (an object)"],
      ["items", "is required (an array)"],
    ]);
  });

  it("reports missing items alone when the event is there", () => {
    expectOneError({ event: minimalProgram().event }, "items", "is required (an array)");
  });

  it("reports a missing event alone when the items are there", () => {
    expectOneError({ items: [] }, "event", "is required (an object)");
  });

  it.each([
    ["event.title", (p: ProgramData) => delete p.event.title, "is required (text)"],
    ["event.startDate", (p: ProgramData) => delete p.event.startDate, "is required (text)"],
    ["event.timeZone", (p: ProgramData) => delete p.event.timeZone, "is required (text)"],
    ["people[0].id", (p: ProgramData) => delete p.people[0].id, "is required (text)"],
    ["rooms[0].name", (p: ProgramData) => delete p.rooms[0].name, "is required (text)"],
    ["tracks[0].name", (p: ProgramData) => delete p.tracks[0].name, "is required (text)"],
    ["sessions[0].title", (p: ProgramData) => delete p.sessions[0].title, "is required (text)"],
    ["sessions[0].items", (p: ProgramData) => delete p.sessions[0].items, "is required (an array)"],
    ["items[1].id", (p: ProgramData) => delete p.items[1].id, "is required (text)"],
    ["items[2].authors[1].person", (p: ProgramData) => delete p.items[2].authors[1].person, "is required (text)"],
    ["event.organisers[0].person", (p: ProgramData) => delete p.event.organisers[0].person, "is required (text)"],
    ["event.awards[0].name", (p: ProgramData) => delete p.event.awards[0].name, "is required (text)"],
  ])("reports a missing %s as required", (path, remove, message) => {
    const program = sampleProgram();
    remove(program);
    expectOneError(program, path, message);
  });

  it.each([
    ["event.hostConference.name", (p: ProgramData) => (p.event.hostConference = { url: "https://iclr.cc" })],
    ["event.importantDates[0].date", (p: ProgramData) => (p.event.importantDates = [{ label: "Deadline" }])],
    ["event.links[0].url", (p: ProgramData) => (p.event.links = [{ kind: "web" }])],
  ])("reports a missing %s in a nested object", (path, change) => {
    const program = minimalProgram();
    change(program);
    expectOneError(program, path, "is required (text)");
  });

  // A missing enum field is as common as a missing text field and should read the same way.
  // Was a bug (fixed, kept as a guard): zod reports it as an invalid value with no input, and the message reads
  // `nothing is not allowed; expected one of: ...`.
  it.each([
    ["event.kind", (p: ProgramData) => delete p.event.kind],
    ["items[0].kind", (p: ProgramData) => delete p.items[0].kind],
    ["event.schedule.status", (p: ProgramData) => (p.event.schedule = {})],
    ["event.links[0].kind", (p: ProgramData) => (p.event.links = [{ url: "https://example.org" }])],
  ])("reports a missing %s (an enum) as required, listing the allowed values", (path, remove) => {
    const program = sampleProgram();
    remove(program);
    const error = expectOneError(program, path, /^is required/, "expected one of:");
    expect(error.message).not.toMatch(/^nothing/);
  });

  it.each([
    ["event.title", "expected text, found the number 42", (p: ProgramData) => (p.event.title = 42)],
    ["event.title", "expected text, found true", (p: ProgramData) => (p.event.title = true)],
    ["event.timeZone", "expected text, found null", (p: ProgramData) => (p.event.timeZone = null)],
    ["event.startDate", "expected text, found the number 20260615", (p: ProgramData) => (p.event.startDate = 20260615)],
    ["event.venue", 'expected an object, found the text "Berlin"', (p: ProgramData) => (p.event.venue = "Berlin")],
    ["event.organisers", "expected an array, found an object", (p: ProgramData) => (p.event.organisers = {})],
    ["items", "expected an array, found an object", (p: ProgramData) => (p.items = {})],
    ["items", "expected an array, found the number 5", (p: ProgramData) => (p.items = 5)],
    ["people", 'expected an array, found the text "ada"', (p: ProgramData) => (p.people = "ada")],
    ["items[0]", 'expected an object, found the text "opening"', (p: ProgramData) => (p.items[0] = "opening")],
    ["items[1].speakers[0]", "expected text, found the number 7", (p: ProgramData) => (p.items[1].speakers = [7])],
    ["items[1].duration", 'expected a number, found the text "30"', (p: ProgramData) => (p.items[1].duration = "30")],
    [
      "items[0].plenary",
      'expected true or false, found the text "yes"',
      (p: ProgramData) => (p.items[0].plenary = "yes"),
    ],
    ["rooms[0].capacity", 'expected a number, found the text "10"', (p: ProgramData) => (p.rooms[0].capacity = "10")],
    [
      "sessions[0].items",
      'expected an array, found the text "talk-ben"',
      (p: ProgramData) => (p.sessions[0].items = "talk-ben"),
    ],
    ["event.extra", "expected an object, found an array", (p: ProgramData) => (p.event.extra = [])],
  ])("describes a wrong type at %s: %s", (path, message, change) => {
    const program = sampleProgram();
    change(program);
    expectOneError(program, path, message);
  });

  it("shortens long text in a message to 40 characters and an ellipsis", () => {
    const program = minimalProgram();
    program.items = "x".repeat(41) + "tail";
    expectOneError(program, "items", `expected an array, found the text "${"x".repeat(40)}…"`);
  });

  it("reports every structural problem, not only the first", () => {
    const program = sampleProgram();
    program.event.title = 1;
    program.items[0].kind = "keynot";
    program.rooms[0].capacity = 0;
    program.people[2].titel = "Dr";
    expect(errorsOf(program).map((error) => error.path)).toEqual(
      expect.arrayContaining(["event.title", "items[0].kind", "rooms[0].capacity", "people[2].titel"]),
    );
    expect(errorsOf(program)).toHaveLength(4);
  });
});

describe("parseProgram: values outside an enumeration", () => {
  it.each([
    ["event.kind", (p: ProgramData) => (p.event.kind = "worksop"), "worksop", "workshop"],
    ["items[0].kind", (p: ProgramData) => (p.items[0].kind = "keynot"), "keynot", "keynote"],
    ["items[1].kind", (p: ProgramData) => (p.items[1].kind = "Invited-Talk"), "Invited-Talk", "invited-talk"],
    ["items[1].status", (p: ProgramData) => (p.items[1].status = "canceled"), "canceled", "cancelled"],
    ["items[1].tba[0]", (p: ProgramData) => (p.items[1].tba = ["titel"]), "titel", "title"],
    ["people[0].tba[0]", (p: ProgramData) => (p.people[0].tba = ["biografy"]), "biografy", "biography"],
    ["event.schedule.status", (p: ProgramData) => (p.event.schedule = { status: "finale" }), "finale", "final"],
    [
      "event.links[0].kind",
      (p: ProgramData) => (p.event.links = [{ kind: "slide", url: "https://x.org" }]),
      "slide",
      "slides",
    ],
  ])("rejects %s and suggests the likely value", (path, change, given, suggestion) => {
    const program = sampleProgram();
    change(program);
    expectOneError(
      program,
      path,
      `the text "${given}" is not allowed`,
      "expected one of:",
      `(did you mean "${suggestion}"?)`,
    );
  });

  it("lists every allowed item kind", () => {
    const program = withItems(talk("a", { kind: "keynot" }));
    expectOneError(
      program,
      "items[0].kind",
      "expected one of: keynote, invited-talk, contributed-talk, spotlight, lightning, poster, panel, tutorial, poster-session, coffee-break, lunch, social, opening-remarks, closing-remarks, awards, other",
    );
  });

  it("gives no suggestion when nothing is close, but still lists the values", () => {
    const error = expectOneError(
      withItems(talk("a", { kind: "banquet-dinner" })),
      "items[0].kind",
      "expected one of: keynote",
    );
    expect(error.message).not.toContain("did you mean");
  });

  it("rejects a number where an enum is expected, naming the number", () => {
    const program = minimalProgram();
    program.event.kind = 1;
    expectOneError(program, "event.kind", "the number 1 is not allowed; expected one of: workshop");
  });

  it("rejects version 2: this package reads version 1", () => {
    const program = minimalProgram();
    program.version = 2;
    expectOneError(program, "version", "the number 2 is not allowed; expected one of: 1");
  });
});

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

describe("parseProgram: ids", () => {
  it.each([
    ["starting with a dash", "-a"],
    ["with a space", "a b"],
    ["empty", ""],
    ["with a slash", "a/b"],
    ["with a hash", "talk#1"],
    ["of 129 characters", "a".repeat(129)],
    ["non-ASCII", "café"],
  ])("rejects an id %s in every collection", (_label, id) => {
    const fragments = [
      `${JSON.stringify(id)} is not a usable id`,
      "letters, digits and . _ : -",
      "at most 128 characters",
    ];
    for (const collection of ["people", "rooms", "tracks", "sessions", "items"] as const) {
      const program = sampleProgram();
      program[collection][0].id = id;
      // The references to the old id are checked only once the structure is valid, so the
      // id itself is the one error.
      expectOneError(program, `${collection}[0].id`, ...fragments);
    }
  });

  it("rejects an ill-formed id in a reference, at the reference", () => {
    const program = sampleProgram();
    program.items[1].speakers = ["ben", "b en"];
    expectOneError(program, "items[1].speakers[1]", '"b en" is not a usable id');
  });
});

describe("parseProgram: text, addresses, colours, codes and numbers", () => {
  it.each([
    ["an empty title", (p: ProgramData) => (p.items[1].title = ""), "items[1].title"],
    ["a blank title", (p: ProgramData) => (p.items[1].title = "   "), "items[1].title"],
    ["a blank person name", (p: ProgramData) => (p.people[0].name = "\t\n"), "people[0].name"],
    ["an empty abstract", (p: ProgramData) => (p.items[1].abstract = ""), "items[1].abstract"],
    ["a blank description", (p: ProgramData) => (p.event.description = "\n\n"), "event.description"],
    [
      "an empty affiliation",
      (p: ProgramData) => (p.people[1].affiliations = ["UPenn", ""]),
      "people[1].affiliations[1]",
    ],
  ])("rejects %s", (_label, change, path) => {
    const program = sampleProgram();
    change(program);
    expectOneError(program, path, "must not be empty");
  });

  describe("web addresses", () => {
    it.each([
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "data:image/png;base64,iVBORw0KGgo=",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "ftp://example.org/a",
      "//example.org/a",
      "example.org",
      "https://",
      "https:example.org",
      "https://exa mple.org",
      " https://example.org",
      "https://example.org/\n",
      "mailto:nobody",
    ])("rejects %j wherever a URL goes", (url) => {
      const places: [string, (p: ProgramData) => void][] = [
        ["people[0].homepage", (p) => (p.people[0].homepage = url)],
        ["people[0].photo", (p) => (p.people[0].photo = url)],
        ["event.venue.url", (p) => (p.event.venue = { url })],
        ["event.hostConference.url", (p) => (p.event.hostConference = { name: "ICLR", url })],
        ["event.links[0].url", (p) => (p.event.links = [{ kind: "web", url }])],
        ["items[1].links[0].url", (p) => (p.items[1].links = [{ kind: "slides", url }])],
      ];
      for (const [path, change] of places) {
        const program = sampleProgram();
        change(program);
        expectOneError(
          program,
          path,
          `${JSON.stringify(url)} is not a web address`,
          "expected an absolute http://, https:// or mailto: URL",
        );
      }
    });

    it.each([
      "https://example.org",
      "http://localhost:8080/x?y=1#z",
      "HTTPS://EXAMPLE.ORG/Path",
      "https://openreview.net/forum?id=abc",
      "mailto:chair@example.org",
    ])("accepts %j", (url) => {
      const program = sampleProgram();
      program.people[0].homepage = url;
      program.items[1].links = [{ kind: "web", url }];
      expectAccepted(program);
    });
  });

  it.each(["red", "#fff", "#12345g", "#1234567", "336699", "#33669"])("rejects the colour %j", (color) => {
    const program = sampleProgram();
    program.tracks[0].color = color;
    expectOneError(program, "tracks[0].color", `${JSON.stringify(color)} is not a colour; expected #rrggbb`);
  });

  it("accepts a colour in either case", () => {
    const program = sampleProgram();
    program.tracks[0].color = "#A1b2C3";
    expectAccepted(program);
  });

  it.each(["nope", "a@b", "a b@example.org", "<a@example.org>", "@example.org", "mailto:a@example.org "])(
    "rejects the e-mail address %j, in the event and in a person",
    (email) => {
      const event = sampleProgram();
      event.event.contactEmail = email;
      expectOneError(event, "event.contactEmail", `${JSON.stringify(email)} is not an e-mail address`);
      const person = sampleProgram();
      person.people[2].email = email;
      expectOneError(person, "people[2].email", `${JSON.stringify(email)} is not an e-mail address`);
    },
  );

  it("accepts a usual e-mail address", () => {
    const program = sampleProgram();
    program.event.contactEmail = "delta.workshop+2026@example.co.uk";
    expectAccepted(program);
  });

  it.each([
    "1234",
    "0000-0002-1825-009",
    "0000-0002-1825-00XX",
    "0000-0002-1825-009x",
    "https://orcid.org/0000-0002-1825-0097",
  ])("rejects the ORCID iD %j", (orcid) => {
    const program = sampleProgram();
    program.people[0].orcid = orcid;
    expectOneError(
      program,
      "people[0].orcid",
      `${JSON.stringify(orcid)} is not an ORCID iD; expected 0000-0000-0000-0000`,
    );
  });

  it("accepts ORCID iDs, with a digit or X as the check character", () => {
    const program = sampleProgram();
    program.people[0].orcid = "0000-0002-1825-0097";
    program.people[1].orcid = "0000-0002-1694-233X";
    expectAccepted(program);
  });

  it.each([1.5, -0.1, 100])("rejects the tag score %d (outside 0..1)", (score) => {
    const program = withItems(talk("a", { tags: [{ label: "Vision", score }] }));
    expectOneError(program, "items[0].tags[0].score", "must be between 0 and 1");
  });

  it("accepts tag scores 0 and 1, and a hierarchy path", () => {
    expectAccepted(
      withItems(
        talk("a", {
          tags: [
            { label: "Vision", score: 0 },
            { label: "AI", score: 1, path: ["IT", "AI"] },
          ],
        }),
      ),
    );
  });

  it("rejects an empty tag path", () => {
    expectOneError(
      withItems(talk("a", { tags: [{ label: "Vision", path: [] }] })),
      "items[0].tags[0].path",
      "at least one level",
    );
  });

  it.each([
    [0, "must be more than 0 minutes"],
    [-5, "must be more than 0 minutes"],
    [1.5, "expected a whole number, found the number 1.5"],
    [20161, "must be at most 14 days (20160 minutes)"],
  ])("rejects the duration %d", (duration, message) => {
    expectOneError(withItems(talk("a", { duration })), "items[0].duration", message);
  });

  it("accepts a duration of 1 minute and of 14 days", () => {
    expectAccepted(withItems(talk("a", { duration: 1 }), talk("b", { duration: 20160 })));
  });

  it("checks default durations like durations, at their kind", () => {
    const program = minimalProgram();
    program.event.schedule = { status: "final", defaultDurations: { keynote: 0, poster: 1.5 } };
    const errors = errorsOf(program);
    expect(errors.map((error) => [error.path, error.message])).toEqual([
      ["event.schedule.defaultDurations.keynote", "must be more than 0 minutes"],
      ["event.schedule.defaultDurations.poster", "expected a whole number, found the number 1.5"],
    ]);
  });

  it.each([
    [0, "0"],
    [2.5, "expected a whole number, found the number 2.5"],
  ])("rejects the room capacity %d", (capacity, fragment) => {
    const program = sampleProgram();
    program.rooms[0].capacity = capacity;
    expectOneError(program, "rooms[0].capacity", fragment);
  });
});

describe("parseProgram: time zones, dates and date-times", () => {
  it.each(["Mars/Olympus", "", "Europe/Berlin ", "CEST", "GMT+25"])("rejects the event time zone %j", (zone) => {
    const program = minimalProgram();
    program.event.timeZone = zone;
    expectOneError(
      program,
      "event.timeZone",
      `${JSON.stringify(zone)} is not an IANA time zone`,
      'such as "Europe/Berlin"',
    );
  });

  it("rejects an invalid zone of an important date, at that date", () => {
    const program = minimalProgram();
    program.event.importantDates = [{ label: "Deadline", date: "2026-02-01T23:59", timeZone: "AoE" }];
    expectOneError(program, "event.importantDates[0].timeZone", '"AoE" is not an IANA time zone');
  });

  it.each(["America/Sao_Paulo", "Asia/Kathmandu", "Pacific/Chatham", "Etc/GMT+12", "UTC"])(
    "accepts the zone %s",
    (zone) => {
      const program = minimalProgram();
      program.event.timeZone = zone;
      expectAccepted(program);
    },
  );

  it.each([
    ["2026-02-30", '"2026-02-30" is not a date: 2026-02 has days 01-28'],
    ["2026-13-01", '"2026-13-01" has month 13; expected 01-12'],
    ["2026-04-31", "2026-04 has days 01-30"],
    ["27/04/2026", '"27/04/2026" is not a date; expected YYYY-MM-DD'],
    ["2026-4-27", "expected YYYY-MM-DD"],
    ["2026-04-27T09:00", "expected YYYY-MM-DD"],
  ])("rejects the start date %j", (date, message) => {
    const program = minimalProgram();
    program.event.startDate = date;
    expectOneError(program, "event.startDate", message);
  });

  it("rejects an end date before the start date, naming the start date", () => {
    const program = minimalProgram();
    program.event.endDate = "2026-06-14";
    expectOneError(program, "event.endDate", "is before startDate (2026-06-15)");
  });

  it.each([
    ["2026-06-15T25:00", ['"25:00" is not a time of day', "HH:MM"]],
    ["2026-06-15T24:00", ['"24:00" is not a time of day', "from 00:00 to 23:59"]],
    ["2026-06-15T09:60", ['"09:60" is not a time of day']],
    ["2026-06-31T09:00", ["2026-06 has days 01-30"]],
    ["2026-06-15 09:00", ['"2026-06-15 09:00" is not a date-time', "YYYY-MM-DDTHH:MM", "2026-04-27T12:10Z"]],
    ["9:00", ['"9:00" is not a date-time']],
    ["2026-06-15T09:00+15:00", ["has offset +15:00; offsets run from -14:00 to +14:00"]],
    ["2026-06-15T09:00+05:60", ["has offset +05:60"]],
  ])("rejects the start %j of an item, naming what is wrong", (start, fragments) => {
    expectOneError(withItems(talk("a", { start })), "items[0].start", JSON.stringify(start), ...fragments);
  });

  // Regression: the message used to name "09:00" (which is fine) instead of the seconds.
  it("names the seconds when they are out of range", () => {
    const error = expectOneError(
      withItems(talk("a", { start: "2026-06-15T09:00:60" })),
      "items[0].start",
      '"2026-06-15T09:00:60"',
    );
    expect(error.message).toContain("09:00:60");
    expect(error.message).not.toContain('"09:00" is not a time of day');
  });

  it("checks the date-times of ends, sessions and important dates at their own paths", () => {
    const program = sampleProgram();
    program.items[0].end = "2026-06-15T09:75";
    program.sessions[0].start = "tomorrow";
    program.event.importantDates = [
      { label: "Deadline", date: "2026-02-30" },
      { label: "Notification", date: "2026-03-01T24:00" },
      { label: "Camera-ready", date: "soon" },
    ];
    const errors = errorsOf(program);
    expect(errors.map((error) => error.path)).toEqual([
      "event.importantDates[0].date",
      "event.importantDates[1].date",
      "event.importantDates[2].date",
      "sessions[0].start",
      "items[0].end",
    ]);
    expect(errors[0]!.message).toContain("2026-02 has days 01-28");
    expect(errors[1]!.message).toContain('"24:00" is not a time of day');
    expect(errors[2]!.message).toContain('"soon" is not a date; expected YYYY-MM-DD');
    expect(errors[3]!.message).toContain('"tomorrow" is not a date-time');
    expect(errors[4]!.message).toContain('"09:75" is not a time of day');
  });

  it("accepts local times with seconds and instants with Z or an offset", () => {
    expectAccepted(
      withItems(
        talk("a", { start: "2026-06-15T09:00:30" }),
        talk("b", { start: "2026-06-15T07:00Z" }),
        talk("c", { start: "2026-06-15T12:45+05:45", end: "2026-06-15T13:15+05:45", duration: undefined }),
        talk("d", { start: "2026-06-15T04:00-03:00" }),
      ),
    );
  });
});

describe("parseProgram: references", () => {
  it.each([
    [
      "an item speaker",
      (p: ProgramData) => (p.items[1].speakers = ["ben", "zoe"]),
      "items[1].speakers[1]",
      "person",
      "zoe",
      "people",
    ],
    [
      "an item author",
      (p: ProgramData) => (p.items[2].authors[1].person = "zoe"),
      "items[2].authors[1].person",
      "person",
      "zoe",
      "people",
    ],
    ["an item room", (p: ProgramData) => (p.items[1].room = "attic"), "items[1].room", "room", "attic", "rooms"],
    [
      "an item track",
      (p: ProgramData) => (p.items[1].track = "practice"),
      "items[1].track",
      "track",
      "practice",
      "tracks",
    ],
    [
      "a session chair",
      (p: ProgramData) => (p.sessions[0].chairs = ["cho", "zoe"]),
      "sessions[0].chairs[1]",
      "person",
      "zoe",
      "people",
    ],
    [
      "a session room",
      (p: ProgramData) => (p.sessions[0].room = "attic"),
      "sessions[0].room",
      "room",
      "attic",
      "rooms",
    ],
    [
      "a session track",
      (p: ProgramData) => (p.sessions[0].track = "practice"),
      "sessions[0].track",
      "track",
      "practice",
      "tracks",
    ],
    [
      "a session item",
      (p: ProgramData) => p.sessions[0].items.push("talk-zoe"),
      "sessions[0].items[2]",
      "item",
      "talk-zoe",
      "items",
    ],
    [
      "an organiser",
      (p: ProgramData) => (p.event.organisers[0].person = "zoe"),
      "event.organisers[0].person",
      "person",
      "zoe",
      "people",
    ],
    [
      "an invited speaker",
      (p: ProgramData) => p.event.invitedSpeakers.push("zoe"),
      "event.invitedSpeakers[1]",
      "person",
      "zoe",
      "people",
    ],
    [
      "an award winner",
      (p: ProgramData) => (p.event.awards[0].winners = ["talk-ben", "talk-zoe"]),
      "event.awards[0].winners[1]",
      "item",
      "talk-zoe",
      "items",
    ],
  ])("rejects an unknown id in %s, naming the id and the collection", (_label, change, path, noun, id, collection) => {
    const program = sampleProgram();
    change(program);
    expectOneError(program, path, `no ${noun} has the id "${id}"; add it to ${collection}, or fix the id`);
  });

  it("rejects a reference to a room when the program has no rooms at all", () => {
    const program = withItems(talk("a", { room: "hall" }));
    expectOneError(program, "items[0].room", 'no room has the id "hall"');
  });

  it("does not let ids of one collection satisfy references to another", () => {
    const program = sampleProgram();
    program.items[1].speakers = ["hall"]; // a room id
    program.items[1].room = "ben"; // a person id
    const errors = errorsOf(program);
    expect(errors.map((error) => error.path)).toEqual(["items[1].speakers[0]", "items[1].room"]);
  });

  it("reports every broken reference at once", () => {
    const program = sampleProgram();
    program.event.invitedSpeakers = ["x1"];
    program.sessions[0].chairs = ["x2"];
    program.items[0].speakers = ["x3"];
    expect(errorsOf(program).map((error) => error.path)).toEqual([
      "event.invitedSpeakers[0]",
      "sessions[0].chairs[0]",
      "items[0].speakers[0]",
    ]);
  });

  it.each(["people", "rooms", "tracks", "sessions", "items"] as const)(
    "rejects a duplicate id in %s, naming the first",
    (collection) => {
      const program = sampleProgram();
      const copy = { ...program[collection][0] };
      if (collection === "sessions") copy.items = [];
      program[collection].push(copy);
      const index = program[collection].length - 1;
      expectOneError(
        program,
        `${collection}[${index}].id`,
        `duplicate id "${copy.id}"; ${collection}[0] has it already`,
      );
    },
  );

  it("allows the same id in different collections", () => {
    const program = sampleProgram();
    program.rooms.push({ id: "ada", name: "Ada room" });
    program.tracks.push({ id: "ada", name: "Ada track" });
    expectAccepted(program);
  });

  it("rejects an item listed in two sessions, naming the first session", () => {
    const program = sampleProgram();
    program.sessions.push({ id: "more", title: "More", items: ["talk-cho"] });
    expectOneError(
      program,
      "sessions[1].items[0]",
      'item "talk-cho" is already in sessions[0]; an item belongs to one session',
    );
  });

  it("rejects an item listed twice in one session", () => {
    const program = sampleProgram();
    program.sessions[0].items.push("talk-ben");
    expectOneError(program, "sessions[0].items[2]", 'item "talk-ben" is listed twice in this session');
  });

  it("rejects a person listed twice as an author of one item", () => {
    const program = sampleProgram();
    program.items[2].authors.push({ person: "cho" });
    expectOneError(program, "items[2].authors[2].person", '"cho" is listed twice as an author');
  });
});

describe("parseProgram: details to be announced", () => {
  it("requires a person's name unless it is to be announced", () => {
    const program = sampleProgram();
    delete program.people[1].name;
    expectOneError(program, "people[1].name", 'is required (text); if the name is not known yet, list "name" in tba');
  });

  it.each([
    ["name", "Ben Franklin"],
    ["affiliations", ["UPenn"]],
    ["biography", "Flew kites."],
    ["photo", "https://example.org/ben.jpg"],
  ])("rejects a person's %s both given and to be announced", (field, value) => {
    const program = sampleProgram();
    program.people[1][field] = value;
    program.people[1].tba = [field];
    expectOneError(program, `people[1].${field}`, "is given but also listed in tba; remove one of them");
  });

  it.each([
    ["title", "Kites"],
    ["abstract", "About kites."],
    ["speakers", ["ben"]],
  ])("rejects an item's %s both given and to be announced", (field, value) => {
    const program = sampleProgram();
    program.items[1][field] = value;
    program.items[1].tba = [field];
    expectOneError(program, `items[1].${field}`, "is given but also listed in tba; remove one of them");
  });
});

describe("parseProgram: times in the event's zone", () => {
  it("rejects a local time skipped by the spring DST change in Europe/Berlin", () => {
    expectOneError(
      withItems(talk("a", { start: "2026-03-29T02:30" })),
      "items[0].start",
      '"2026-03-29T02:30" does not exist in Europe/Berlin',
      "clocks jump forward by 60 minutes",
      "UTC+01:00 to UTC+02:00",
      "write a time after the jump, or an instant with an offset",
    );
  });

  it("accepts the same moment written as an instant, and the first local time after the jump", () => {
    const result = expectAccepted(
      withItems(talk("a", { start: "2026-03-29T02:30+01:00" }), talk("b", { start: "2026-03-29T03:00" })),
    );
    expect(result.warnings).toEqual([]);
  });

  it("rejects a DST-gap time in an item end, a session start and end, and an important date", () => {
    const program = sampleProgram();
    program.items[0].start = "2026-03-29T01:50";
    program.items[0].end = "2026-03-29T02:10";
    program.sessions[0].start = "2026-03-29T02:00";
    program.sessions[0].end = "2026-03-29T02:59";
    const errors = errorsOf(program);
    expect(errors.map((error) => error.path)).toEqual(["sessions[0].start", "sessions[0].end", "items[0].end"]);
    for (const error of errors) expect(error.message).toContain("does not exist in Europe/Berlin");

    const dates = minimalProgram();
    dates.event.importantDates = [
      { label: "Deadline", date: "2026-03-29T02:30" },
      { label: "US deadline", date: "2026-03-08T02:30", timeZone: "America/New_York" },
      { label: "Fine", date: "2026-03-29" },
    ];
    const dateErrors = errorsOf(dates);
    expect(dateErrors.map((error) => [error.path, error.message])).toEqual([
      ["event.importantDates[0].date", '"2026-03-29T02:30" does not exist in Europe/Berlin (clocks jump forward then)'],
      [
        "event.importantDates[1].date",
        '"2026-03-08T02:30" does not exist in America/New_York (clocks jump forward then)',
      ],
    ]);
  });

  it("accepts a local time that happens twice (autumn DST change), with a warning at its path", () => {
    const result = expectAccepted(withItems(talk("a", { start: "2026-10-25T02:30" })));
    expect(result.warnings).toHaveLength(1);
    const [warning] = result.warnings;
    expect(warning!.path).toBe("items[0].start");
    expect(warning!.segments).toEqual(["items", 0, "start"]);
    expect(warning!.message).toContain('"2026-10-25T02:30" happens twice in Europe/Berlin (clocks go back)');
    expect(warning!.message).toContain("read as the earlier one (UTC+02:00)");
    expect(warning!.message).toContain("write an offset to choose the later (UTC+01:00)");
  });

  it("gives no overlap warning when an offset says which of the two is meant", () => {
    const result = expectAccepted(withItems(talk("a", { start: "2026-10-25T02:30+01:00" })));
    expect(result.warnings).toEqual([]);
  });

  it("warns for an overlap in a session start and an item end too", () => {
    const program = sampleProgram();
    program.items[0].start = "2026-10-25T01:30";
    program.items[0].end = "2026-10-25T02:15";
    program.sessions[0].start = "2026-10-25T02:45";
    const result = expectAccepted(program);
    expect(result.warnings.map((warning) => warning.path)).toEqual(["sessions[0].start", "items[0].end"]);
  });

  it("handles a zone with a 45-minute offset and no DST (Asia/Kathmandu)", () => {
    const result = expectAccepted(
      inZone("Asia/Kathmandu", talk("a", { start: "2026-03-29T02:30" }), talk("b", { start: "2026-10-25T02:30" })),
    );
    expect(result.warnings).toEqual([]);
  });

  it("handles a zone that has dropped DST (America/Sao_Paulo)", () => {
    const result = expectAccepted(
      inZone("America/Sao_Paulo", talk("a", { start: "2026-11-01T00:30" }), talk("b", { start: "2026-02-15T23:30" })),
    );
    expect(result.warnings).toEqual([]);
  });

  // Regression (fixed in resolveLocalTime, commit 01b7a63): probing the zone only 12 h either
  // side of the wall time missed DST changes in zones beyond UTC+12. Ambiguous times were read
  // as the later instant with no warning, and gaps were said to jump "by 0 minutes".
  it("warns for a DST overlap in Pacific/Chatham (UTC+13:45 back to UTC+12:45 at 03:45)", () => {
    const result = expectAccepted(inZone("Pacific/Chatham", talk("a", { start: "2026-04-05T03:15" })));
    expect(result.warnings.map((warning) => warning.path)).toEqual(["items[0].start"]);
    expect(result.warnings[0]!.message).toContain("happens twice in Pacific/Chatham");
    expect(result.warnings[0]!.message).toContain("read as the earlier one (UTC+13:45)");
  });

  it("warns for a DST overlap in Pacific/Auckland (UTC+13 back to UTC+12 at 03:00)", () => {
    const result = expectAccepted(inZone("Pacific/Auckland", talk("a", { start: "2026-04-05T02:30" })));
    expect(result.warnings.map((warning) => warning.path)).toEqual(["items[0].start"]);
    expect(result.warnings[0]!.message).toContain("read as the earlier one (UTC+13:00)");
  });

  it("names the real jump for a DST gap in Pacific/Chatham", () => {
    expectOneError(
      inZone("Pacific/Chatham", talk("a", { start: "2026-09-27T03:00" })),
      "items[0].start",
      '"2026-09-27T03:00" does not exist in Pacific/Chatham',
      "clocks jump forward by 60 minutes there (UTC+12:45 to UTC+13:45)",
    );
  });

  it("names the real jump for a DST gap in Pacific/Auckland", () => {
    expectOneError(
      inZone("Pacific/Auckland", talk("a", { start: "2026-09-27T02:30" })),
      "items[0].start",
      "clocks jump forward by 60 minutes there (UTC+12:00 to UTC+13:00)",
    );
  });
});

describe("parseProgram: timing rules", () => {
  it("rejects an item with both end and duration, at duration", () => {
    expectOneError(
      withItems(talk("a", { end: "2026-06-15T09:30" })),
      "items[0].duration",
      'give "end" or "duration", not both',
    );
  });

  it("rejects an item with an end but no start, at end", () => {
    expectOneError(
      withItems({ id: "a", kind: "poster", end: "2026-06-15T09:30" }),
      "items[0].end",
      'has an end but no start; give "start" too',
    );
  });

  it("rejects an item with a start but no end, duration or default, naming its kind", () => {
    expectOneError(
      withItems({ id: "a", kind: "keynote", start: "2026-06-15T09:00" }),
      "items[0]",
      "it has a start, but it has no end and no duration",
      'event.schedule.defaultDurations has no length for "keynote"',
      'give "end" or "duration"',
    );
  });

  it("takes the length of a started item from defaultDurations of its kind", () => {
    const program = withItems({ id: "a", kind: "keynote", start: "2026-06-15T09:00" });
    program.event.schedule = { status: "final", defaultDurations: { keynote: 45 } };
    expect(expectAccepted(program).warnings).toEqual([]);
  });

  it("rejects an item that follows another in a timed session but has no length", () => {
    const program = sampleProgram();
    delete program.items[2].duration;
    expectOneError(
      program,
      "items[2]",
      "it follows the item before it in its session, but it has no end and no duration",
      'no length for "contributed-talk"',
    );
  });

  it("reports a length missing in a session once, not again for the items after it", () => {
    const program = sampleProgram();
    delete program.items[1].duration;
    // talk-cho follows talk-ben, whose end is unknown: only talk-ben is reported.
    expectOneError(program, "items[1]", "it follows the item before it in its session");
  });

  it("rejects a session with an end but no start, at end", () => {
    const program = sampleProgram();
    delete program.sessions[0].start;
    program.sessions[0].end = "2026-06-15T12:00";
    program.event.schedule = { status: "tentative" };
    expectOneError(program, "sessions[0].end", 'has an end but no start; give "start" too');
  });

  it("reports every timing error at once", () => {
    const program = withItems(
      talk("a", { end: "2026-06-15T09:30" }),
      { id: "b", kind: "poster", end: "2026-06-15T09:30" },
      { id: "c", kind: "keynote", start: "2026-06-15T09:00" },
      talk("d", { start: "2026-03-29T02:30" }),
    );
    expect(errorsOf(program).map((error) => error.path)).toEqual([
      "items[0].duration",
      "items[1].end",
      "items[2]",
      "items[3].start",
    ]);
  });
});

describe("parseProgram: warnings", () => {
  it("warns about an item with no time in a final schedule, at the item", () => {
    const program = withItems(talk("a"), { id: "b", kind: "poster", title: "Poster" });
    const result = expectAccepted(program);
    expect(result.warnings.map((warning) => [warning.path, warning.message])).toEqual([
      [
        "items[1]",
        'has no time in a final schedule; it is listed apart as unscheduled (set event.schedule.status to "tentative" if that is intended)',
      ],
    ]);
    expect(result.warnings[0]!.segments).toEqual(["items", 1]);
  });

  it("treats a program with no schedule status as final", () => {
    const result = expectAccepted(withItems({ id: "b", kind: "poster" }));
    expect(result.warnings.map((warning) => warning.path)).toEqual(["items[0]"]);
  });

  it("warns for an explicit final status too", () => {
    const program = withItems({ id: "b", kind: "poster" });
    program.event.schedule = { status: "final" };
    expect(expectAccepted(program).warnings.map((warning) => warning.path)).toEqual(["items[0]"]);
  });

  it("does not warn about untimed items in a tentative schedule", () => {
    const program = withItems({ id: "a", kind: "poster" }, { id: "b", kind: "invited-talk", duration: 45 });
    program.event.schedule = { status: "tentative", note: "Times to be announced." };
    expect(expectAccepted(program).warnings).toEqual([]);
  });

  it("does not warn about items that follow one another in a timed session", () => {
    expect(expectAccepted(sampleProgram()).warnings).toEqual([]);
  });

  it("warns about untimed items in a session without a start", () => {
    const program = sampleProgram();
    delete program.sessions[0].start;
    expect(expectAccepted(program).warnings.map((warning) => warning.path)).toEqual(["items[1]", "items[2]"]);
  });

  it("collects overlap and untimed warnings together, in order", () => {
    const program = withItems(
      talk("a", { start: "2026-10-25T02:30" }),
      { id: "b", kind: "poster" },
      talk("c", { start: "2026-10-25T02:00" }),
    );
    const result = expectAccepted(program);
    expect(result.warnings.map((warning) => warning.path)).toEqual(["items[0].start", "items[2].start", "items[1]"]);
  });

  it("keeps the warnings found before a timing error", () => {
    const result = parseProgram(
      withItems(talk("a", { start: "2026-10-25T02:30" }), talk("b", { start: "2026-03-29T02:30" })),
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual(["items[1].start"]);
    expect(result.warnings.map((warning) => warning.path)).toEqual(["items[0].start"]);
  });

  it("returns no warnings with structural errors", () => {
    const result = parseProgram(withItems(talk("a", { start: "2026-10-25T02:30", kind: "keynot" })));
    expect(result).toMatchObject({ ok: false, warnings: [] });
  });
});

describe("parseProgram never throws", () => {
  it("turns an exception from a getter into an error at the document", () => {
    const input = {
      get event(): never {
        throw new Error("boom");
      },
      items: [],
    };
    const result = parseProgram(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((error) => [error.path, error.message])).toEqual([
      ["", "could not be read: boom"],
    ]);
  });

  it("copes with a thrown string and a revoked proxy", () => {
    const throwsString = {
      get event(): never {
        throw "nope";
      },
      items: [],
    };
    expect(parseProgram(throwsString)).toMatchObject({
      ok: false,
      errors: [{ path: "", message: "could not be read: nope" }],
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(parseProgram(proxy)).toMatchObject({ ok: false, errors: [{ path: "" }] });
  });

  // Was a bug (fixed, kept as a guard): the defence-in-depth catch formats the reason with String(error), which itself throws
  // for a thrown value without a string form (an object with no prototype), so parseProgram
  // throws "Cannot convert object to primitive value".
  it("copes with a thrown value that cannot be turned into a string", () => {
    const input = {
      get event(): never {
        throw Object.create(null);
      },
      items: [],
    };
    let result: ParseResult | undefined;
    expect(() => (result = parseProgram(input))).not.toThrow();
    expect(result).toMatchObject({ ok: false, errors: [{ path: "" }] });
  });

  it("rejects values JSON cannot hold without throwing", () => {
    const program = minimalProgram();
    program.event.title = 10n;
    program.event.acronym = Symbol("x");
    program.event.startDate = new Date("2026-06-15");
    const errors = errorsOf(program);
    expect(errors.map((error) => [error.path, error.message])).toEqual([
      ["event.title", "expected text, found a bigint"],
      ["event.acronym", "expected text, found a symbol"],
      ["event.startDate", "expected text, found an object"],
    ]);
  });
});
