import { describe, expect, it } from "vitest";
import { minimalProgram, sampleProgram } from "../../test/program-builder.js";
import { expectOneError, expectAccepted, withItems, talk } from "../../test/parse-program-expectations.js";

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
