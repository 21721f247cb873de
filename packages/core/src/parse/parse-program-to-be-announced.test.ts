import { describe, it } from "vitest";
import { sampleProgram } from "../../test/program-builder.js";
import { expectOneError } from "../../test/parse-program-expectations.js";

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
