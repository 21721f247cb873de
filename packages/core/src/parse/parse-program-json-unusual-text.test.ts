import { describe, expect, it } from "vitest";
import { minimalProgram } from "../../test/program-builder.js";
import { type ParseResult } from "./parse-program.js";
import { parseProgramJson } from "./parse-program-json.js";
import { lines, locate, errorsOf, placed, eventLines } from "../../test/json-text-expectations.js";

describe("parseProgramJson: problems placed in unusual text", () => {
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
