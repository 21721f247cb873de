import { describe, expect, it } from "vitest";
import { programSchema } from "../model/program.js";
import { knownKeysAt } from "./known-keys.js";

describe("knownKeysAt", () => {
  it("gives the top-level fields of a program", () => {
    expect(knownKeysAt(programSchema, [])).toEqual([
      "$schema",
      "version",
      "textFormat",
      "event",
      "people",
      "rooms",
      "tracks",
      "sessions",
      "series",
      "items",
      "scheduling",
      "extra",
    ]);
  });

  it("walks into objects, through optional fields and into array elements", () => {
    expect(knownKeysAt(programSchema, ["event", "venue"])).toEqual(["name", "address", "city", "country", "url"]);
    expect(knownKeysAt(programSchema, ["items", 3])).toContain("speakers");
    expect(knownKeysAt(programSchema, ["items", 0, "authors", 2])).toEqual([
      "person",
      "presenting",
      "affiliations",
      "equalContribution",
    ]);
    expect(knownKeysAt(programSchema, ["items", 0, "links", 0])).toEqual(["kind", "url", "label"]);
    expect(knownKeysAt(programSchema, ["event", "schedule"])).toEqual(["status", "note", "defaultDurations"]);
  });

  it("gives nothing where the input does not follow the schema", () => {
    expect(knownKeysAt(programSchema, ["nope"])).toEqual([]);
    expect(knownKeysAt(programSchema, ["items", "x"])).toEqual([]); // a key into an array
    expect(knownKeysAt(programSchema, ["event", 0])).toEqual([]); // an index into an object
    expect(knownKeysAt(programSchema, ["event", "title"])).toEqual([]); // text has no fields
    expect(knownKeysAt(programSchema, ["event", "title", "deeper"])).toEqual([]);
  });

  it("gives nothing inside free-form extra data", () => {
    expect(knownKeysAt(programSchema, ["extra"])).toEqual([]);
    expect(knownKeysAt(programSchema, ["items", 0, "extra", "anything"])).toEqual([]);
  });
});
