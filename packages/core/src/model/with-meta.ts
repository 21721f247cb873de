import * as z from "zod/mini";

/** What the JSON Schema (and so the docs and editors) say about a field. */
export interface FieldMeta {
  readonly description?: string;
  readonly title?: string;
  readonly pattern?: string;
  readonly format?: string;
  readonly type?: string;
}

/**
 * A copy of a schema carrying a description for the JSON Schema, like classic zod's
 * `.meta()`: the core uses `zod/mini` (a fraction of classic zod's size in the script-tag
 * bundle), which registers metadata instead, so the schema is cloned first to keep shared
 * schemas (ids, lines of text) free of one field's description.
 */
// Marked free of side effects for bundlers: the registration matters only to a schema that is
// used, so a page that never uses the model's schemas (lectern.js with a valid program) can
// leave them out.
/* @__NO_SIDE_EFFECTS__ */
export function withMeta<T extends z.ZodMiniType>(schema: T, meta: FieldMeta): T {
  const copy = schema.clone() as T;
  z.globalRegistry.add(copy, { ...meta });
  return copy;
}
