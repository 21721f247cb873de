import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ParseResult } from "./parse-program.js";
import { parseProgramJson } from "./parse-program-json.js";
import { serializeProgram } from "./serialize-program.js";
import { expectWellFormed } from "../../test/parse-result-shape.js";
import { validProgramArb } from "../../test/valid-program-arbitrary.js";

describe("parseProgramJson never throws, and always returns a well-formed result", () => {
  it("on any text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.json()), (text) => {
        let result: ParseResult | undefined;
        expect(() => (result = parseProgramJson(text))).not.toThrow();
        expectWellFormed(result!);
      }),
      { numRuns: 300 },
    );
  });

  it("on valid program text cut short or with one character changed, giving every problem a line and column", () => {
    fc.assert(
      fc.property(
        validProgramArb,
        fc.nat(),
        fc.constantFrom("cut", "replace"),
        fc.constantFrom("}", "]", ",", '"', ":", "x", "\\", "1", " "),
        (program, where, change, char) => {
          const text = serializeProgram(program as never);
          const at = where % text.length;
          const broken = change === "cut" ? text.slice(0, at) : text.slice(0, at) + char + text.slice(at + 1);
          let result: ParseResult | undefined;
          expect(() => (result = parseProgramJson(broken))).not.toThrow();
          expectWellFormed(result!);
          const lineCount = broken.split("\n").length;
          for (const problem of [...(result!.ok ? [] : result!.errors), ...result!.warnings]) {
            // Syntax errors without a position are reported in parse-program-json.test.ts.
            if (problem.line === undefined) continue;
            expect(problem.line).toBeLessThanOrEqual(lineCount);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
