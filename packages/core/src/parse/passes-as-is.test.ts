import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { passesAsIs } from "./passes-as-is.js";

describe("passesAsIs", () => {
  const item = z.strictObject({
    id: z.string().check(z.regex(/^[a-z]+$/)),
    minutes: z.optional(z.number().check(z.int(), z.positive())),
    kind: z.enum(["talk", "break"]),
    version: z.optional(z.literal(1)),
    flags: z.optional(z.array(z.boolean())),
  });

  it("says yes to a value that passes every check, with optional fields absent", () => {
    expect(passesAsIs(item, { id: "abc", kind: "talk" })).toBe(true);
    expect(passesAsIs(item, { id: "abc", kind: "break", minutes: 5, version: 1, flags: [true, false] })).toBe(true);
  });

  it("runs the schema's own checks (regex, int, positive) and type tests", () => {
    expect(passesAsIs(item, { id: "ABC", kind: "talk" })).toBe(false);
    expect(passesAsIs(item, { id: "abc", kind: "talk", minutes: 2.5 })).toBe(false);
    expect(passesAsIs(item, { id: "abc", kind: "talk", minutes: 0 })).toBe(false);
    expect(passesAsIs(item, { id: "abc", kind: "talk", minutes: Number.POSITIVE_INFINITY })).toBe(false);
    expect(passesAsIs(item, { id: "abc", kind: "poster" })).toBe(false);
    expect(passesAsIs(item, { id: "abc", kind: "talk", version: 2 })).toBe(false);
    expect(passesAsIs(item, { id: "abc", kind: "talk", flags: [1] })).toBe(false);
    expect(passesAsIs(item, { kind: "talk" })).toBe(false);
    expect(passesAsIs(item, null)).toBe(false);
    expect(passesAsIs(item, [])).toBe(false);
  });

  it("tests strings whose only checks are regular expressions directly, as zod does", () => {
    const code = z.string().check(z.regex(/^[A-Z]{3}$/), z.regex(/X/));
    expect(passesAsIs(code, "AXB")).toBe(true);
    expect(passesAsIs(code, "ABC")).toBe(false);
    expect(passesAsIs(code, "AXBC")).toBe(false);
    // A global regular expression keeps lastIndex between tests; zod resets it, and so must this.
    const sticky = z.string().check(z.regex(/a/g));
    expect([passesAsIs(sticky, "a"), passesAsIs(sticky, "a"), passesAsIs(sticky, "a")]).toEqual([true, true, true]);
    // A regular expression together with another kind of check still runs both.
    const short = z.string().check(z.regex(/^[a-z]+$/), z.maxLength(3));
    expect(passesAsIs(short, "abc")).toBe(true);
    expect(passesAsIs(short, "abcd")).toBe(false);
    expect(passesAsIs(short, "AB")).toBe(false);
  });

  it("says no to an unknown key, including an own __proto__ key from JSON.parse", () => {
    expect(passesAsIs(item, { id: "abc", kind: "talk", colour: "red" })).toBe(false);
    expect(passesAsIs(item, JSON.parse('{"id":"abc","kind":"talk","__proto__":{}}'))).toBe(false);
  });

  it("says no where zod's output would differ from the input: stripping objects, coercion, transforms", () => {
    expect(passesAsIs(z.object({ id: z.string() }), { id: "a" })).toBe(false);
    expect(passesAsIs(z.strictObject({ id: z.coerce.string() }), { id: "a" })).toBe(false);
    expect(passesAsIs(z.pipe(z.string(), z.transform((text) => text.length)), "abc")).toBe(false);
  });

  it("hands custom schemas and records to zod for their value", () => {
    const even = z.custom<number>((value) => typeof value === "number" && value % 2 === 0);
    expect(passesAsIs(even, 4)).toBe(true);
    expect(passesAsIs(even, 3)).toBe(false);
    const counts = z.record(z.enum(["a", "b"]), z.number());
    expect(passesAsIs(counts, { a: 1, b: 2 })).toBe(true);
    expect(passesAsIs(counts, { a: "1", b: 2 })).toBe(false);
  });

  it("checks object-level checks after the fields", () => {
    const range = z.strictObject({ from: z.number(), until: z.number() }).check((ctx) => {
      if (ctx.value.until < ctx.value.from) ctx.issues.push({ code: "custom", message: "reversed", input: ctx.value });
    });
    expect(passesAsIs(range, { from: 1, until: 2 })).toBe(true);
    expect(passesAsIs(range, { from: 2, until: 1 })).toBe(false);
  });
});
