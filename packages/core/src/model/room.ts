import * as z from "zod/mini";
import { extraSchema } from "./extra.js";
import { idSchema } from "./id.js";
import { nameTranslationSchema } from "./name-translation.js";
import { lineSchema, richTextSchema } from "./text.js";
import { withMeta } from "./with-meta.js";

/** A room (or any place where items happen). The order of `rooms` is the order of columns. */
export const roomSchema = withMeta(
  z.strictObject({
    id: idSchema,
    name: lineSchema,
    capacity: z.optional(
      z
        .number()
        .check(
          z.int({ error: "must be a whole number of seats" }),
          z.positive({ error: "must be a whole number of seats, more than 0" }),
        ),
    ),
    building: z.optional(lineSchema),
    floor: z.optional(lineSchema),
    description: z.optional(richTextSchema),
    translations: z.optional(
      withMeta(z.array(nameTranslationSchema), {
        description: "The room's name and description in other languages.",
      }),
    ),
    extra: extraSchema,
  }),
  { description: "A room. The order of rooms is the order of the grid's columns." },
);

/** A room. */
export type Room = z.infer<typeof roomSchema>;
