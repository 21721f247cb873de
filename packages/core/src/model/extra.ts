import * as z from "zod/mini";
import { anyValue, fieldCheck } from "./field-check.js";
import type { JsonValue } from "./json-value.js";
import { withMeta } from "./with-meta.js";

/**
 * Free-form data that the model has no field for (for instance what an importer found in a
 * source format). Kept verbatim (the very same object) through parsing and serialising;
 * never shown by the components.
 */
export const extraSchema = z.optional(
  withMeta(z.custom<Record<string, JsonValue>>(anyValue).check(fieldCheck("jsonObject")), {
    description: "Free-form JSON for data the model has no field for. Kept, never shown.",
    type: "object",
  }),
);

export type { JsonValue } from "./json-value.js";
