import { describe, expect, it } from "vitest";
import { minimalProgram } from "../../test/program-builder.js";
import { maxReportedProblems } from "./bound-problems.js";
import { scanJson } from "./json-positions.js";
import { parseProgram } from "./parse-program.js";
import { parseProgramJson } from "./parse-program-json.js";

// Issue 18 ("Lower"): big inputs gave "could not be read" instead of their problems.
const eightMiB = 8 * 1024 * 1024;

describe("parseProgramJson on a single string of 8 MiB", () => {
  it("places a problem beside it instead of answering 'could not be read'", () => {
    const program = minimalProgram();
    // The long string comes before the problem, so the position scan has to cross it.
    program.event = { ...program.event, title: "x".repeat(eightMiB), kind: "nope" as "workshop" };
    const text = JSON.stringify(program);
    const result = parseProgramJson(text);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((error) => error.path)).toEqual(["event.kind"]);
    expect(errors[0]!.line).toBe(1);
    expect(errors[0]!.column).toBe(text.indexOf('"kind"') + 1);
  });

  it("reports the string itself when it is the problem (an id far too long)", () => {
    const program = minimalProgram();
    program.items = [{ id: "x".repeat(eightMiB), kind: "keynote", title: "Opening" }];
    const result = parseProgramJson(JSON.stringify(program));
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((error) => error.path)).toEqual(["items[0].id"]);
    expect(errors[0]!.message).not.toContain("could not be read");
    expect(errors[0]!.message.length).toBeLessThan(300);
  });

  it("is scanned for positions, escapes and all", () => {
    const text = `{"a": "${"\\u0041\\n".repeat(eightMiB / 8)}", "b": 1}`;
    const { positions, errorOffset } = scanJson(text);
    expect(errorOffset).toBeUndefined();
    expect(positions.get("b")).toBe(text.indexOf('"b"'));
  });

  it("still finds a bad escape or a raw control character in it", () => {
    const long = "x".repeat(eightMiB);
    expect(scanJson(`{"a": "${long}\\q"}`).errorOffset).toBe(7 + eightMiB);
    expect(scanJson(`{"a": "${long}\u0001"}`).errorOffset).toBe(7 + eightMiB);
    expect(scanJson(`{"a": "${long}`).errorOffset).toBe(7 + eightMiB);
  });
});

describe("a program with 130,000 problems", () => {
  // Numbers where items belong: one problem each, and cheap to check, so the test stays quick.
  const items = (count: number) => Array.from({ length: count }, (_, index) => index);

  it("keeps the first problems and ends with one saying how many more (zod's spread does not overflow)", () => {
    const program = minimalProgram();
    program.items = items(130_000);
    const result = parseProgram(program);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(maxReportedProblems);
    expect(errors[0]!.path).toBe("items[0]");
    expect(errors.at(-2)!.path).toBe(`items[${maxReportedProblems - 2}]`);
    expect(errors.at(-1)!.message).toBe(
      `and ${130_000 - maxReportedProblems + 1} more errors (only the first ${maxReportedProblems - 1} are listed; fix those and parse again)`,
    );
  });

  it("does the same from JSON text, each kept problem with its line", () => {
    const program = minimalProgram();
    program.items = items(130_000);
    const result = parseProgramJson(JSON.stringify(program, null, 1));
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(maxReportedProblems);
    expect(errors.slice(0, -1).every((error) => error.line !== undefined)).toBe(true);
    expect(errors.at(-1)!.message).toMatch(/^and 129001 more errors/);
  });

  it("bounds warnings the same way (130,000 untimed items in a final schedule)", () => {
    const program = minimalProgram();
    program.items = Array.from({ length: 130_000 }, (_, index) => ({ id: `i${index}`, kind: "keynote", title: "T" }));
    const result = parseProgram(program);
    expect(result.ok).toBe(true);
    expect(result.warnings).toHaveLength(maxReportedProblems);
    expect(result.warnings.at(-1)!.message).toMatch(/^and 129001 more warnings/);
  });
});
