import { describe, expect, it } from "vitest";
import { minimalProgram, sampleProgram, type ProgramData } from "../../test/program-builder.js";
import { errorsOf, expectOneError, expectAccepted, withItems, talk } from "../../test/parse-program-expectations.js";

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
