import { describe, it } from "vitest";
import { sampleProgram } from "../../test/program-builder.js";
import { expectOneError } from "../../test/parse-program-expectations.js";

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
      // Long ids are quoted cut to 40 characters and an ellipsis.
      `${JSON.stringify(id.length > 40 ? `${id.slice(0, 40)}…` : id)} is not a usable id`,
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
