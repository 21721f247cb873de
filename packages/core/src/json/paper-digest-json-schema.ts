import * as z from "zod/mini";
import { paperDigestSchema } from "../model/paper-digest.js";

/** Where the published digest schema file lives, for `$schema` in digest files. */
export const paperDigestJsonSchemaId = "https://unpkg.com/@lectern/core/schema/paper-digest.schema.json";

/**
 * The paper digest model (what `<paper-list>` reads) as a JSON Schema (draft 2020-12), from
 * the zod schemas `parsePaperDigest` uses, so editors check digest files as they are written.
 * Shape only: authors pointing at people and duplicate ids need `parsePaperDigest`.
 */
export function createPaperDigestJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(paperDigestSchema, { target: "draft-2020-12", io: "input", unrepresentable: "any" });
  return { ...schema, $id: paperDigestJsonSchemaId };
}
