import type * as z from "zod/mini";
import { anyValue, fieldCheckName } from "../model/field-check.js";

/** A zod check as far as the generator reads it: its constructors' names and its definition. */
interface CheckInternals {
  readonly _zod: {
    readonly traits: ReadonlySet<string>;
    readonly def: {
      readonly when?: unknown;
      readonly pattern?: unknown;
      readonly format?: string;
      readonly value?: unknown;
      readonly inclusive?: boolean;
      readonly minimum?: number;
      readonly maximum?: number;
    };
  };
}

/** A schema as far as the generator reads it. */
interface SchemaInternals {
  readonly def: {
    readonly type: string;
    readonly checks?: readonly CheckInternals[];
    readonly coerce?: boolean;
    readonly shape?: Record<string, z.ZodMiniType>;
    readonly catchall?: z.ZodMiniType;
    readonly element?: z.ZodMiniType;
    readonly innerType?: z.ZodMiniType;
    readonly keyType?: z.ZodMiniType;
    readonly valueType?: z.ZodMiniType;
    readonly partial?: boolean;
    readonly mode?: string;
    readonly fn?: unknown;
  };
  readonly traits: ReadonlySet<string>;
  readonly optin?: string;
  readonly values?: ReadonlySet<unknown>;
}

const internals = (schema: z.ZodMiniType) => (schema as unknown as { _zod: SchemaInternals })._zod;

/** What to call the generated check, and where its module finds `fieldProblems`. */
export interface AsIsCheckOptions {
  /** The exported function's name, such as `programPassesAsIs`. */
  readonly exportName: string;
  /** What the JSDoc calls the schema, such as `programSchema`. */
  readonly schemaName: string;
  /** The module specifier of model/field-problems.ts, as seen from the generated file. */
  readonly fieldProblemsFrom: string;
}

/**
 * Writes a TypeScript module whose one export says whether a value passes `schema` *and* zod
 * would return it unchanged, as straight-line code: no zod at run time, no schema objects
 * built. Regular expressions, bounds and enums are written out; the model's other checks are
 * calls to the same `fieldProblems` functions the schema runs (see model/field-check.ts).
 *
 * Throws, naming the place, on anything it cannot write exactly: a stripping (non-strict)
 * object, coercion, a transform, a union, a check it does not know. So a change to the model
 * that the quick check cannot follow fails the test that regenerates it, instead of making the
 * quick check wrong.
 */
export function generateAsIsCheck(schema: z.ZodMiniType, options: AsIsCheckOptions): string {
  const writer = new CheckWriter();
  const root = writer.functionFor(schema, [options.schemaName.replace(/Schema$/, "")]);
  const imports = writer.usesFieldProblems
    ? `import { fieldProblems } from ${JSON.stringify(options.fieldProblemsFrom)};\n\n`
    : "";
  return `// Generated from ${options.schemaName} by parse/generate-as-is-check.ts: do not edit.
// \`npm run generate -w @lectern/core\` writes it again; a test fails while it is out of date.
${imports}${writer.constants.join("\n")}${writer.constants.length > 0 ? "\n\n" : ""}${writer.functions.join("\n\n")}

/**
 * True when \`value\` passes \`${options.schemaName}\` and zod's output would be the value itself;
 * false means "not certain" (zod then gives the answer and the messages).
 */
export function ${options.exportName}(value: unknown): boolean {
  return ${root}(value);
}
`;
}

class CheckWriter {
  readonly constants: string[] = [];
  readonly functions: string[] = [];
  usesFieldProblems = false;
  private readonly nameOfSchema = new Map<z.ZodMiniType, string>();
  private readonly nameOfBody = new Map<string, string>();
  private readonly nameOfConstant = new Map<string, string>();
  private readonly takenNames = new Set<string>();

