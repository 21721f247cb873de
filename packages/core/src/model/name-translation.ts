import * as z from "zod/mini";
import { languageTagSchema } from "./language.js";
import { lineSchema, richTextSchema } from "./text.js";
import { withMeta } from "./with-meta.js";

/**
 * A room's or track's name and description in another language (kept by importers of
 * multilingual pretalx files), shaped like an item's translations: a field it lacks is the
 * original's.
 */
export const nameTranslationSchema = withMeta(
  z.strictObject({
    language: languageTagSchema,
    name: z.optional(lineSchema),
    description: z.optional(richTextSchema),
  }),
  { description: "The name and description in another language." },
);

/** A room's or track's name and description in another language. */
export type NameTranslation = z.infer<typeof nameTranslationSchema>;
