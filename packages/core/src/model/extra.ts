import { z } from "zod";

/**
 * Free-form data that the model has no field for (for instance what an importer found in a
 * source format). Kept verbatim through parsing and serialising; never shown by the components.
 */
export const extraSchema = z
  .record(z.string(), z.json())
  .optional()
  .meta({ description: "Free-form JSON for data the model has no field for. Kept, never shown." });
