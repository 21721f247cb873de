import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { minimalProgram, sampleProgram } from "../../test/program-builder.js";
import { findPathPosition, positionOfOffset, scanJson } from "./json-positions.js";
import { parseProgram, type ParseResult } from "./parse-program.js";
import { parseProgramJson } from "./parse-program-json.js";
import type { ProgramProblem } from "./problem.js";
import { serializeProgram } from "./serialize-program.js";

// ---------------------------------------------------------------------------------------------
// Helpers

/** Lines joined with "\n": keeps the expected line numbers readable in the test. */
const lines = (...rows: string[]) => rows.join("\n");

/**
 * Line and column (1-based) where the `occurrence`-th `needle` starts, found by splitting the
 * text into lines (independently of positionOfOffset).
 */
function locate(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let seen = 0;
  const rows = text.split("\n");
  for (let index = 0; index < rows.length; index += 1) {
    let from = 0;
    for (;;) {
      const column = rows[index]!.indexOf(needle, from);
      if (column < 0) break;
      seen += 1;
      if (seen === occurrence) return { line: index + 1, column: column + 1 };
      from = column + 1;
    }
  }
  throw new Error(`${JSON.stringify(needle)} (occurrence ${occurrence}) is not in the text`);
}

function errorsOf(result: ParseResult): readonly ProgramProblem[] {
  if (result.ok) throw new Error("expected the text to be rejected; it was accepted");
  return result.errors;
}

/** Path, line and column of each problem. */
const placed = (problems: readonly ProgramProblem[]) =>
  problems.map(({ path, line, column }) => ({ path, line, column }));

const eventLines = [
  '    "title": "Test Workshop",',
  '    "kind": "workshop",',
  '    "startDate": "2026-06-15",',
  '    "timeZone": "Europe/Berlin"',
];

// ---------------------------------------------------------------------------------------------

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

