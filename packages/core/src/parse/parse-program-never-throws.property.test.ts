import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseProgramJson } from "./parse-program-json.js";
import { formatPath } from "./problem.js";
import { applyMutation, mutationArb } from "../../test/mutations.js";
import { expectWellFormed, parseSafely, withoutPositions } from "../../test/parse-result-shape.js";
import { zones } from "../../test/program-field-arbitraries.js";
import { validProgramArb } from "../../test/valid-program-arbitrary.js";

describe("parseProgram never throws, and always returns a well-formed result", () => {
  it("on any JavaScript value", () => {
    fc.assert(
      fc.property(
        fc.anything({
          maxDepth: 3,
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
        }),
        (input) => {
          parseSafely(input);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("on any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        parseSafely(input);
      }),
      { numRuns: 300 },
    );
  });

  it("on objects shaped like programs whose fields hold anything", () => {
    const anything = fc.anything({ maxDepth: 2, withNullPrototype: true, withBoxedValues: true });
    const itemLike = fc.dictionary(
      fc.constantFrom("id", "kind", "title", "start", "end", "duration", "speakers", "room", "tba", "extra"),
      anything,
    );
    fc.assert(
      fc.property(
        fc.record(
          {
            event: fc.record(
              {
                title: anything,
                kind: anything,
                startDate: anything,
                timeZone: fc.oneof(anything, fc.constantFrom(...zones)),
              },
              { requiredKeys: [] },
            ),
            people: fc.array(fc.dictionary(fc.constantFrom("id", "name", "tba", "orcid"), anything), { maxLength: 3 }),
            sessions: fc.array(fc.dictionary(fc.constantFrom("id", "title", "items", "start", "end"), anything), {
              maxLength: 2,
            }),
            items: fc.array(itemLike, { maxLength: 4 }),
          },
          { requiredKeys: [] },
        ),
        (input) => {
          parseSafely(input);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("on valid programs with one random change (a key deleted, a value replaced, a field added)", () => {
    fc.assert(
      fc.property(validProgramArb, mutationArb, (program, mutation) => {
        const input = structuredClone(program);
        const { path, addedField } = applyMutation(input, mutation);
        const result = parseSafely(input);

        // A field the model does not know is an error at its path, except in free-form extra.
        if (addedField && !path.includes("extra")) {
          expect(result.ok).toBe(false);
          expect(result.ok ? [] : result.errors.map((error) => error.path)).toContain(formatPath(addedField));
        }

        // Through JSON text: the same problems, now with positions.
        const fromText = parseProgramJson(JSON.stringify(input));
        expectWellFormed(fromText);
        expect(fromText.ok).toBe(result.ok);
        if (!fromText.ok && !result.ok)
          expect(withoutPositions(fromText.errors)).toEqual(withoutPositions(result.errors));
        expect(withoutPositions(fromText.warnings)).toEqual(withoutPositions(result.warnings));
      }),
      { numRuns: 80 },
    );
  });
});
