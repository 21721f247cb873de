import * as z from "zod/mini";
import { programSchema } from "../model/program.js";

/** Where the published schema file lives, for `$schema` in program files. */
export const programJsonSchemaId = "https://unpkg.com/@lectern/core/schema/program.schema.json";

/**
 * Builds the program model as a JSON Schema (draft 2020-12), from the same zod schemas that
 * `parseProgram` uses, so it cannot drift. Editors validate program files with it as
 * organisers type. It checks shape only: references between ids and times in the event's zone
 * need `parseProgram`.
 */
export function createProgramJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(programSchema, { target: "draft-2020-12", io: "input", unrepresentable: "any" });
  return { ...schema, $id: programJsonSchemaId };
}

/**
 * The program model as a JSON Schema object; also published as
 * `@lectern/core/program.schema.json`.
 */
export const programJsonSchema: Record<string, unknown> = /* @__PURE__ */ createProgramJsonSchema();
