import { describe, expect, it } from "vitest";
import { readCsv } from "./read-csv.js";

describe("readCsv", () => {
  it.each([
    [
      "plain rows",
      "a,b\n1,2\n",
      [
        [1, ["a", "b"]],
        [2, ["1", "2"]],
      ],
    ],
    [
      "CRLF line ends",
      "a,b\r\n1,2\r\n",
      [
        [1, ["a", "b"]],
        [2, ["1", "2"]],
      ],
    ],
    [
      "a quoted comma and quote",
      'a,b\n"x, ""y""",2',
      [
        [1, ["a", "b"]],
        [2, ['x, "y"', "2"]],
      ],
    ],
    [
      "a quoted line break: the next row keeps its own line",
      'a,b\n"one\ntwo",2\n3,4',
      [
        [1, ["a", "b"]],
        [2, ["one\ntwo", "2"]],
        [4, ["3", "4"]],
      ],
    ],
    [
      "semicolons, as spreadsheets in many locales write",
      "a;b\n1,5;2",
      [
        [1, ["a", "b"]],
        [2, ["1,5", "2"]],
      ],
    ],
    [
      "blank lines skipped",
      "a\n\n1\n",
      [
        [1, ["a"]],
        [3, ["1"]],
      ],
    ],
    [
      "a byte-order mark",
      "\uFEFFa,b\n1,2",
      [
        [1, ["a", "b"]],
        [2, ["1", "2"]],
      ],
    ],
  ] as const)("%s", (_name, text, expected) => {
    expect(readCsv(text).records.map((record) => [record.line, record.fields])).toEqual(expected);
  });

  it("reports a quote that is never closed, at the line it opens", () => {
    expect(readCsv('a,b\n1,"open\n2,3').problem).toEqual({ line: 2, message: "a quoted field is never closed" });
  });
});
