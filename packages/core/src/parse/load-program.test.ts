import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadProgram, loadProgramJson } from "./load-program.js";
import { parseProgram } from "./parse-program.js";
import { parseProgramJson } from "./parse-program-json.js";
import { quickParseProgram, quickParseProgramJson } from "./quick-parse-program.js";

const deltaText = readFileSync(new URL("../../examples/delta-2026.json", import.meta.url), "utf8");
const delta = JSON.parse(deltaText) as { event: Record<string, unknown>; items: Record<string, unknown>[] };

/** The example with one change, as text. */
function changed(change: (copy: typeof delta) => void): string {
  const copy = structuredClone(delta);
  change(copy);
  return JSON.stringify(copy, null, 2);
}

describe("quickParseProgramJson", () => {
  it("answers a valid program as parseProgramJson does", () => {
    const quick = quickParseProgramJson(deltaText);
    expect(quick?.ok).toBe(true);
    expect(quick).toEqual(parseProgramJson(deltaText));
  });

  it("answers JSON that does not parse, with its line and column, as parseProgramJson does", () => {
    const text = deltaText.replace('"event": {', '"event": {,');
    const quick = quickParseProgramJson(text);
    expect(quick?.ok).toBe(false);
    expect(quick).toEqual(parseProgramJson(text));
  });

  it("answers a program of the right shape with a wrong reference or a time in a DST gap, with lines", () => {
    const unknownRoom = changed((copy) => (copy.items[0]!["room"] = "room-nowhere"));
    expect(quickParseProgramJson(unknownRoom)).toEqual(parseProgramJson(unknownRoom));
    expect(quickParseProgramJson(unknownRoom)?.ok).toBe(false);
    const skipped = changed((copy) => {
      copy.event["timeZone"] = "Europe/Berlin";
      copy.items[0]!["start"] = "2026-03-29T02:30";
    });
    const result = quickParseProgramJson(skipped);
    expect(result).toEqual(parseProgramJson(skipped));
    expect(result?.ok === false && result.errors[0]?.line).toBeGreaterThan(1);
  });

  it("leaves a program of the wrong shape to zod (undefined)", () => {
    expect(quickParseProgramJson(changed((copy) => (copy.items[0]!["kind"] = "sermon")))).toBeUndefined();
    expect(quickParseProgramJson("[]")).toBeUndefined();
  });
});

describe("quickParseProgram", () => {
  it("answers a valid value as parseProgram does, with a copy of it", () => {
    const quick = quickParseProgram(delta);
    expect(quick).toEqual(parseProgram(delta));
    expect(quick?.ok && quick.program).not.toBe(delta);
  });

  it("leaves what structuredClone cannot copy, and a wrong shape, to zod", () => {
    expect(quickParseProgram({ ...delta, event: { ...delta.event, title: () => "x" } })).toBeUndefined();
    expect(quickParseProgram({ ...delta, items: "none" })).toBeUndefined();
  });
});

describe("loadProgramJson and loadProgram", () => {
  it("give parseProgramJson's and parseProgram's answers, loading zod's path for a wrong shape", async () => {
    const wrongShape = changed((copy) => (copy.items[0]!["kind"] = "sermon"));
    for (const text of [deltaText, wrongShape, "{", "[]"]) {
      expect(await loadProgramJson(text)).toEqual(parseProgramJson(text));
    }
    const wrong = JSON.parse(wrongShape) as unknown;
    const answer = await loadProgram(wrong);
    expect(answer.ok).toBe(false);
    expect(answer).toEqual(parseProgram(wrong));
    expect(await loadProgram(delta)).toEqual(parseProgram(delta));
  });
});
