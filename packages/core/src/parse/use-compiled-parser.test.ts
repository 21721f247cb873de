import { readFileSync } from "node:fs";
import fc from "fast-check";
import * as z from "zod/mini";
import { afterAll, describe, expect, it } from "vitest";
import { programSchema } from "../model/program.js";
import { parseProgram, setStructuralParserFactory } from "./parse-program.js";

// The Node build parses with zod's compiled parser, the browser build with the runtime one
// (see use-compiled-parser.ts). Both must give exactly the same answers.
const example = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8")) as Record<string, unknown>;

const withRuntimeParser = (input: unknown) => {
  setStructuralParserFactory(() => programSchema);
  return parseProgram(input);
};
const withCompiledParser = (input: unknown) => {
  setStructuralParserFactory(() => z.compile(programSchema));
  return parseProgram(input);
};

afterAll(() => setStructuralParserFactory(() => programSchema));

const mutation = fc.record({
  itemIndex: fc.nat(17),
  key: fc.constantFrom("title", "start", "end", "kind", "speakers", "duration", "titel", "room", "authors", "extra"),
  value: fc.jsonValue({ maxDepth: 2 }),
  drop: fc.boolean(),
});

describe("the compiled parser (Node build) and the runtime parser (browser build)", () => {
  it.each(["delta-2026.json", "sigmetrics-2026.json"])("accept %s alike", (name) => {
    expect(withCompiledParser(example(name))).toEqual(withRuntimeParser(example(name)));
  });

  it("give the same errors and warnings for any change to a valid program", () => {
    fc.assert(
      fc.property(mutation, ({ itemIndex, key, value, drop }) => {
        const program = example("delta-2026.json") as { items: Record<string, unknown>[] };
        const item = program.items[itemIndex]!;
        if (drop) delete item[key];
        else item[key] = value;
        expect(withCompiledParser(structuredClone(program))).toEqual(withRuntimeParser(structuredClone(program)));
      }),
      { numRuns: 150 },
    );
  });
});
