import fc from "fast-check";
import type { PathSegment } from "../src/parse/problem.js";

// Test helper: random changes to valid documents (programs, paper digests), for the property
// tests that compare the quick path with zod's.

type Container = { readonly path: PathSegment[]; readonly value: Record<string, unknown> | unknown[] };

/** Every object and array in a value, with its path. */
function containers(value: unknown, path: PathSegment[] = []): Container[] {
  if (Array.isArray(value))
    return [{ path, value }, ...value.flatMap((entry, index) => containers(entry, [...path, index]))];
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    return [
      { path, value: record },
      ...Object.entries(record).flatMap(([key, entry]) => containers(entry, [...path, key])),
    ];
  }
  return [];
}

/** One random change: a key deleted, a value replaced by any JSON, or a field added. */
export const mutationArb = fc.record({
  kind: fc.constantFrom("delete", "replace", "add"),
  where: fc.nat(),
  which: fc.nat(),
  value: fc.jsonValue({ maxDepth: 2 }),
  key: fc.string({ maxLength: 8 }),
});

/**
 * Applies one mutation in place: a key deleted, a value replaced, or a field added (its key
 * starts with "zz", which no field of the model does). Returns where, and the added field.
 */
export function applyMutation(
  input: unknown,
  mutation: { kind: string; where: number; which: number; value: unknown; key: string },
): { path: PathSegment[]; addedField?: PathSegment[] } {
  const all = containers(input);
  const { path, value: container } = all[mutation.where % all.length]!;
  if (Array.isArray(container)) {
    if (mutation.kind === "add") container.push(mutation.value);
    else if (container.length > 0 && mutation.kind === "delete") container.splice(mutation.which % container.length, 1);
    else if (container.length > 0) container[mutation.which % container.length] = mutation.value;
    return { path };
  }
  const keys = Object.keys(container);
  if (mutation.kind === "add") {
    const key = `zz${mutation.key}`;
    container[key] = mutation.value;
    return { path, addedField: [...path, key] };
  }
  if (keys.length > 0) {
    const key = keys[mutation.which % keys.length]!;
    if (mutation.kind === "delete") delete container[key];
    else container[key] = mutation.value;
  }
  return { path };
}
