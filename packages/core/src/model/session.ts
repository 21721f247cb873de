import { z } from "zod";
import { extraSchema } from "./extra.js";
import { idSchema } from "./id.js";
import { lineSchema, richTextSchema } from "./text.js";
import { dateTimeTextSchema } from "./time-fields.js";

/**
 * A named block of items with chairs, such as "Orals I" or "Poster session A". Its `items`
 * are item ids in running order: items without a `start` follow one another from the
 * session's start.
 */
export const sessionSchema = z
  .strictObject({
    id: idSchema,
    title: lineSchema,
    chairs: z.array(idSchema).optional().meta({ description: "Ids of the people who chair (conveners)." }),
    room: idSchema.optional().meta({ description: "The id of a room; items without a room of their own are in it." }),
    track: idSchema.optional(),
    start: dateTimeTextSchema.optional(),
    end: dateTimeTextSchema.optional().meta({ description: "The end; exclusive." }),
    items: z.array(idSchema).meta({ description: "Ids of its items, in running order." }),
    description: richTextSchema.optional(),
    extra: extraSchema,
  })
  .meta({ description: "A named block of items with chairs." });

/** A session. */
export type Session = z.infer<typeof sessionSchema>;
