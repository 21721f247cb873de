import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { minimalProgram, sampleProgram } from "../../test/program-builder.js";
import { parseProgram } from "./parse-program.js";
import { parseProgramJson } from "./parse-program-json.js";
import { serializeProgram } from "./serialize-program.js";
import { lines, errorsOf } from "../../test/json-text-expectations.js";

describe("parseProgramJson: valid text", () => {
  it("gives what parseProgram gives for the parsed value, without positions when there is nothing to report", () => {
    const text = JSON.stringify(sampleProgram(), null, 2);
    const result = parseProgramJson(text);
    expect(result).toEqual(parseProgram(JSON.parse(text)));
    expect(result.ok).toBe(true);
  });

  it.each(["delta-2026.json", "sigmetrics-2026.json"])(
    "reads the example %s, and reads its serialisation back equal",
    (name) => {
      const text = readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8");
      const first = parseProgramJson(text);
      if (!first.ok) throw new Error(first.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
      const second = parseProgramJson(serializeProgram(first.program));
      expect(second).toEqual(first);
      expect(first.program).toEqual(JSON.parse(text));
    },
  );
});

describe("parseProgramJson: JSON syntax errors", () => {
  it.each([
    ["empty text", "", 1, 1, "Unexpected end of JSON input"],
    ["only white space", "  \n  ", 2, 3, "Unexpected end of JSON input"],
    ["a truncated file", '{\n  "event": {\n', 3, 1, "is not valid JSON"],
    ["a trailing comma", lines("{", '  "event": {},', "}"), 3, 1, "Expected double-quoted property name"],
    ["an unterminated string", '{"a": "abc', 1, 11, "Unterminated string"],
    ["text after the value", "{} x", 1, 4, "Unexpected non-whitespace character after JSON"],
    ["a missing colon", '{"a" 1}', 1, 6, "Expected ':' after property name"],
    ["a missing bracket", lines("{", '  "a": [1, 2', "}"), 3, 1, "Expected ',' or ']' after array element"],
    ["a raw newline in a string", '{"a": "x\ny"}', 1, 9, "Bad control character in string literal"],
    ["single quotes", "{'a': 1}", 1, 2, "Expected property name or '}'"],
    ["a leading zero", '{"a": 01}', 1, 8, "Unexpected number"],
  ])("places %s at its line and column", (_label, text, line, column, fragment) => {
    const result = parseProgramJson(text);
    expect(result.warnings).toEqual([]);
    const errors = errorsOf(result);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: "", segments: [], line, column });
    expect(errors[0]!.message).toMatch(/^is not valid JSON: /);
    expect(errors[0]!.message).toContain(fragment);
    // The engine's own "(line L column C)" suffix, on engines that add one, is not repeated.
    expect(errors[0]!.message).not.toMatch(/\(line \d+ column \d+\)/);
  });

  // Was a bug (fixed, kept as a guard): V8 reports an unexpected token as `Unexpected token 'x', "<excerpt>" is not valid JSON`
  // with no position at all, so these errors come back with no line and column. Expected: the
  // line and column of the offending token (found, e.g., by scanning the text up to the failure).
  it.each([
    ["a misspelt literal", '{"a": tru}', 1, [7, 10]],
    ["a trailing comma in an array", "[1,]", 1, [4, 4]],
    ["NaN", '{"a": NaN}', 1, [7, 7]],
    ["a misspelt literal on line 3", lines("{", '  "event": {', '    "title": tru', "  }", "}"), 3, [14, 17]],
  ])("places %s (an 'Unexpected token' error) at its line and column", (_label, text, line, [fromColumn, toColumn]) => {
    const errors = errorsOf(parseProgramJson(text));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^is not valid JSON: /);
    expect(errors[0]!.line).toBe(line);
    expect(errors[0]!.column).toBeGreaterThanOrEqual(fromColumn!);
    expect(errors[0]!.column).toBeLessThanOrEqual(toColumn!);
  });
});

describe("parseProgramJson: a byte order mark", () => {
  it("is ignored once, and a second one is a syntax error at line 1, column 1 (found by the property test)", () => {
    const result = parseProgramJson(`\ufeff\ufeff${JSON.stringify(minimalProgram())}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ path: "", line: 1, column: 1 });
  });

  it("is ignored, as editors on Windows write one", () => {
    const text = `\uFEFF${JSON.stringify(minimalProgram())}`;
    expect(parseProgramJson(text).ok).toBe(true);
  });
});
