import sigmetrics from "@lectern/core/examples/sigmetrics-2026.json";
import { quickParseProgramJson, type ParseResult, type Program } from "@lectern/core";
import { describe, expect, it } from "vitest";
import { ProgramChecker } from "./program-checker.js";
import { readProgramText } from "./program-text-reader.js";

// The real worker, built from its module by vite as lectern.js's build does.
const realWorker = () => new Worker(new URL("./program-check-worker.ts", import.meta.url), { type: "module" });

const valid = JSON.stringify(sigmetrics, null, 2);
// Valid in shape, with a reference to a room nobody defines: an error only finishing finds.
const unknownRoom = JSON.stringify({ ...sigmetrics, items: [{ ...sigmetrics.items[0], room: "nowhere" }] }, null, 2);
// A shape only zod can word (kind is not a kind).
const badShape = JSON.stringify({ ...sigmetrics, items: [{ ...sigmetrics.items[0], kind: "séance" }] }, null, 2);

/** What the main thread alone answers for `text` (quick path, else zod's). */
async function answerHere(text: string): Promise<ParseResult> {
  return (await readProgramText(text, undefined, () => undefined)) as ParseResult;
}

describe("readProgramText with the program-check worker", () => {
  it("takes the worker's verdict on a valid program, and the value it prepared becomes the program", async () => {
    const checker = new ProgramChecker(realWorker);
    let prepared: Program | undefined;
    const answer = readProgramText(
      valid,
      (program) => (prepared = program),
      (text) => checker.check(text),
    );
    expect(answer).toBeInstanceOf(Promise);
    const result = await answer;
    expect(result.ok).toBe(true);
    expect(result.ok && result.program).toBe(prepared);
    expect(result.ok && result.program.items.length).toBe(sigmetrics.items.length);
    // The same warnings the main thread gives, lines and columns included.
    expect(result.warnings).toEqual(quickParseProgramJson(valid)!.warnings);
  });

  it("reads a program with errors on the main thread, so its problems are worded with their lines", async () => {
    const checker = new ProgramChecker(realWorker);
    let prepared = 0;
    const result = await readProgramText(
      unknownRoom,
      () => (prepared += 1),
      (text) => checker.check(text),
    );
    expect(prepared).toBe(1);
    expect(result.ok).toBe(false);
    expect(result).toEqual(await answerHere(unknownRoom));
    expect(!result.ok && result.errors[0]!.message).toContain('no room has the id "nowhere"');
    expect(!result.ok && result.errors[0]!.line).toBeGreaterThan(1);
  });

  it("words a shape only zod can judge, and a text that is not JSON, as without a worker", async () => {
    const checker = new ProgramChecker(realWorker);
    const check = (text: string) => checker.check(text);
    const shape = await readProgramText(badShape, undefined, check);
    expect(shape.ok).toBe(false);
    expect(shape).toEqual(await answerHere(badShape));
    const notJson = await readProgramText('{"version": 1,', undefined, check);
    expect(notJson).toEqual(await answerHere('{"version": 1,'));
    expect(!notJson.ok && notJson.errors[0]!.line).toBe(1);
  });

  it("keeps the worker's answer when prepare throws on the unchecked value", async () => {
    const checker = new ProgramChecker(realWorker);
    let given: Program | undefined;
    const result = await readProgramText(
      valid,
      (program) => {
        given = program;
        throw new Error("not for this value");
      },
      (text) => checker.check(text),
    );
    expect(result.ok && result.program).toBe(given);
  });

  it("reads the text on the main thread when the worker cannot start or cannot load", async () => {
    const refused = new ProgramChecker(() => {
      throw new DOMException("refused", "SecurityError");
    });
    expect(refused.check(valid)).toBeUndefined();
    const synchronous = readProgramText(valid, undefined, (text) => refused.check(text));
    expect(synchronous).not.toBeInstanceOf(Promise);
    expect((synchronous as ParseResult).ok).toBe(true);

    const missing = new ProgramChecker(() => new Worker("/no-such-worker.js", { type: "module" }));
    const result = await readProgramText(unknownRoom, undefined, (text) => missing.check(text));
    expect(result).toEqual(await answerHere(unknownRoom));
    // Once it has failed, it is not asked again.
    expect(missing.check(valid)).toBeUndefined();
  });
});