  /** The name of a function that tests a value against `schema` (an object or an array). */
  functionFor(schema: z.ZodMiniType, path: readonly string[]): string {
    const known = this.nameOfSchema.get(schema);
    if (known) return known;
    const zod = internals(schema);
    const type = zod.def.type;
    if (type !== "object" && type !== "record" && type !== "array") fail(path, `a schema of type "${type}"`);
    const name = this.freshName(path);
    // Taken before the body is written: a schema that contains itself calls its own name.
    this.nameOfSchema.set(schema, name);
    const body =
      type === "object"
        ? this.objectBody(zod, path)
        : type === "record"
          ? this.recordBody(zod, path)
          : this.arrayBody(zod, path);
    const same = this.nameOfBody.get(body);
    if (same) {
      this.nameOfSchema.set(schema, same);
      this.takenNames.delete(name);
      return same;
    }
    this.nameOfBody.set(body, name);
    this.functions.push(`function ${name}(value: unknown): boolean {\n${body}\n}`);
    return name;
  }

  /**
   * The name of a function that tests one field's (or element's) value: an object's, an
   * array's or a record's own function, or a small one for anything else, shared by every
   * field with the same test (most are lines of text and ids), which keeps the generated code
   * about half as large as writing every test in place.
   */
  private fieldFunction(schema: z.ZodMiniType, path: readonly string[]): string {
    const type = internals(schema).def.type;
    if (type === "object" || type === "record" || type === "array") return this.functionFor(schema, path);
    const body = `  return ${this.test(schema, "value", path)};`;
    const known = this.nameOfBody.get(body);
    if (known) return known;
    const name = this.freshName(["is", this.nameOfTest(schema, path)]);
    this.nameOfBody.set(body, name);
    this.functions.push(`function ${name}(value: unknown): boolean {\n${body}\n}`);
    return name;
  }

  /** What a test checks, as part of a name: `optionalStringPattern7`, `numberIntOver0`. */
  private nameOfTest(schema: z.ZodMiniType, path: readonly string[]): string {
    const zod = internals(schema);
    const def = zod.def;
    const checks = (def.checks ?? []).map((check) => {
      const name = fieldCheckName(check);
      if (name !== undefined) return capitalised(name);
      const { traits, def: checkDef } = check._zod;
      if (traits.has("$ZodCheckRegex")) return capitalised(this.constant("pattern", String(checkDef.pattern)));
      if (traits.has("$ZodCheckNumberFormat")) return "Int";
      if (traits.has("$ZodCheckGreaterThan")) return `${checkDef.inclusive ? "Min" : "Over"}${String(checkDef.value)}`;
      if (traits.has("$ZodCheckLessThan")) return `${checkDef.inclusive ? "Max" : "Under"}${String(checkDef.value)}`;
      return "Checked";
    });
    switch (def.type) {
      case "optional":
        return `optional${capitalised(this.nameOfTest(def.innerType!, path))}`;
      case "object":
      case "record":
      case "array":
        return this.functionFor(schema, path);
      case "enum":
      case "literal": {
        const values = [...(zod.values ?? [])];
        return values.length <= 4
          ? `oneOf${values.map((value) => capitalised(String(value).replace(/[^A-Za-z0-9]/g, ""))).join("")}`
          : this.constant("values", this.valuesSet(values));
      }
      case "custom":
        return checks.length > 0 ? checks.join("") : "anything";
      default:
        return `${def.type}${checks.join("")}`;
    }
  }

  private freshName(path: readonly string[]): string {
    const base = path
      .map((part, index) => (index === 0 ? part : capitalised(part)))
      .join("")
      .replace(/[^A-Za-z0-9_$]/g, "_");
    let name = base;
    for (let count = 2; this.takenNames.has(name); count += 1) name = `${base}${count}`;
    this.takenNames.add(name);
    return name;
  }

  private constant(prefix: string, code: string): string {
    const known = this.nameOfConstant.get(code);
    if (known) return known;
    const name = `${prefix}${this.nameOfConstant.size}`;
    this.nameOfConstant.set(code, name);
    this.constants.push(`const ${name} = ${code};`);
    return name;
  }

