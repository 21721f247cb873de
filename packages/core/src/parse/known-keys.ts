import * as z from "zod/mini";
import type { PathSegment } from "./problem.js";

/**
 * The field names a schema accepts at a path of the input, found by walking the schema the
 * way the input was walked. Used to suggest `title` for a misspelt `titel`.
 */
export function knownKeysAt(schema: z.ZodMiniType, path: readonly PathSegment[]): readonly string[] {
  let current: z.ZodMiniType | undefined = schema;
  for (const segment of path) {
    current = unwrap(current);
    if (current instanceof z.ZodMiniObject && typeof segment === "string") {
      current = (current.shape as Record<string, z.ZodMiniType>)[segment];
    } else if (current instanceof z.ZodMiniArray && typeof segment === "number") {
      current = current.def.element as z.ZodMiniType;
    } else if (current instanceof z.ZodMiniRecord) {
      current = current.def.valueType as z.ZodMiniType;
    } else {
      return [];
    }
    if (!current) return [];
  }
  current = unwrap(current);
  if (current instanceof z.ZodMiniObject) return Object.keys(current.shape);
  // A record keyed by an enum (defaultDurations by item kind) knows its keys too.
  if (current instanceof z.ZodMiniRecord && current.def.keyType instanceof z.ZodMiniEnum) {
    return current.def.keyType.options.map(String);
  }
  return [];
}

function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
  let current = schema;
  while (current instanceof z.ZodMiniOptional || current instanceof z.ZodMiniDefault || current instanceof z.ZodMiniNullable) {
    current = current.def.innerType as z.ZodMiniType;
  }
  return current;
}
