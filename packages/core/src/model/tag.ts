import { z } from "zod";
import { lineSchema } from "./text.js";

/**
 * A topic tag. Tags from automatic classifiers carry a confidence `score` (0..1) and a
 * hierarchy `path` from the broadest topic down, e.g.
 * `["Information Technology", "Artificial Intelligence", "Vision"]`.
 */
export const tagSchema = z
  .strictObject({
    label: lineSchema.meta({ description: "The tag as shown." }),
    score: z
      .number()
      .min(0, { error: "must be between 0 and 1" })
      .max(1, { error: "must be between 0 and 1" })
      .optional()
      .meta({ description: "Confidence of an automatic classifier, 0..1." }),
    path: z
      .array(lineSchema)
      .min(1, { error: "must name at least one level, from the broadest topic down" })
      .optional()
      .meta({ description: "Hierarchy from the broadest topic down to this tag." }),
  })
  .meta({ description: "A topic tag, optionally scored and placed in a hierarchy." });

/** A topic tag. */
export type Tag = z.infer<typeof tagSchema>;
