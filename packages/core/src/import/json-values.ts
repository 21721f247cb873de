/** A JSON object from an imported file, before anything about its shape is known. */
export type JsonObject = Record<string, unknown>;

/** The value as an object, or `undefined` for anything else (arrays and null included). */
export function asObject(value: unknown): JsonObject | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

/** The objects of an array; anything that is not an array, or not an object in it, is skipped. */
export function asObjectList(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter((entry): entry is JsonObject => asObject(entry) !== undefined) : [];
}

/** Text from a string or a number, trimmed; `undefined` when empty or of another type. */
export function asText(value: unknown): string | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const trimmed = String(value).trim();
  return trimmed === "" ? undefined : trimmed;
}
