import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { anyValue, fieldCheck } from "../src/model/field-check.js";
import { generateAsIsCheck } from "./generate-as-is-check.js";

const folder = mkdtempSync(join(tmpdir(), "as-is-check-"));
let modules = 0;

/** The generated check of `schema`, written to a file and imported, as the build does. */
async function compile(schema: z.ZodMiniType): Promise<(value: unknown) => boolean> {
  const code = generateAsIsCheck(schema, {
    exportName: "passes",
    schemaName: "testSchema",
    fieldProblemsFrom: fileURLToPath(new URL("../src/model/field-problems.ts", import.meta.url)),
  });
  const file = join(folder, `check-${(modules += 1)}.ts`);
  writeFileSync(file, code);
  const module = (await import(/* @vite-ignore */ file)) as { passes: (value: unknown) => boolean };
  return module.passes;
}

describe("generateAsIsCheck", () => {
  const item = z.strictObject({
    id: z.string().check(z.regex(/^[a-z]+$/)),
    minutes: z.optional(z.number().check(z.int(), z.positive(), z.maximum(600))),
    kind: z.enum(["talk", "break"]),
    level: z.optional(z.enum(["one", "two", "three", "four", "five"])),
    version: z.optional(z.literal(1)),
    flags: z.optional(z.array(z.boolean()).check(z.minLength(1))),
  });

  it("says yes to a value that passes every check, with optional fields absent", async () => {
    const passes = await compile(item);
    expect(passes({ id: "abc", kind: "talk" })).toBe(true);
    expect(passes({ id: "abc", kind: "break", minutes: 600, level: "five", version: 1, flags: [true, false] })).toBe(
      true,
    );
  });

  it("writes out patterns, whole numbers, bounds, enums, literals, lengths and types", async () => {
    const passes = await compile(item);
    expect(passes({ id: "ABC", kind: "talk" })).toBe(false);
    expect(passes({ id: "abc", kind: "talk", minutes: 2.5 })).toBe(false);
    expect(passes({ id: "abc", kind: "talk", minutes: 0 })).toBe(false);
    expect(passes({ id: "abc", kind: "talk", minutes: 601 })).toBe(false);
    expect(passes({ id: "abc", kind: "talk", minutes: Number.POSITIVE_INFINITY })).toBe(false);
    expect(passes({ id: "abc", kind: "talk", minutes: Number.NaN })).toBe(false);
    expect(passes({ id: "abc", kind: "poster" })).toBe(false);
    expect(passes({ id: "abc", kind: "talk", level: "six" })).toBe(false);
    expect(passes({ id: "abc", kind: "talk", version: 2 })).toBe(false);
    expect(passes({ id: "abc", kind: "talk", flags: [1] })).toBe(false);
    expect(passes({ id: "abc", kind: "talk", flags: [] })).toBe(false);
    expect(passes({ kind: "talk" })).toBe(false);
    expect(passes(null)).toBe(false);
    expect(passes([])).toBe(false);
  });

  it("says no to an unknown key, including an own __proto__ key from JSON.parse", async () => {
    const passes = await compile(item);
    expect(passes({ id: "abc", kind: "talk", colour: "red" })).toBe(false);
    expect(passes(JSON.parse('{"id":"abc","kind":"talk","__proto__":{}}'))).toBe(false);
  });

  it("resets a global pattern's lastIndex before each test, as zod does", async () => {
    const passes = await compile(z.array(z.string().check(z.regex(/a/g))));
    expect(passes(["a", "a", "a"])).toBe(true);
  });

  it("calls the model's field checks by name, and writes out a partial record of enum keys", async () => {
    const passes = await compile(
      z.strictObject({
        zone: z.string().check(fieldCheck("timeZone")),
        extra: z.optional(z.custom(anyValue).check(fieldCheck("jsonObject"))),
        minutes: z.optional(z.partialRecord(z.enum(["talk", "break"]), z.number())),
      }),
    );
    expect(passes({ zone: "America/Sao_Paulo", extra: { a: [1, null] }, minutes: { talk: 20 } })).toBe(true);
    expect(passes({ zone: "Mars/Olympus" })).toBe(false);
    expect(passes({ zone: "UTC", extra: { a: Number.NaN } })).toBe(false);
    expect(passes({ zone: "UTC", minutes: { poster: 20 } })).toBe(false);
    expect(passes({ zone: "UTC", minutes: { talk: "20" } })).toBe(false);
    expect(passes({ zone: "UTC", minutes: JSON.parse('{"__proto__":{}}') })).toBe(false);
    expect(passes({ zone: "UTC", minutes: { talk: 20, [Symbol("kind")]: 1 } })).toBe(false);
    expect(passes({ zone: "UTC", minutes: new Map() })).toBe(false);
  });

  it("refuses, naming the place, what it cannot write out exactly", () => {
    const write = (schema: z.ZodMiniType) => () =>
      generateAsIsCheck(schema, { exportName: "passes", schemaName: "testSchema", fieldProblemsFrom: "x" });
    expect(write(z.strictObject({ inner: z.object({ id: z.string() }) }))).toThrow(
      "an object that is not strict (zod's output would drop unknown keys), at test.inner",
    );
    expect(write(z.strictObject({ id: z.coerce.string() }))).toThrow("coercion");
    expect(
      write(
        z.pipe(
          z.string(),
          z.transform((text) => text.length),
        ),
      ),
    ).toThrow('a schema of type "pipe"');
    expect(write(z.union([z.string(), z.number()]))).toThrow('a schema of type "union"');
    const field = (schema: z.ZodMiniType) => z.strictObject({ field: schema });
    expect(write(field(z.custom((value) => value === 1)))).toThrow(
      /a custom schema with its own test .*, at test.field$/,
    );
    expect(write(field(z.number().check(z.refine((value) => value > 1))))).toThrow("the check");
    // zod counts a string's length in code points, so string lengths are left to zod.
    expect(write(field(z.string().check(z.minLength(2))))).toThrow("the check $ZodCheckMinLength");
    expect(write(z.record(z.string(), z.number()))).toThrow("a record other than a partial record with enum keys");
    expect(write(field(z.int()))).toThrow("a schema that is itself a check");
    expect(write(field(z.email()))).toThrow("a schema that is itself a check");
    expect(write(field(z.exactOptional(z.string())))).toThrow("an exact optional");
  });
});
