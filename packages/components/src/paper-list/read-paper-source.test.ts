import sigmetrics from "@lectern/core/examples/sigmetrics-2026.json";
import { programToDigest, quickParseProgram, type Program } from "@lectern/core";
import { describe, expect, it } from "vitest";
import { ProgramChecker } from "../shared/program-checker.js";
import { syntheticDigestData } from "../testing/synthetic-digest-data.js";
import { readPapersFromText } from "./read-paper-source.js";

const realWorker = () => new Worker(new URL("../shared/program-check-worker.ts", import.meta.url), { type: "module" });

// One item without a time in a final schedule: a warning, which text-aware checks place on a line.
const untimed = { ...sigmetrics.items[0], id: "untimed-paper" } as Record<string, unknown>;
delete untimed.start;
delete untimed.end;
delete untimed.duration;
const final = { ...sigmetrics.event, schedule: { ...sigmetrics.event.schedule, status: "final" } };
const programText = JSON.stringify({ ...sigmetrics, event: final, items: [...sigmetrics.items, untimed] }, null, 2);

describe("readPapersFromText with the program-check worker", () => {
  it("gives a valid program's digest, with the warnings placed on their lines by the worker", async () => {
    const checker = new ProgramChecker(realWorker);
    const result = await readPapersFromText(programText, (text) => checker.check(text));
    expect(result.ok).toBe(true);
    const expected = programToDigest((quickParseProgram(JSON.parse(programText)) as { program: Program }).program);
    expect(result.ok && result.value).toEqual(expected.digest);
    const warning = result.warnings.find((problem) => problem.path === `items[${sigmetrics.items.length}]`);
    expect(warning?.message).toContain("has no time in a final schedule");
    // Only a check of the text knows the line; without the worker the value is checked.
    expect(warning?.line).toBeGreaterThan(1);
  });

  it("words an invalid program's problems as without a worker", async () => {
    const checker = new ProgramChecker(realWorker);
    const broken = programText.replace(`"id": "untimed-paper"`, `"id": "untimed paper"`);
    const withWorker = await readPapersFromText(broken, (text) => checker.check(text));
    const without = await readPapersFromText(broken, () => undefined);
    expect(withWorker.ok).toBe(false);
    expect(withWorker).toEqual(without);
  });

  it("reads a digest as a digest, whatever the worker says of it", async () => {
    const checker = new ProgramChecker(realWorker);
    const text = JSON.stringify(syntheticDigestData(5));
    const result = await readPapersFromText(text, (asked) => checker.check(asked));
    expect(result.ok && result.value.papers.length).toBe(5);
  });
});
