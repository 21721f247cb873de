import type { z } from "zod";
import { knownKeysAt } from "./known-keys.js";
import { problemAt, type PathSegment, type ProgramProblem } from "./problem.js";
import { suggestName } from "./suggest-name.js";

/** What kind of JSON value something is, in words: "a number (42)", "an array", "nothing". */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case "number":
      return `the number ${value}`;
    case "boolean":
      return `${value}`;
    case "object":
      return "an object";
    default:
      return `a ${typeof value}`;
  }
}

const expectedWords: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "an array",
  object: "an object",
  record: "an object",
};

/**
 * Turns zod's issues into problems a webmaster can act on, with the path and, for a misspelt
 * field, the field that was probably meant.
 */
export function describeStructuralIssues(
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
): ProgramProblem[] {
  const problems: ProgramProblem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== "symbol");
    switch (issue.code) {
      case "unrecognized_keys": {
        const known = knownKeysAt(schema, path);
        for (const key of issue.keys) {
          const suggestion = suggestName(key, known);
          const hint = suggestion
            ? `; did you mean "${suggestion}"?`
            : known.length > 0
              ? `; known fields here: ${known.join(", ")}`
              : "";
          problems.push(problemAt([...path, key], `unknown field "${key}"${hint}`));
        }
        break;
      }
      case "invalid_type": {
        const input = (issue as { input?: unknown }).input;
        const expected = expectedWords[issue.expected] ?? issue.expected;
        problems.push(
          problemAt(
            path,
            input === undefined ? `is required (${expected})` : `expected ${expected}, found ${describeValue(input)}`,
          ),
        );
        break;
      }
      case "invalid_value": {
        const input = (issue as { input?: unknown }).input;
        const allowed = issue.values.map((value) => String(value));
        const suggestion = typeof input === "string" ? suggestName(input, allowed) : undefined;
        problems.push(
          problemAt(
            path,
            `${describeValue(input)} is not allowed; expected one of: ${allowed.join(", ")}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`,
          ),
        );
        break;
      }
      default:
        problems.push(problemAt(path, issue.message));
    }
  }
  return problems;
}
