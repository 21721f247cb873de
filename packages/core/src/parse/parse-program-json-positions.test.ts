import { describe, expect, it } from "vitest";
import { minimalProgram, sampleProgram } from "../../test/program-builder.js";
import { parseProgram } from "./parse-program.js";
import { parseProgramJson } from "./parse-program-json.js";
import { lines, locate, errorsOf, placed, eventLines } from "../../test/json-text-expectations.js";

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
});
