import * as z from "zod/mini";
import { fieldProblems, type FieldProblemName } from "./field-problems.js";

const namesOfChecks = new WeakMap<object, FieldProblemName>();

/**
 * A zod check that reports `fieldProblems[name]` (see field-problems.ts). The check remembers
 * its name, so the generator of the quick check (packages/core/codegen/generate-as-is-check.ts) can call the
 * same function by name.
 */
export function fieldCheck<Name extends FieldProblemName>(
  name: Name,
): z.core.$ZodCheck<Parameters<(typeof fieldProblems)[Name]>[0]> {
  const problemOf = fieldProblems[name] as (value: unknown) => string | undefined;
  const check = z.check<Parameters<(typeof fieldProblems)[Name]>[0]>((ctx) => {
    const problem = problemOf(ctx.value);
    if (problem !== undefined) ctx.issues.push({ code: "custom", message: problem, input: ctx.value });
  });
  namesOfChecks.set(check, name);
  return check;
}

/** The field check's name, when `check` was made by `fieldCheck`. */
export function fieldCheckName(check: object): FieldProblemName | undefined {
  return namesOfChecks.get(check);
}

/**
 * The test of a `z.custom` schema that leaves everything to its checks (free-form `extra`
 * data): one named function rather than zod's default, so the generator can tell.
 */
export function anyValue(): boolean {
  return true;
}
