import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { createPaperDigestJsonSchema } from "./paper-digest-json-schema.js";

const schema = createPaperDigestJsonSchema();
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const digest = () => JSON.parse(readFileSync(new URL("../../examples/diffusion-digest.json", import.meta.url), "utf8"));

describe("createPaperDigestJsonSchema", () => {
  it("is a draft 2020-12 schema with an id and a title", () => {
    expect(schema).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: expect.stringContaining("paper-digest.schema.json"),
      title: "Lectern paper digest",
    });
  });

  it("accepts the example digest", () => {
    const ok = validate(digest());
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each([
    ["a misspelt paper field", (value: any) => (value.papers[0].titel = "x"), "/papers/0"],
    ["a score above 1", (value: any) => (value.papers[0].tags[0].score = 1.3), "/papers/0/tags/0/score"],
    ["a paper without a title", (value: any) => delete value.papers[1].title, "/papers/1"],
  ])("rejects %s at its place", (_name, breakIt, place) => {
    const value = digest();
    breakIt(value);
    expect(validate(value)).toBe(false);
    expect(validate.errors!.map((error) => error.instancePath)).toContain(place);
  });
});
