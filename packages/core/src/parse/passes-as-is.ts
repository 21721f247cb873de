import type * as z from "zod/mini";

/** A zod check as zod runs it: it reads `payload.value` and pushes to `payload.issues`. */
interface CheckPayload {
  value: unknown;
  issues: unknown[];
}

/** A zod check's internals: its constructors' names (`traits`), its definition and its run. */
interface ZodCheckInternals {
  readonly _zod: {
    readonly traits?: ReadonlySet<string>;
    readonly def: { readonly when?: (payload: CheckPayload) => boolean; readonly pattern?: unknown };
    check(payload: CheckPayload): unknown;
  };
}

interface ZodInternals {
  readonly def: {
    readonly type: string;
    readonly checks?: readonly ZodCheckInternals[];
    readonly coerce?: boolean;
    readonly shape?: Record<string, z.ZodMiniType>;
    readonly catchall?: z.ZodMiniType;
    readonly element?: z.ZodMiniType;
    readonly innerType?: z.ZodMiniType;
  };
  readonly optin?: string;
  readonly values?: ReadonlySet<unknown>;
  run(payload: CheckPayload, ctx: object): CheckPayload | Promise<CheckPayload>;
}

const internals = (schema: z.ZodMiniType) => (schema as unknown as { _zod: ZodInternals })._zod;

/** A compiled check: true when a value passes and zod would output it unchanged. */
type AsIsCheck = (value: unknown) => boolean;

const never: AsIsCheck = () => false;
const compiled = new WeakMap<object, AsIsCheck>();

/**
 * The regular expression of a check that is only `pattern.test(value)` (zod's `regex`, as
 * the model's ids and texts use it), or undefined for any other check.
 */
function regexOf(check: ZodCheckInternals): RegExp | undefined {
  const zod = check._zod;
  if (zod.def.when !== undefined || !zod.traits?.has("$ZodCheckRegex")) return undefined;
  return zod.def.pattern instanceof RegExp ? zod.def.pattern : undefined;
}

/** The schema's own checks (refinements, formats) as one function, or undefined if none. */
function ownChecks(schema: ZodInternals): AsIsCheck | undefined {
  const checks = schema.def.checks;
  if (!checks || checks.length === 0) return undefined;
  const patterns = checks.map(regexOf);
  if (patterns.every((pattern) => pattern !== undefined)) {
    // Only regular expressions (every id and text of a program): tested directly, without
    // zod's payload and issue objects, which are most of what this walk allocates.
    return (value) => {
      for (const pattern of patterns) {
        pattern.lastIndex = 0;
        if (!pattern.test(value as string)) return false;
      }
      return true;
    };
  }
  return (value) => {
    const payload: CheckPayload = { value, issues: [] };
    for (const check of checks) {
      if (check._zod.def.when && !check._zod.def.when(payload)) continue;
      if (check._zod.check(payload) instanceof Promise) return false;
      if (payload.issues.length > 0) return false;
    }
    return true;
  };
}

/** The compiled check of a schema, built once per schema object. */
function checkFor(schema: z.ZodMiniType): AsIsCheck {
  let check = compiled.get(schema);
  if (check === undefined) {
    // A schema that contains itself reaches this entry while it is being compiled.
    let built: AsIsCheck | undefined;
    compiled.set(schema, (value) => built!(value));
    built = compile(internals(schema));
    compiled.set(schema, built);
    check = built;
  }
  return check;
}

function compile(zod: ZodInternals): AsIsCheck {
  const def = zod.def;
  if (def.coerce) return never;
  const checks = ownChecks(zod);
  switch (def.type) {
    case "optional": {
      const inner = checkFor(def.innerType!);
      const mayBeAbsent = zod.optin === "optional";
      return (value) => (value === undefined ? mayBeAbsent : inner(value));
    }
    case "string":
      return checks ? (value) => typeof value === "string" && checks(value) : (value) => typeof value === "string";
    case "number":
      return (value) => typeof value === "number" && Number.isFinite(value) && (checks === undefined || checks(value));
    case "boolean":
      return (value) => typeof value === "boolean" && (checks === undefined || checks(value));
    case "enum":
    case "literal": {
      const values = zod.values;
      if (values === undefined) return never;
      return (value) => values.has(value) && (checks === undefined || checks(value));
    }
    case "array": {
      const element = checkFor(def.element!);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (const item of value) if (!element(item)) return false;
        return checks === undefined || checks(value);
      };
    }
    case "object": {
      // Only strict objects: a stripping object's output would lack the input's unknown keys.
      if (def.catchall === undefined || internals(def.catchall).def.type !== "never") return never;
      const shape = def.shape!;
      const allowed = new Set(Object.keys(shape));
      const fields = Object.keys(shape).map((key) => ({ key, check: checkFor(shape[key]!), optional: internals(shape[key]!).optin === "optional" }));
      return (value) => {
        if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
        const record = value as Record<string, unknown>;
        for (const key in record) if (!allowed.has(key)) return false;
        for (const { key, check, optional } of fields) {
          const field = record[key];
          // An absent optional field passes; zod leaves it absent too.
          if (field === undefined && optional && !(key in record)) continue;
          if (!check(field)) return false;
        }
        return checks === undefined || checks(value);
      };
    }
    case "custom":
    case "record":
      // zod itself, for this value only. Its output for these is the input (custom) or a copy
      // with the same keys and values (a record of types that are not rewritten).
      return (value) => {
        const result = zod.run({ value, issues: [] }, {});
        return !(result instanceof Promise) && result.issues.length === 0;
      };
    default:
      return never;
  }
}

/**
 * True when `value` passes `schema` and zod's output would equal the value itself, decided
 * without building zod's copy. False means "not certain": the caller runs zod, which gives the
 * real answer and the messages. So this only ever says yes to what zod accepts unchanged.
 *
 * Why: a valid program is the common case, and zod copies every object it checks and
 * allocates a payload per field. On FOSDEM 2024 (876 items) in a freshly loaded page that
 * costs 27 to 47 ms, the largest piece of the time before `<schedule-grid>` can draw; this walk
 * runs the very same checks (zod's own check objects, so regexes, dates and zones are judged
 * by the model's code) on the value as it is. Each schema is turned into a function once
 * (closures, not generated code, so a page whose CSP forbids eval is fine): the walk then
 * does no dispatch on schema types and no lookups in zod's internals per value, which made
 * the first walk of FOSDEM about twice as fast.
 *
 * Knows the schema types the model uses and whose output is the input: strict objects,
 * optional, arrays, strings, numbers, booleans, enums and literals; anything else (a custom
 * schema, a record) is handed to zod for that value, and only types zod never rewrites are.
 */
export function passesAsIs(schema: z.ZodMiniType, value: unknown): boolean {
  return checkFor(schema)(value);
}