describe("parseProgramJson: problems placed at their value", () => {
  const text = lines(
    "{",
    '  "event": {',
    '    "title": "Test Workshop",',
    '    "kind": "worksop",',
    '    "startDate": "2026-06-15",',
    '    "timeZone": "Europe/Berlin"',
    "  },",
    '  "items": [',
    '    { "id": "a", "kind": "keynote", "start": "2026-06-15T09:00", "duration": 30 },',
    "    {",
    '      "id": "b",',
    '      "kind": "poster",',
    '      "start": "2026-06-15T25:00",',
    '      "duration": 30',
    "    }",
    "  ]",
    "}",
  );

  it("places each error at the key of the member it is about", () => {
    const errors = errorsOf(parseProgramJson(text));
    expect(placed(errors)).toEqual([
      { path: "event.kind", line: 4, column: 5 },
      { path: "items[1].start", line: 13, column: 7 },
    ]);
    expect(errors[1]!.message).toContain('"25:00" is not a time of day; expected HH:MM');
  });

  it("keeps path, segments and message as parseProgram gives them", () => {
    const fromText = errorsOf(parseProgramJson(text));
    const fromValue = errorsOf(parseProgram(JSON.parse(text)));
    expect(fromText.map(({ path, segments, message }) => ({ path, segments, message }))).toEqual(fromValue);
  });

  it("places a missing field at the object that should hold it", () => {
    const missingTitle = lines("{", '  "event": {', ...eventLines.slice(1), "  },", '  "items": []', "}");
    expect(placed(errorsOf(parseProgramJson(missingTitle)))).toEqual([{ path: "event.title", line: 2, column: 3 }]);

    const missingKind = lines(
      "{",
      '  "event": {',
      ...eventLines,
      "  },",
      '  "items": [',
      '    { "id": "a", "start": "2026-06-15T09:00", "duration": 5 }',
      "  ]",
      "}",
    );
    expect(placed(errorsOf(parseProgramJson(missingKind)))).toEqual([{ path: "items[0].kind", line: 9, column: 5 }]);
  });

  it("places a missing top-level field at the document's opening brace, after leading white space", () => {
    const text = `\n\n  {"event": ${JSON.stringify(minimalProgram().event)}}`;
    expect(placed(errorsOf(parseProgramJson(text)))).toEqual([{ path: "items", line: 3, column: 3 }]);
  });

  it("places a problem with the whole document at its first character", () => {
    expect(placed(errorsOf(parseProgramJson("\n  [1, 2]")))).toEqual([{ path: "", line: 2, column: 3 }]);
    expect(placed(errorsOf(parseProgramJson("42")))).toEqual([{ path: "", line: 1, column: 1 }]);
    expect(placed(errorsOf(parseProgramJson("null")))).toEqual([{ path: "", line: 1, column: 1 }]);
  });

  it("places an unknown field at its key, and a misspelt one too", () => {
    const text = lines(
      "{",
      '  "event": {',
      ...eventLines.map((row) => (row.includes("title") ? row.replace('"title"', '"titel"') : row)),
      "  },",
      '  "items": [],',
      '  "start time": 1',
      "}",
    );
    const errors = errorsOf(parseProgramJson(text));
    expect(placed(errors)).toEqual([
      { path: "event.title", line: 2, column: 3 },
      { path: "event.titel", line: 3, column: 5 },
      { path: '["start time"]', line: 9, column: 3 },
    ]);
  });

  it("places a problem about an array element at the element", () => {
    const program = sampleProgram();
    program.event.invitedSpeakers = ["ben", "zoe"];
    const text = JSON.stringify(program, null, 2);
    const errors = errorsOf(parseProgramJson(text));
    expect(placed(errors)).toEqual([{ path: "event.invitedSpeakers[1]", ...locate(text, '"zoe"') }]);
    expect(errors[0]!.message).toContain('no person has the id "zoe"');
  });

  it("places reference and timing errors too", () => {
    const program = sampleProgram();
    program.items[1].room = "attic";
    const text = JSON.stringify(program, null, 2);
    expect(placed(errorsOf(parseProgramJson(text)))).toEqual([
      { path: "items[1].room", ...locate(text, '"room": "attic"') },
    ]);

    const timing = sampleProgram();
    timing.items[0].start = "2026-03-29T02:30";
    const timingText = JSON.stringify(timing, null, 2);
    expect(placed(errorsOf(parseProgramJson(timingText)))).toEqual([
      { path: "items[0].start", ...locate(timingText, '"start": "2026-03-29T02:30"') },
    ]);
  });

  it("places an item-level timing error at the item's opening brace", () => {
    const text = lines(
      "{",
      '  "event": {',
      ...eventLines,
      "  },",
      '  "items": [',
      "    {",
      '      "id": "k",',
      '      "kind": "keynote",',
      '      "start": "2026-06-15T09:00"',
      "    }",
      "  ]",
      "}",
    );
    const errors = errorsOf(parseProgramJson(text));
    expect(placed(errors)).toEqual([{ path: "items[0]", line: 9, column: 5 }]);
    expect(errors[0]!.message).toContain('no length for "keynote"');
  });

  it("places warnings of an accepted program: a DST overlap and an untimed item", () => {
    const text = lines(
      "{",
      '  "event": {',
      ...eventLines,
      "  },",
      '  "items": [',
      '    { "id": "a", "kind": "keynote", "start": "2026-10-25T02:30", "duration": 30 },',
      '    { "id": "b", "kind": "poster" }',
      "  ]",
      "}",
    );
    const result = parseProgramJson(text);
    expect(result.ok).toBe(true);
    expect(placed(result.warnings)).toEqual([
      { path: "items[0].start", line: 9, column: 37 },
      { path: "items[1]", line: 10, column: 5 },
    ]);
    expect(result.warnings[0]!.message).toContain("happens twice in Europe/Berlin");
  });

  it("places both the errors and the warnings of a rejected program", () => {
    const text = lines(
      "{",
      '  "event": {',
      ...eventLines,
      "  },",
      '  "items": [',
      '    { "id": "a", "kind": "keynote", "start": "2026-10-25T02:30", "duration": 30 },',
      '    { "id": "b", "kind": "keynote", "start": "2026-03-29T02:30", "duration": 30 }',
      "  ]",
      "}",
    );
    const result = parseProgramJson(text);
    expect(placed(errorsOf(result))).toEqual([{ path: "items[1].start", line: 10, column: 37 }]);
    expect(placed(result.warnings)).toEqual([{ path: "items[0].start", line: 9, column: 37 }]);
  });

  it("is not misled by braces, brackets, quotes and backslashes inside strings", () => {
    const tricky = 'a "quoted" {brace} [bracket] \\ back\\slash, "b": 1 }';
    const program = minimalProgram();
    program.event.title = tricky;
    program.event.description = ']]]}}}"""';
    program.items = [{ id: "a", kind: "keynote", title: "{[", start: "2026-06-15T09:00", duration: 0 }];
    const text = JSON.stringify(program, null, 2);
    expect(placed(errorsOf(parseProgramJson(text)))).toEqual([
      { path: "items[0].duration", ...locate(text, '"duration": 0') },
    ]);
  });

  it("reads escaped keys: \\u0074 in a key is a t", () => {
    const text = lines(
      "{",
      '  "event": {',
      '    "ti\\u0074le": 42,',
      ...eventLines.slice(1),
      "  },",
      '  "items": []',
      "}",
    );
    expect(placed(errorsOf(parseProgramJson(text)))).toEqual([{ path: "event.title", line: 3, column: 5 }]);
  });

  it("counts lines the same with CRLF line endings, and columns in characters (a tab is one)", () => {
    const text = lines(
      "{",
      '\t"event": {',
      ...eventLines.map((row) => row.replace("workshop", "worksop")),
      "\t},",
      '\t"items": []',
      "}",
    ).replaceAll("\n", "\r\n");
    expect(placed(errorsOf(parseProgramJson(text)))).toEqual([{ path: "event.kind", line: 4, column: 5 }]);
  });

  it("places problems in minified text by column", () => {
    const program = minimalProgram();
    program.items = [{ id: "a", kind: "keynot" }];
    const text = JSON.stringify(program);
    expect(placed(errorsOf(parseProgramJson(text)))).toEqual([
      { path: "items[0].kind", line: 1, column: text.indexOf('"kind":"keynot"') + 1 },
    ]);
  });

  it("places a problem in a duplicated key at the occurrence JSON.parse keeps (the last)", () => {
    const text = lines(
      "{",
      '  "event": {',
      ...eventLines.map((row) => row.replace('"kind": "workshop",', '"kind": "workshop", "kind": "worksop",')),
      "  },",
      '  "items": []',
      "}",
    );
    expect(placed(errorsOf(parseProgramJson(text)))).toEqual([{ path: "event.kind", line: 4, column: 25 }]);
  });

  // Was a bug: the position map kept the positions of members of an earlier duplicate of a key, so a
  // field missing from the object JSON.parse keeps is placed inside the discarded one.
  it("places a field missing from a duplicated object at the occurrence JSON.parse keeps", () => {
    const text = lines(
      "{",
      '  "event": { "title": "Draft" },',
      '  "event": {',
      ...eventLines.slice(1),
      "  },",
      '  "items": []',
      "}",
    );
    expect(placed(errorsOf(parseProgramJson(text)))).toEqual([{ path: "event.title", line: 3, column: 3 }]);
  });

  // Was a bug: the position map was recursive (it overflows the stack) and quadratic in the nesting
  // depth (formatPath of the whole path at every level). A 20 KB file of nested arrays in an
  // unknown field makes parseProgramJson throw RangeError after several seconds, although it
  // promises never to throw.
  it("never throws on deeply nested text, and still reports the problem", { timeout: 60_000 }, () => {
    const depth = 10_000;
    const text = `{"x": ${"[".repeat(depth)}${"]".repeat(depth)}, "event": ${JSON.stringify(minimalProgram().event)}, "items": []}`;
    let result: ParseResult | undefined;
    expect(() => (result = parseProgramJson(text))).not.toThrow();
    expect(result && placed(errorsOf(result))).toEqual([{ path: "x", line: 1, column: 2 }]);
  });
});

