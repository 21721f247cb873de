import * as z from "zod/mini";
import { describeValue } from "./describe-value.js";
import { withMeta } from "./with-meta.js";

/** A JSON value, as `JSON.parse` produces them. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Whether a value is plain JSON data, by the rules of {@link findNonJson}, without building
 * the path of every value on the way: every item of an imported program carries `extra`, and
 * the paths are only needed to explain a problem.
 */
function isPlainJson(value: unknown): boolean {
  const seen = new Set<object>();
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (current === null || typeof current === "string" || typeof current === "boolean") continue;
    if (typeof current === "number") {
      if (!Number.isFinite(current)) return false;
      continue;
    }
    if (typeof current !== "object" || seen.has(current)) return false;
    seen.add(current);
    if (Array.isArray(current)) {
      for (const element of current) pending.push(element);
      continue;
    }
    const prototype = Object.getPrototypeOf(current) as unknown;
    if (prototype !== Object.prototype && prototype !== null) return false;
    for (const key of Object.keys(current)) pending.push((current as Record<string, unknown>)[key]);
  }
  return true;
}

/**
 * Why a value is not plain JSON data, or `undefined` when it is. Walks without recursion
 * limits of its own beyond the data's; rejects cycles (they cannot be serialised). A
 * `__proto__` key from JSON.parse is an ordinary own key: the object is kept as it is, so it
 * survives.
 */
function findNonJson(value: unknown): string | undefined {
  if (isPlainJson(value)) return undefined;
  const seen = new Set<object>();
  const pending: { value: unknown; path: string }[] = [{ value, path: "" }];
  while (pending.length > 0) {
    const { value: current, path } = pending.pop()!;
    if (current === null || typeof current === "string" || typeof current === "boolean") continue;
    if (typeof current === "number") {
      if (!Number.isFinite(current)) return `${path || "the value"} is not a finite number`;
      continue;
    }
    if (typeof current !== "object") return `${path || "the value"} is ${typeof current}, not JSON data`;
    if (seen.has(current)) return `${path || "the value"} refers back to itself`;
    seen.add(current);
    if (Array.isArray(current)) {
      current.forEach((element, index) => pending.push({ value: element, path: `${path}[${index}]` }));
      continue;
    }
    const prototype = Object.getPrototypeOf(current) as unknown;
    if (prototype !== Object.prototype && prototype !== null) return `${path || "the value"} is not a plain object`;
    for (const key of Object.keys(current)) {
      pending.push({ value: (current as Record<string, unknown>)[key], path: path ? `${path}.${key}` : key });
    }
  }
  return undefined;
}

/**
 * Free-form data that the model has no field for (for instance what an importer found in a
 * source format). Kept verbatim (the very same object) through parsing and serialising;
 * never shown by the components.
 */
export const extraSchema = z.optional(
  withMeta(
    z.custom<Record<string, JsonValue>>().check((ctx) => {
      const value = ctx.value as unknown;
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        ctx.issues.push({ code: "custom", message: `expected an object, found ${describeValue(value)}`, input: value });
        return;
      }
      const problem = findNonJson(value);
      if (problem) ctx.issues.push({ code: "custom", message: problem, input: value });
    }),
    { description: "Free-form JSON for data the model has no field for. Kept, never shown.", type: "object" },
  ),
);
