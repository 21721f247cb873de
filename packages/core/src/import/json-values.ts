// The one way importers read values of a parsed file whose shape is not known yet. Every
// reader answers `undefined` (or an empty list) for a value of the wrong type instead of
// throwing, and none calls a value's own methods: a file may hold `{ "toString": 1 }` where a
// name is expected, and `String()` of that throws ("Cannot convert object to primitive value").

/** A JSON object from an imported file, before anything about its shape is known. */
export type JsonObject = Record<string, unknown>;

/** The value as an object, or `undefined` for anything else (arrays and null included). */
export function asObject(value: unknown): JsonObject | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

/** The value as an array, or an empty one for anything else (`presenters: {}` reads as none). */
export function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The objects of an array; anything that is not an array, or not an object in it, is skipped. */
export function asObjectList(value: unknown): JsonObject[] {
  return asList(value).filter((entry): entry is JsonObject => asObject(entry) !== undefined);
}

/** Text from a string or a finite number, trimmed; `undefined` when empty or of another type. */
export function asText(value: unknown): string | undefined {
  if (typeof value !== "string" && !(typeof value === "number" && Number.isFinite(value))) return undefined;
  const trimmed = String(value).trim();
  return trimmed === "" ? undefined : trimmed;
}

/**
 * An identifier or lookup key from a string, a number or a boolean (files write `"id": 12`
 * and `"id": "12"` for the same thing), untrimmed; `undefined` for objects, arrays and null.
 */
export function asKey(value: unknown): string | undefined {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : undefined;
}

/** A finite number, or `undefined`. */
export function asNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** The own entries of an object (none for anything else), in the file's order. */
export function asEntries(value: unknown): [string, unknown][] {
  const object = asObject(value);
  return object ? Object.entries(object) : [];
}
