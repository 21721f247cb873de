import * as z from "zod/mini";
import { lineSchema } from "./text.js";
import { withMeta } from "./with-meta.js";

/**
 * A topic tag. Tags from automatic classifiers carry a confidence `score` (0..1) and a
 * hierarchy `path` from the broadest topic down, e.g.
 * `["Information Technology", "Artificial Intelligence", "Vision"]`.
 */
export const tagSchema = withMeta(
  z.strictObject({
    label: withMeta(lineSchema, { description: "The tag as shown." }),
    score: z.optional(
      withMeta(
        z
          .number()
          .check(
            z.minimum(0, { error: "must be between 0 and 1" }),
            z.maximum(1, { error: "must be between 0 and 1" }),
          ),
        { description: "Confidence of an automatic classifier, 0..1." },
      ),
    ),
    path: z.optional(
      withMeta(
        z
          .array(lineSchema)
          .check(z.minLength(1, { error: "must name at least one level, from the broadest topic down" })),
        {
          description: "Hierarchy from the broadest topic down to this tag.",
        },
      ),
    ),
  }),
  { description: "A topic tag, optionally scored and placed in a hierarchy." },
);

/** A topic tag. */
export type Tag = z.infer<typeof tagSchema>;
