import * as z from "zod/mini";
import { extraSchema } from "./extra.js";
import { idSchema } from "./id.js";
import { linkSchema } from "./link.js";
import { sessionModes } from "./session-mode.js";
import { lineSchema, richTextSchema } from "./text.js";
import { dateTimeTextSchema } from "./time-fields.js";
import { withMeta } from "./with-meta.js";

/**
 * A named block of items with chairs, such as "Orals I" or "Poster session A". Its `items`
 * are item ids in running order: items without a `start` follow one another from the
 * session's start; in a `concurrent` session (`mode`) they all run the whole session.
 */
export const sessionSchema = withMeta(
  z.strictObject({
    id: idSchema,
    title: lineSchema,
    chairs: z.optional(withMeta(z.array(idSchema), { description: "Ids of the people who chair (conveners)." })),
    room: z.optional(
      withMeta(idSchema, { description: "The id of a room; items without a room of their own are in it." }),
    ),
    track: z.optional(idSchema),
    start: z.optional(dateTimeTextSchema),
    end: z.optional(withMeta(dateTimeTextSchema, { description: "The end; exclusive." })),
    mode: z.optional(
      withMeta(z.enum(sessionModes), {
        description:
          "sequence (the default): items follow one another. concurrent: every item runs the whole session unless it gives its own times inside it.",
      }),
    ),
    items: withMeta(z.array(idSchema), {
      description: "Ids of its items, in running order (board order in a concurrent session).",
    }),
    description: z.optional(richTextSchema),
    links: z.optional(
      withMeta(z.array(linkSchema), {
        description: "Where to join or follow the session: its video call, livestream or chat.",
      }),
    ),
    extra: extraSchema,
  }),
  { description: "A named block of items with chairs." },
);

/** A session. */
export type Session = z.infer<typeof sessionSchema>;
