import * as z from "zod/mini";
import type { PathSegment } from "./problem.js";

/**
 * The schema that checks the value at `path` of an input `schema` checks, found by walking
 * the schema the way the input is walked (objects by key, arrays and records by element);
 * `undefined` where the schema has no such place. Optional, default and nullable wrappers
 * are looked through, and the result is unwrapped too.
 */
export function schemaAt(schema: z.ZodMiniType, path: readonly PathSegment[]): z.ZodMiniType | undefined {
  let current: z.ZodMiniType | undefined = unwrapSchema(schema);
  for (const segment of path) {
    if (current instanceof z.ZodMiniObject && typeof segment === "string") {
      current = (current.shape as Record<string, z.ZodMiniType | undefined>)[segment];
    } else if (current instanceof z.ZodMiniArray && typeof segment === "number") {
      current = current.def.element as z.ZodMiniType;
    } else if (current instanceof z.ZodMiniRecord) {
      current = current.def.valueType as z.ZodMiniType;
    } else {
      return undefined;
    }
    if (!current) return undefined;
    current = unwrapSchema(current);
  }
  return current;
}

/** `schema` without its optional, default and nullable wrappers. */
export function unwrapSchema(schema: z.ZodMiniType): z.ZodMiniType {
  let current = schema;
  while (
    current instanceof z.ZodMiniOptional ||
    current instanceof z.ZodMiniDefault ||
    current instanceof z.ZodMiniNullable
  ) {
    current = current.def.innerType as z.ZodMiniType;
  }
  return current;
}
