import { describe, expect, it } from "vitest";
import { findPathPosition, positionOfOffset, scanJson } from "./json-positions.js";

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
