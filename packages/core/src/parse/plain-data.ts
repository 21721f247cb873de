// In every runtime the core supports (browsers, Node >= 17), but in neither ES lib: the core
// compiles without DOM or Node types.
declare function structuredClone<T>(value: T): T;

/**
 * A copy of `value` that a parse boundary may keep (as zod's output is a copy), when `value`
 * is plain data; `undefined` for anything else, which zod's path must judge.
 */
export function copyOfPlainData(value: unknown): unknown {
  try {
    return isPlainData(value) ? structuredClone(value) : undefined;
  } catch {
    // A getter that throws, a revoked proxy: zod's path reports them.
    return undefined;
  }
}

/**
 * True when `value` is data that structuredClone copies as zod reads it: strings, numbers,
 * booleans, null, undefined, arrays without holes or extra properties, and objects whose
 * prototype is Object's (or none) with only enumerable string keys. Anything else (class
 * instances, Dates, Maps, functions, symbols, non-enumerable or Symbol keys, an object met
 * twice) is for zod to judge. A walk without recursion, so deep data cannot overflow the stack.
 */
function isPlainData(root: unknown): boolean {
  const seen = new Set<object>();
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (
      value === null ||
      value === undefined ||
      typeof value === "string" ||
      typeof value === "number" ||
      typeof value === "boolean"
    )
      continue;
    if (typeof value !== "object" || seen.has(value)) return false;
    seen.add(value);
    if (Object.getOwnPropertySymbols(value).length > 0) return false;
    const keys = Object.keys(value);
    const names = Object.getOwnPropertyNames(value).length;
    if (Array.isArray(value)) {
      // Own names of an array without holes or extras: every index, and "length".
      if (Object.getPrototypeOf(value) !== Array.prototype || keys.length !== value.length || names !== keys.length + 1)
        return false;
    } else {
      const prototype = Object.getPrototypeOf(value) as unknown;
      if ((prototype !== Object.prototype && prototype !== null) || names !== keys.length) return false;
    }
    for (const key of keys) pending.push((value as Record<string, unknown>)[key]);
  }
  return true;
}
