import { z } from "zod";
import { extraSchema } from "./extra.js";
import { idSchema } from "./id.js";
import { lineSchema, richTextSchema } from "./text.js";

/** A room (or any place where items happen). The order of `rooms` is the order of columns. */
export const roomSchema = z
  .strictObject({
    id: idSchema,
    name: lineSchema,
    capacity: z.number().int().positive({ error: "must be a whole number of seats, more than 0" }).optional(),
    building: lineSchema.optional(),
    floor: lineSchema.optional(),
    description: richTextSchema.optional(),
    extra: extraSchema,
  })
  .meta({ description: "A room. The order of rooms is the order of the grid's columns." });

/** A room. */
export type Room = z.infer<typeof roomSchema>;
