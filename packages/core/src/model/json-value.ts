// No zod here: the generated quick check (parse/program-as-is.generated.ts) imports this.

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
export function findNonJson(value: unknown): string | undefined {
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