describe("positionOfOffset", () => {
  it("is 1-based in lines and columns", () => {
    expect(positionOfOffset("abc", 0)).toEqual({ line: 1, column: 1 });
    expect(positionOfOffset("abc", 2)).toEqual({ line: 1, column: 3 });
  });

  it("starts a new line after each newline", () => {
    const text = "ab\ncd\n\nef";
    expect(positionOfOffset(text, 2)).toEqual({ line: 1, column: 3 }); // the newline itself
    expect(positionOfOffset(text, 3)).toEqual({ line: 2, column: 1 });
    expect(positionOfOffset(text, 6)).toEqual({ line: 3, column: 1 });
    expect(positionOfOffset(text, 7)).toEqual({ line: 4, column: 1 });
  });

  it("counts a CR before a newline as the end of the line", () => {
    expect(positionOfOffset("ab\r\ncd", 4)).toEqual({ line: 2, column: 1 });
  });

  it("gives the position just after the end for the text's length", () => {
    expect(positionOfOffset("ab\nc", 4)).toEqual({ line: 2, column: 2 });
    expect(positionOfOffset("", 0)).toEqual({ line: 1, column: 1 });
  });
});

describe("scanJson positions", () => {
  it("maps every value by path: members at their key, elements at their first character", () => {
    const text = '{"a b": [1, {"c": "x\\"y"}], "d": null, "e": {"f": [true]}}';
    expect(Object.fromEntries(scanJson(text).positions)).toEqual({
      "": 0,
      '["a b"]': text.indexOf('"a b"'),
      '["a b"][0]': text.indexOf("1"),
      '["a b"][1]': text.indexOf('{"c"'),
      '["a b"][1].c': text.indexOf('"c"'),
      d: text.indexOf('"d"'),
      e: text.indexOf('"e"'),
      "e.f": text.indexOf('"f"'),
      "e.f[0]": text.indexOf("true"),
    });
  });

  it("skips white space before the root and between tokens", () => {
    const text = ' \n\t{ "a" :\n [ 1 ,\n 2 ] }';
    const positions = scanJson(text).positions;
    expect(positions.get("")).toBe(text.indexOf("{"));
    expect(positions.get("a")).toBe(text.indexOf('"a"'));
    expect(positions.get("a[1]")).toBe(text.indexOf("2"));
  });

  it("maps a scalar document to its first character", () => {
    expect(Object.fromEntries(scanJson("  -1.5e3 ").positions)).toEqual({ "": 2 });
  });

  it("maps empty objects and arrays", () => {
    expect(Object.fromEntries(scanJson('{"a": {}, "b": []}').positions)).toEqual({ "": 0, a: 1, b: 10 });
  });

  it("decodes escapes in keys", () => {
    expect(scanJson('{"\\u0061\\n": 1}').positions.get('["a\\n"]')).toBe(1);
  });
});

describe("findPathPosition", () => {
  const positions = new Map([
    ["", 0],
    ["items", 10],
    ["items[0]", 20],
    ["items[0].start", 30],
  ]);

  it("gives the position of the path when it exists", () => {
    expect(findPathPosition(positions, ["items", 0, "start"])).toBe(30);
  });

  it("falls back to the deepest existing ancestor for a missing value", () => {
    expect(findPathPosition(positions, ["items", 0, "kind"])).toBe(20);
    expect(findPathPosition(positions, ["items", 3, "kind"])).toBe(10);
    expect(findPathPosition(positions, ["event", "title"])).toBe(0);
  });

  it("gives undefined when not even the root is known", () => {
    expect(findPathPosition(new Map(), ["items"])).toBeUndefined();
  });
});
