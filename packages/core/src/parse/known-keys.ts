import * as z from "zod/mini";
import type { PathSegment } from "./problem.js";
import { schemaAt } from "./schema-at.js";

/**
 * The field names a schema accepts at a path of the input, found by walking the schema the
 * way the input was walked. Used to suggest `title` for a misspelt `titel`.
 */
export function knownKeysAt(schema: z.ZodMiniType, path: readonly PathSegment[]): readonly string[] {
  const current = schemaAt(schema, path);
  if (current instanceof z.ZodMiniObject) return Object.keys(current.shape);
  // A record keyed by an enum (defaultDurations by item kind) knows its keys too.
  if (current instanceof z.ZodMiniRecord && current.def.keyType instanceof z.ZodMiniEnum) {
    return current.def.keyType.options.map(String);
  }
  return [];
}
