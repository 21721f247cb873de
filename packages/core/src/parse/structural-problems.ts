import type * as z from "zod/mini";
import { describeValue } from "../model/describe-value.js";
import { knownKeysAt } from "./known-keys.js";
import { problemAt, type PathSegment, type ProgramProblem } from "./problem.js";
import { suggestName } from "./suggest-name.js";

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
export function describeStructuralIssues(issues: readonly z.core.$ZodIssue[], schema: z.ZodMiniType): ProgramProblem[] {
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
        const message =
          input === undefined
            ? `is required; expected one of: ${allowed.join(", ")}`
            : `${describeValue(input)} is not allowed; expected one of: ${allowed.join(", ")}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`;
        problems.push(problemAt(path, message));
        break;
      }
      default:
        problems.push(problemAt(path, issue.message));
    }
  }
  return problems;
}
