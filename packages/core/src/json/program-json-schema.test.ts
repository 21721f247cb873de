import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { createProgramJsonSchema, programJsonSchema } from "./program-json-schema.js";

// The JSON Schema is what editors validate program files with as organisers type; it is
// checked here with a real validator (ajv), against real and broken programs.
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(createProgramJsonSchema());
const example = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8")) as Record<string, unknown>;

describe("programJsonSchema", () => {
  it("is a draft 2020-12 schema with an id, a title and described fields", () => {
    expect(programJsonSchema).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: expect.stringContaining("program.schema.json"),
      title: "Lectern program",
    });
    const properties = programJsonSchema.properties as Record<string, { description?: string }>;
    expect(Object.keys(properties)).toEqual(
      expect.arrayContaining(["event", "people", "rooms", "tracks", "sessions", "items"]),
    );
  });

  it.each(["delta-2026.json", "sigmetrics-2026.json", "reading-group-2026.json"])("accepts the example %s", (name) => {
    const ok = validate(example(name));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each([
    ["an unknown item field", (program: any) => (program.items[0].titel = "x"), "/items/0"],
    ["an unknown item kind", (program: any) => (program.items[0].kind = "keynot"), "/items/0/kind"],
    ["a time written with a space", (program: any) => (program.items[0].start = "2026-04-27 09:00"), "/items/0/start"],
    ["a missing event title", (program: any) => delete program.event.title, "/event"],
    ["a negative duration", (program: any) => (program.items[0].duration = -5), "/items/0/duration"],
  ])("rejects %s", (_name, breakIt, where) => {
    const program = example("delta-2026.json");
    breakIt(program);
    expect(validate(program)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toContain(where);
  });
});
