import { z } from "zod";
import { extraSchema } from "./extra.js";
import { idSchema } from "./id.js";
import { lineSchema, richTextSchema } from "./text.js";

/** A track (theme) that items and sessions belong to, with the colour used to mark them. */
export const trackSchema = z
  .strictObject({
    id: idSchema,
    name: lineSchema,
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, {
        error: (issue) => `${JSON.stringify(issue.input)} is not a colour; expected #rrggbb`,
      })
      .optional()
      .meta({ description: "Colour as #rrggbb." }),
    description: richTextSchema.optional(),
    extra: extraSchema,
  })
  .meta({ description: "A track (theme), with a colour." });

/** A track. */
export type Track = z.infer<typeof trackSchema>;
