import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadProgram, loadProgramJson } from "./load-program.js";
import { parseProgram } from "./parse-program.js";
import { parseProgramJson } from "./parse-program-json.js";
import { parseJsonText } from "./parse-json-text.js";
import {
  quickParseOwnedProgram,
  quickParseProgram,
  quickParseProgramJson,
  unreadableProgram,
} from "./quick-parse-program.js";

/** zod's path for JSON text: parseProgram on the parsed value (parseProgramJson itself tries the generated check first). */
const throughZod = (text: string) => parseJsonText(text, parseProgram, unreadableProgram);

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
    expect(quick).toEqual(throughZod(deltaText));
    expect(parseProgramJson(deltaText)).toEqual(throughZod(deltaText));
  });

  it("answers JSON that does not parse, with its line and column, as parseProgramJson does", () => {
    const text = deltaText.replace('"event": {', '"event": {,');
    const quick = quickParseProgramJson(text);
    expect(quick?.ok).toBe(false);
    expect(quick).toEqual(throughZod(text));
  });

  it("answers a program of the right shape with a wrong reference or a time in a DST gap, with lines", () => {
    const unknownRoom = changed((copy) => (copy.items[0]!["room"] = "room-nowhere"));
    expect(quickParseProgramJson(unknownRoom)).toEqual(throughZod(unknownRoom));
    expect(quickParseProgramJson(unknownRoom)?.ok).toBe(false);
    const skipped = changed((copy) => {
      copy.event["timeZone"] = "Europe/Berlin";
      copy.items[0]!["start"] = "2026-03-29T02:30";
    });
    const result = quickParseProgramJson(skipped);
    expect(result).toEqual(throughZod(skipped));
    expect(result?.ok === false && result.errors[0]?.line).toBeGreaterThan(1);
  });

  it("leaves a program of the wrong shape to zod (undefined)", () => {
    expect(quickParseProgramJson(changed((copy) => (copy.items[0]!["kind"] = "sermon")))).toBeUndefined();
    expect(quickParseProgramJson("[]")).toBeUndefined();
  });
});

describe("quickParseOwnedProgram", () => {
  it("answers a value as parseProgram does, keeping the value itself (no copy)", () => {
    const owned = JSON.parse(deltaText) as unknown;
    const quick = quickParseOwnedProgram(owned);
    expect(quick).toEqual(parseProgram(delta));
    expect(quick?.ok && quick.program).toBe(owned);
  });

  it("leaves a wrong shape to zod (undefined)", () => {
    expect(quickParseOwnedProgram(JSON.parse(changed((copy) => (copy.items[0]!["kind"] = "sermon"))))).toBeUndefined();
  });
});

describe("quickParseProgram", () => {
  it("answers a valid value as parseProgram does, with a copy of it", () => {
    const quick = quickParseProgram(delta);
    expect(quick).toEqual(parseProgram(delta));
    expect(quick?.ok && quick.program).not.toBe(delta);
  });

  it("leaves a value whose getter throws to zod, which says it could not be read", async () => {
    const value = {
      ...delta,
      get event(): never {
        throw new Error("boom");
      },
    };
    expect(quickParseProgram(value)).toBeUndefined();
    const answer = await loadProgram(value);
    expect(answer.ok === false && answer.errors[0]?.message).toBe("could not be read: boom");
  });

  it("leaves what is not plain data, and a wrong shape, to zod", () => {
    class Meta {
      source = "x";
    }
    const item = delta.items[0]!;
    const withItem = (changed: Record<string, unknown>) => ({ ...delta, items: [changed, ...delta.items.slice(1)] });
    const notPlain = [
      { ...delta, event: { ...delta.event, title: () => "x" } },
      // zod refuses a class instance as extra data; a copy would have made it a plain object.
      withItem({ ...item, extra: new Meta() }),
      // zod reads a Date as an object with no fields; a copy would keep the Date.
      { ...delta, event: { ...delta.event, venue: new Date(0) } },
      withItem(Object.defineProperty({ ...item }, "note", { value: "hidden", enumerable: false })),
      withItem({ ...item, [Symbol("tag")]: 1 }),
      { ...delta, items: Object.assign([...delta.items], { extra: 1 }) },
    ];
    for (const value of notPlain) expect(quickParseProgram(value)).toBeUndefined();
    expect(parseProgram(notPlain[1]).ok).toBe(false);
    expect(quickParseProgram({ ...delta, items: "none" })).toBeUndefined();
    // Optional fields set to undefined, as code builds objects, are plain data.
    expect(quickParseProgram(withItem({ ...item, note: undefined }))?.ok).toBe(true);
  });
});

describe("loadProgramJson and loadProgram", () => {
  it("give parseProgramJson's and parseProgram's answers, loading zod's path for a wrong shape", async () => {
    const wrongShape = changed((copy) => (copy.items[0]!["kind"] = "sermon"));
    for (const text of [deltaText, wrongShape, "{", "[]"]) {
      expect(await loadProgramJson(text)).toEqual(throughZod(text));
    }
    const wrong = JSON.parse(wrongShape) as unknown;
    const answer = await loadProgram(wrong);
    expect(answer.ok).toBe(false);
    expect(answer).toEqual(parseProgram(wrong));
    expect(await loadProgram(delta)).toEqual(parseProgram(delta));
  });
});
