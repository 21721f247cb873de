import type * as z from "zod/mini";

/** A zod check as zod runs it: it reads `payload.value` and pushes to `payload.issues`. */
interface CheckPayload {
  value: unknown;
  issues: unknown[];
}

interface ZodInternals {
  readonly def: {
    readonly type: string;
    readonly checks?: readonly { readonly _zod: { readonly def: { when?: (payload: CheckPayload) => boolean }; check(payload: CheckPayload): unknown } }[];
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

const shapeKeys = new WeakMap<object, ReadonlySet<string>>();

function keysOf(shape: Record<string, z.ZodMiniType>): ReadonlySet<string> {
  let keys = shapeKeys.get(shape);
  if (!keys) {
    keys = new Set(Object.keys(shape));
    shapeKeys.set(shape, keys);
  }
  return keys;
}

function passesChecks(schema: ZodInternals, value: unknown): boolean {
  const checks = schema.def.checks;
  if (!checks || checks.length === 0) return true;
  const payload: CheckPayload = { value, issues: [] };
  for (const check of checks) {
    if (check._zod.def.when && !check._zod.def.when(payload)) continue;
    if (check._zod.check(payload) instanceof Promise) return false;
    if (payload.issues.length > 0) return false;
  }
  return true;
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
 * by the model's code) on the value as it is.
 *
 * Knows the schema types the model uses and whose output is the input: strict objects,
 * optional, arrays, strings, numbers, booleans, enums and literals; anything else (a custom
 * schema, a record) is handed to zod for that value, and only types zod never rewrites are.
 */
export function passesAsIs(schema: z.ZodMiniType, value: unknown): boolean {
  const zod = internals(schema);
  const def = zod.def;
  if (def.coerce) return false;
  switch (def.type) {
    case "optional":
      if (value === undefined) return zod.optin === "optional";
      return passesAsIs(def.innerType!, value);
    case "string":
      return typeof value === "string" && passesChecks(zod, value);
    case "number":
      return typeof value === "number" && Number.isFinite(value) && passesChecks(zod, value);
    case "boolean":
      return typeof value === "boolean" && passesChecks(zod, value);
    case "enum":
    case "literal":
      return zod.values !== undefined && zod.values.has(value) && passesChecks(zod, value);
    case "array": {
      if (!Array.isArray(value)) return false;
      for (const element of value) if (!passesAsIs(def.element!, element)) return false;
      return passesChecks(zod, value);
    }
    case "object": {
      // Only strict objects: a stripping object's output would lack the input's unknown keys.
      if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
      if (def.catchall === undefined || internals(def.catchall).def.type !== "never") return false;
      const shape = def.shape!;
      const keys = keysOf(shape);
      const record = value as Record<string, unknown>;
      for (const key in record) if (!keys.has(key)) return false;
      for (const key of keys) {
        const field = record[key];
        // An absent optional field passes; zod leaves it absent too.
        if (field === undefined && !(key in record) && internals(shape[key]!).optin === "optional") continue;
        if (!passesAsIs(shape[key]!, field)) return false;
      }
      return passesChecks(zod, value);
    }
    case "custom":
    case "record": {
      // zod itself, for this value only. Its output for these is the input (custom) or a copy
      // with the same keys and values (a record of types that are not rewritten).
      const result = zod.run({ value, issues: [] }, {});
      return !(result instanceof Promise) && result.issues.length === 0;
    }
    default:
      return false;
  }
}
