/**
 * The object without its `undefined` fields: the model leaves an optional field out rather
 * than setting it to `undefined`, and a program written to JSON or compared in a test should
 * read the same either way.
 */
export function definedFields<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
