import { describe, expect, it } from "vitest";
import { minimalProgram } from "../../test/program-builder.js";
import { parseProgram, type ParseResult } from "./parse-program.js";
import { errorsOf } from "../../test/parse-program-expectations.js";

describe("parseProgram never throws", () => {
  it("turns an exception from a getter into an error at the document", () => {
    const input = {
      get event(): never {
        throw new Error("boom");
      },
      items: [],
    };
    const result = parseProgram(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((error) => [error.path, error.message])).toEqual([
      ["", "could not be read: boom"],
    ]);
  });

  it("copes with a thrown string and a revoked proxy", () => {
    const throwsString = {
      get event(): never {
        throw "nope";
      },
      items: [],
    };
    expect(parseProgram(throwsString)).toMatchObject({
      ok: false,
      errors: [{ path: "", message: "could not be read: nope" }],
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(parseProgram(proxy)).toMatchObject({ ok: false, errors: [{ path: "" }] });
  });

  // Was a bug (fixed, kept as a guard): the defence-in-depth catch formats the reason with String(error), which itself throws
  // for a thrown value without a string form (an object with no prototype), so parseProgram
  // throws "Cannot convert object to primitive value".
  it("copes with a thrown value that cannot be turned into a string", () => {
    const input = {
      get event(): never {
        throw Object.create(null);
      },
      items: [],
    };
    let result: ParseResult | undefined;
    expect(() => (result = parseProgram(input))).not.toThrow();
    expect(result).toMatchObject({ ok: false, errors: [{ path: "" }] });
  });

  it("rejects values JSON cannot hold without throwing", () => {
    const program = minimalProgram();
    program.event.title = 10n;
    program.event.acronym = Symbol("x");
    program.event.startDate = new Date("2026-06-15");
    const errors = errorsOf(program);
    expect(errors.map((error) => [error.path, error.message])).toEqual([
      ["event.title", "expected text, found a bigint"],
      ["event.acronym", "expected text, found a symbol"],
      ["event.startDate", "expected text, found an object"],
    ]);
  });
});
