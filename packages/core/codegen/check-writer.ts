import type * as z from "zod/mini";
import { fieldCheckName } from "../src/model/field-check.js";
import { CheckExpressions } from "./check-expressions.js";
import { capitalised, fail, internals, type SchemaInternals } from "./zod-internals.js";

/**
 * Writes the functions of a generated check: one per object, array or record schema, and one
 * per distinct field test, each named after what it checks and shared by every schema with
 * the same body.
 */
export class CheckWriter extends CheckExpressions {
  readonly constants: string[] = [];
  readonly functions: string[] = [];
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

  protected constant(prefix: string, code: string): string {
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
}
