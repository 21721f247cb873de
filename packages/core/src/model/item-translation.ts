import * as z from "zod/mini";
import { languageTagSchema } from "./language.js";
import { lineSchema, richTextSchema } from "./text.js";
import { withMeta } from "./with-meta.js";

/** An item's texts in another language (kept by importers of multilingual pretalx/Sessionize files). */
export const itemTranslationSchema = withMeta(
  z.strictObject({
    language: languageTagSchema,
    title: z.optional(lineSchema),
    subtitle: z.optional(lineSchema),
    abstract: z.optional(richTextSchema),
  }),
  { description: "The item's texts in another language." },
);

/** An item's texts in another language. */
export type ItemTranslation = z.infer<typeof itemTranslationSchema>;