  private objectBody(zod: SchemaInternals, path: readonly string[]): string {
    const def = zod.def;
    // Only strict objects: a stripping object's output would lack the input's unknown keys.
    if (def.catchall === undefined || internals(def.catchall).def.type !== "never")
      fail(path, "an object that is not strict (zod's output would drop unknown keys)");
    const keys = Object.keys(def.shape!);
    const known = this.constant("keys", `new Set([${keys.map((key) => JSON.stringify(key)).join(", ")}])`);
    const tests = keys.map(
      (key) => `${this.fieldFunction(def.shape![key]!, [...path, key])}(record[${JSON.stringify(key)}])`,
    );
    const checks = this.checks(zod, "record", path);
    if (checks) tests.push(checks);
    return [
      `  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;`,
      `  const record = value as Record<string, unknown>;`,
      // for…in also sees an own "__proto__" key from JSON.parse, which is unknown here too.
      `  for (const key in record) if (!${known}.has(key)) return false;`,
      tests.length === 0 ? `  return true;` : `  return (\n    ${tests.join(" &&\n    ")}\n  );`,
    ].join("\n");
  }

  private recordBody(zod: SchemaInternals, path: readonly string[]): string {
    const def = zod.def;
    // A partial record of enum keys (minutes per item kind): every key is one of the values.
    const keys = def.keyType ? internals(def.keyType).values : undefined;
    if (!def.partial || def.mode !== undefined || keys === undefined || keys.has("__proto__"))
      fail(path, "a record other than a partial record with enum keys");
    const entry = this.fieldFunction(def.valueType!, [...path, "entry"]);
    return [
      `  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;`,
      // zod's record takes only plain objects (JSON's); anything else is left to zod.
      `  const prototype = Object.getPrototypeOf(value) as unknown;`,
      `  if (prototype !== Object.prototype && prototype !== null) return false;`,
      // zod's record also walks Symbol keys (and refuses them); for…in does not see them.
      `  if (Object.getOwnPropertySymbols(value).length > 0) return false;`,
      `  const record = value as Record<string, unknown>;`,
      // An own "__proto__" key is not among the keys: zod would drop it from its output.
      `  for (const key in record) {`,
      `    if (!(${this.oneOfValues([...keys!], "key", path)})) return false;`,
      `    if (!${entry}(record[key])) return false;`,
      `  }`,
      `  return ${this.checks(zod, "record", path) ?? "true"};`,
    ].join("\n");
  }

  private arrayBody(zod: SchemaInternals, path: readonly string[]): string {
    const element = this.fieldFunction(zod.def.element!, [...path, "element"]);
    return [
      `  if (!Array.isArray(value)) return false;`,
      `  for (const element of value) if (!${element}(element)) return false;`,
      `  return ${this.checks(zod, "value", path) ?? "true"};`,
    ].join("\n");
  }

  /** An expression that is true when `variable` passes `schema` and would be output unchanged. */
  private test(schema: z.ZodMiniType, variable: string, path: readonly string[]): string {
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

  private oneOf(zod: SchemaInternals, variable: string, path: readonly string[]): string {
    return this.oneOfValues([...(zod.values ?? fail(path, "an enum without values"))], variable, path);
  }

  private oneOfValues(values: readonly unknown[], variable: string, path: readonly string[]): string {
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

  private valuesSet(values: readonly unknown[]): string {
    return `new Set<unknown>([${values.map((value) => JSON.stringify(value)).join(", ")}])`;
  }

  /** The schema's own checks (patterns, bounds, field checks) as one expression, or undefined. */
  private checks(zod: SchemaInternals, variable: string, path: readonly string[]): string | undefined {
    const tests = (zod.def.checks ?? []).map((check) => this.check(check, zod.def.type, variable, path));
    return tests.length > 0 ? tests.join(" && ") : undefined;
  }

  private check(check: CheckInternals, type: string, variable: string, path: readonly string[]): string {
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

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function fail(path: readonly string[], what: string): never {
  throw new Error(`generateAsIsCheck cannot write out ${what}, at ${path.join(".")}`);
}
