import { describe, expect, it } from "vitest";
import { sampleProgram, type ProgramData } from "../../test/program-builder.js";
import { errorsOf, expectOneError, expectAccepted, withItems, talk } from "../../test/parse-program-expectations.js";

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
    expectOneError(
      program,
      "items[2].authors[2].person",
      '"cho" is listed twice as an author',
      "two people who share a name, give each their own entry in people",
    );
  });

  it("rejects a person listed twice as a speaker of one item, saying how to fix it", () => {
    const program = sampleProgram();
    program.items[1].speakers.push("ada", "ben");
    expectOneError(
      program,
      "items[1].speakers[2]",
      '"ben" is listed twice as a speaker',
      "two people who share a name, give each their own entry in people",
    );
  });
});
