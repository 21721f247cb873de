import * as z from "zod/mini";
import { extraSchema } from "./extra.js";
import { idSchema } from "./id.js";
import { nameTranslationSchema } from "./name-translation.js";
import { lineSchema, richTextSchema } from "./text.js";
import { withMeta } from "./with-meta.js";
import { quoteText } from "./describe-value.js";

/** A track (theme) that items and sessions belong to, with the colour used to mark them. */
export const trackSchema = withMeta(
  z.strictObject({
    id: idSchema,
    name: lineSchema,
    color: z.optional(
      withMeta(
        z.string().check(
          z.regex(/^#[0-9a-fA-F]{6}$/, {
            error: (issue) => `${quoteText(String(issue.input))} is not a colour; expected #rrggbb`,
          }),
        ),
        { description: "Colour as #rrggbb." },
      ),
    ),
    description: z.optional(richTextSchema),
    translations: z.optional(
      withMeta(z.array(nameTranslationSchema), {
        description: "The track's name and description in other languages.",
      }),
    ),
    extra: extraSchema,
  }),
  { description: "A track (theme), with a colour." },
);

/** A track. */
export type Track = z.infer<typeof trackSchema>;
