import type * as z from "zod/mini";
import { anyValue, fieldCheckName } from "../src/model/field-check.js";
import { fail, internals, type CheckInternals, type SchemaInternals } from "./zod-internals.js";

/**
 * The expressions of the generated check: one value against one schema, written out. Apart
 * from CheckWriter (which names and shares the functions) so each file holds one job; the two
 * meet in the abstract members below, since an expression may call a function for a nested
 * object and may hoist a constant (a regular expression, a set of values).
 */
export abstract class CheckExpressions {
  /** Whether the generated module must import `fieldProblems` (a model check was called). */
  usesFieldProblems = false;

  /** The name of a function that tests a value against `schema` (an object or an array). */
  abstract functionFor(schema: z.ZodMiniType, path: readonly string[]): string;

  /** The name of a module-level constant holding `code`, written once. */
  protected abstract constant(prefix: string, code: string): string;

  /** An expression that is true when `variable` passes `schema` and would be output unchanged. */
  protected test(schema: z.ZodMiniType, variable: string, path: readonly string[]): string {
    const zod = internals(schema);
    const def = zod.def;
    if (def.coerce) fail(path, "coercion (zod's output would differ from the input)");
    // A schema that is itself a check (z.int(), z.email(), z.iso.date()) runs that check on
    // top of its type's, and z.exactOptional refuses a present undefined: neither is written out.
    if (zod.traits.has("$ZodCheck") && def.type !== "custom")
      fail(path, `a schema that is itself a check (${[...zod.traits][0] ?? def.type})`);
    if (zod.traits.has("$ZodExactOptional")) fail(path, "an exact optional (a present undefined is refused)");
    const both = (typeTest: string) => {
      const checks = this.checks(zod, variable, path);
      return checks ? `${typeTest} && ${checks}` : typeTest;
    };
    switch (def.type) {
      case "optional": {
        if (def.checks?.length) fail(path, "checks on an optional schema");
        // An absent optional field passes; zod leaves it absent too.
        const mayBeAbsent = zod.optin === "optional";
        const inner = this.test(def.innerType!, variable, path);
        return mayBeAbsent ? `(${variable} === undefined || ${inner})` : `(${variable} !== undefined && ${inner})`;
      }
      case "string":
        return both(`typeof ${variable} === "string"`);
      case "number":
        return both(`typeof ${variable} === "number" && Number.isFinite(${variable})`);
      case "boolean":
        return both(`typeof ${variable} === "boolean"`);
      case "enum":
      case "literal":
        return both(this.oneOf(zod, variable, path));
      case "object":
      case "record":
      case "array":
        return `${this.functionFor(schema, path)}(${variable})`;
      case "custom":
        if (def.fn !== anyValue)
          fail(
            path,
            "a custom schema with its own test (only z.custom(anyValue) with field checks can be written out)",
          );
        return this.checks(zod, variable, path) ?? "true";
      default:
        return fail(path, `a schema of type "${def.type}"`);
    }
  }

  protected oneOf(zod: SchemaInternals, variable: string, path: readonly string[]): string {
    return this.oneOfValues([...(zod.values ?? fail(path, "an enum without values"))], variable, path);
  }

  protected oneOfValues(values: readonly unknown[], variable: string, path: readonly string[]): string {
    for (const value of values) {
      if (!(
        typeof value === "string" ||
        typeof value === "boolean" ||
        value === null ||
        (typeof value === "number" && Number.isFinite(value))
      )) {
        fail(path, `an enum value that JSON cannot hold (${String(value)})`);
      }
    }
    const literals = values.map((value) => JSON.stringify(value));
    if (values.length <= 4) return `(${literals.map((literal) => `${variable} === ${literal}`).join(" || ")})`;
    return `${this.constant("values", this.valuesSet(values))}.has(${variable})`;
  }

  protected valuesSet(values: readonly unknown[]): string {
    return `new Set<unknown>([${values.map((value) => JSON.stringify(value)).join(", ")}])`;
  }

  /** The schema's own checks (patterns, bounds, field checks) as one expression, or undefined. */
  protected checks(zod: SchemaInternals, variable: string, path: readonly string[]): string | undefined {
    const tests = (zod.def.checks ?? []).map((check) => this.check(check, zod.def.type, variable, path));
    return tests.length > 0 ? tests.join(" && ") : undefined;
  }

  protected check(check: CheckInternals, type: string, variable: string, path: readonly string[]): string {
    const name = fieldCheckName(check);
    if (name !== undefined) {
      this.usesFieldProblems = true;
      return `fieldProblems.${name}(${variable}) === undefined`;
    }
    const { traits, def } = check._zod;
    const isLength = traits.has("$ZodCheckMinLength") || traits.has("$ZodCheckMaxLength");
    // zod gives length checks a `when` of their own (run only on values with a length); any
    // other condition is not written out.
    if (def.when !== undefined && !isLength) fail(path, "a check that runs only under a condition");
    if (traits.has("$ZodCheckRegex") && def.pattern instanceof RegExp) {
      const pattern = this.constant("pattern", String(def.pattern));
      // A global or sticky expression keeps lastIndex between tests; zod resets it.
      return def.pattern.global || def.pattern.sticky
        ? `((${pattern}.lastIndex = 0), ${pattern}.test(${variable}))`
        : `${pattern}.test(${variable})`;
    }
    if (traits.has("$ZodCheckNumberFormat")) {
      if (def.format !== "safeint") fail(path, `the number format "${def.format}"`);
      return `Number.isSafeInteger(${variable})`;
    }
    if ((traits.has("$ZodCheckGreaterThan") || traits.has("$ZodCheckLessThan")) && typeof def.value === "number") {
      const operator = traits.has("$ZodCheckGreaterThan") ? (def.inclusive ? ">=" : ">") : def.inclusive ? "<=" : "<";
      return `${variable} ${operator} ${def.value}`;
    }
    // zod counts a string's length in code points; only arrays' lengths are written out.
    if (isLength && type === "array") {
      return traits.has("$ZodCheckMinLength")
        ? `${variable}.length >= ${def.minimum}`
        : `${variable}.length <= ${def.maximum}`;
    }
    return fail(path, `the check ${[...traits].find((trait) => trait !== "$ZodCheck") ?? "$ZodCheck (a refinement)"}`);
  }
}
