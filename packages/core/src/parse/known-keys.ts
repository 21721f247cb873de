import { z } from "zod";
import type { PathSegment } from "./problem.js";

/**
 * The field names a schema accepts at a path of the input, found by walking the schema the
 * way the input was walked. Used to suggest `title` for a misspelt `titel`.
 */
export function knownKeysAt(schema: z.ZodType, path: readonly PathSegment[]): readonly string[] {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    current = unwrap(current);
    if (current instanceof z.ZodObject && typeof segment === "string") {
      current = (current.shape as Record<string, z.ZodType>)[segment];
    } else if (current instanceof z.ZodArray && typeof segment === "number") {
      current = current.element as z.ZodType;
    } else if (current instanceof z.ZodRecord) {
      current = current.valueType as z.ZodType;
    } else {
      return [];
    }
    if (!current) return [];
  }
  current = unwrap(current);
  if (current instanceof z.ZodObject) return Object.keys(current.shape);
  // A record keyed by an enum (defaultDurations by item kind) knows its keys too.
  if (current instanceof z.ZodRecord && current.keyType instanceof z.ZodEnum) return current.keyType.options.map(String);
  return [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}
