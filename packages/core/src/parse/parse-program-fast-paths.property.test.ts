import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { programSchema } from "../model/program.js";
import { parseProgram } from "./parse-program.js";
import { programPassesAsIs } from "./program-as-is.generated.js";
import { parseJsonText } from "./parse-json-text.js";
import { quickParseProgram, quickParseProgramJson, unreadableProgram } from "./quick-parse-program.js";
import { applyMutation, mutationArb } from "../../test/mutations.js";
import { validProgramArb } from "../../test/valid-program-arbitrary.js";

describe("programPassesAsIs (the generated quick check parseProgramJson runs before zod)", () => {
  it("says yes exactly when zod accepts, and zod's output is then the input itself", () => {
    let yes = 0;
    let no = 0;
    fc.assert(
      fc.property(validProgramArb, mutationArb, fc.boolean(), (program, mutation, mutate) => {
        const input = structuredClone(program) as Record<string, unknown>;
        if (mutate) applyMutation(input, mutation);
        const zod = programSchema.safeParse(input);
        const quick = programPassesAsIs(input);
        if (quick) yes += 1;
        else no += 1;
        expect(quick).toBe(zod.success);
        if (zod.success) expect(zod.data).toEqual(input);
      }),
      { numRuns: 300 },
    );
    // The property would hold vacuously if the check always said the same.
    expect(yes).toBeGreaterThan(50);
    expect(no).toBeGreaterThan(50);
  });
});

describe("quickParseProgramJson and quickParseProgram (the path without zod)", () => {
  it("answer exactly as parseProgramJson and parseProgram whenever they answer, and answer every valid program", () => {
    let answered = 0;
    let left = 0;
    fc.assert(
      fc.property(validProgramArb, mutationArb, fc.boolean(), (program, mutation, mutate) => {
        const input = structuredClone(program) as Record<string, unknown>;
        if (mutate) applyMutation(input, mutation);
        const text = JSON.stringify(input, null, 1);
        const quickText = quickParseProgramJson(text);
        const quickValue = quickParseProgram(input);
        if (quickText) answered += 1;
        else left += 1;
        // Against zod's path on the parsed value: parseProgramJson itself tries the generated check first.
        if (quickText) expect(quickText).toEqual(parseJsonText(text, parseProgram, unreadableProgram));
        if (quickValue) expect(quickValue).toEqual(parseProgram(input));
        expect(quickValue === undefined).toBe(quickText === undefined);
        if (!mutate) expect(quickText).toBeDefined();
      }),
      { numRuns: 200 },
    );
    expect(answered).toBeGreaterThan(50);
    expect(left).toBeGreaterThan(20);
  });
});
