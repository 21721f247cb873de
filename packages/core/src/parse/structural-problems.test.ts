import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { describeValue } from "../model/describe-value.js";
import { describeStructuralIssues } from "./structural-problems.js";

describe("describeValue", () => {
  it.each([
    [undefined, "nothing"],
    [null, "null"],
    [[], "an array"],
    [[1, 2], "an array"],
    [{}, "an object"],
    [42, "the number 42"],
    [-1.5, "the number -1.5"],
    [Number.NaN, "the number NaN"],
    [true, "true"],
    [false, "false"],
    ["", 'the text ""'],
    ["keynot", 'the text "keynot"'],
    ['say "hi"', 'the text "say \\"hi\\""'],
    [10n, "a bigint"],
    [Symbol("s"), "a symbol"],
    [() => 1, "a function"],
  ])("describes %o as %j", (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  it("keeps text of 40 characters whole and shortens longer text to 40 and an ellipsis", () => {
    expect(describeValue("a".repeat(40))).toBe(`the text "${"a".repeat(40)}"`);
    expect(describeValue("a".repeat(40) + "b")).toBe(`the text "${"a".repeat(40)}…"`);
  });
});

describe("describeStructuralIssues", () => {
  const schema = z.strictObject({
    title: z.string(),
    count: z.optional(z.number().check(z.int())),
    flag: z.optional(z.boolean()),
    kind: z.optional(z.enum(["keynote", "poster"])),
    tags: z.optional(z.array(z.strictObject({ label: z.string() }))),
    short: z.optional(z.string().check(z.minLength(3, { error: "needs 3 characters" }))),
  });

  const describe_ = (input: unknown) => {
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) throw new Error("expected the input to be rejected");
    return describeStructuralIssues(result.error.issues, schema).map(({ path, message }) => [path, message]);
  };

  it("says a missing field is required and what it should be", () => {
    expect(describe_({})).toEqual([["title", "is required (text)"]]);
  });

  it.each([
    [{ title: 1 }, "title", "expected text, found the number 1"],
    [{ title: "t", count: "3" }, "count", 'expected a number, found the text "3"'],
    [{ title: "t", count: 2.5 }, "count", "expected a whole number, found the number 2.5"],
    [{ title: "t", flag: "yes" }, "flag", 'expected true or false, found the text "yes"'],
    [{ title: "t", tags: {} }, "tags", "expected an array, found an object"],
    [{ title: "t", tags: ["x"] }, "tags[0]", 'expected an object, found the text "x"'],
  ])("describes a wrong type in %j", (input, path, message) => {
    expect(describe_(input)).toEqual([[path, message]]);
  });

  it("lists the allowed values of an enum and suggests the close one", () => {
    expect(describe_({ title: "t", kind: "postre" })).toEqual([
      ["kind", 'the text "postre" is not allowed; expected one of: keynote, poster (did you mean "poster"?)'],
    ]);
    expect(describe_({ title: "t", kind: 7 })).toEqual([
      ["kind", "the number 7 is not allowed; expected one of: keynote, poster"],
    ]);
  });

  it("names an unknown field with a suggestion, or the known fields", () => {
    expect(describe_({ title: "t", titel: "x", zzz: 1 })).toEqual([
      ["titel", 'unknown field "titel"; did you mean "title"?'],
      ["zzz", 'unknown field "zzz"; known fields here: title, count, flag, kind, tags, short'],
    ]);
    expect(describe_({ title: "t", tags: [{ label: "x", lable: "y" }] })).toEqual([
      ["tags[0].lable", 'unknown field "lable"; did you mean "label"?'],
    ]);
  });

  it("passes any other issue's own message through, at its path", () => {
    expect(describe_({ title: "t", short: "ab" })).toEqual([["short", "needs 3 characters"]]);
  });

  it("gives no hint for an unknown field where no field names are known", () => {
    const problems = describeStructuralIssues(
      [{ code: "unrecognized_keys", keys: ["odd key"], path: ["nowhere"], message: "", input: {} }],
      schema,
    );
    expect(problems).toEqual([
      { path: 'nowhere["odd key"]', segments: ["nowhere", "odd key"], message: 'unknown field "odd key"' },
    ]);
  });

  it("leaves symbol segments out of the path", () => {
    const problems = describeStructuralIssues(
      [{ code: "custom", path: ["tags", Symbol("hidden"), 0, "label"], message: "is odd", input: 1 }],
      schema,
    );
    expect(problems).toEqual([{ path: "tags[0].label", segments: ["tags", 0, "label"], message: "is odd" }]);
  });

  it("gives one problem per unknown key and none for no issues", () => {
    expect(describeStructuralIssues([], schema)).toEqual([]);
    const problems = describeStructuralIssues(
      [{ code: "unrecognized_keys", keys: ["a", "b"], path: [], message: "", input: {} }],
      schema,
    );
    expect(problems.map((problem) => problem.path)).toEqual(["a", "b"]);
  });
});
