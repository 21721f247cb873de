import * as z from "zod/mini";
import { eventInfoSchema } from "./event-info.js";
import { extraSchema } from "./extra.js";
import { itemSchema } from "./item.js";
import { personSchema } from "./person.js";
import { roomSchema } from "./room.js";
import { schedulingSchema } from "./scheduling.js";
import { seriesSchema } from "./series.js";
import { sessionSchema } from "./session.js";
import { textFormats } from "./text-format.js";
import { trackSchema } from "./track.js";
import { withMeta } from "./with-meta.js";

/** The version of the program format that this package reads and writes. */
export const programFormatVersion = 1;

/**
 * The shape of a program file. This is the structural schema only: references between
 * collections, duplicate ids and times in the zone are checked by `parseProgram`, which is
 * the one way to turn untrusted input into a {@link Program}.
 */
export const programSchema = withMeta(
  z.strictObject({
    $schema: z.optional(withMeta(z.string(), { description: "The JSON Schema this file follows (for editors)." })),
    version: z.optional(withMeta(z.literal(programFormatVersion), { description: "Format version; 1." })),
    textFormat: z.optional(
      withMeta(z.enum(textFormats), {
        description: 'How abstract, biography, description and note are written: "plain" (the default) or "markdown".',
      }),
    ),
    event: eventInfoSchema,
    people: z.optional(z.array(personSchema)),
    rooms: z.optional(z.array(roomSchema)),
    tracks: z.optional(z.array(trackSchema)),
    sessions: z.optional(z.array(sessionSchema)),
    series: z.optional(
      withMeta(seriesSchema, { description: "For a seminar series: when it meets. Its talks are the items." }),
    ),
    items: z.array(itemSchema),
    scheduling: z.optional(schedulingSchema),
    extra: extraSchema,
  }),
  {
    title: "Lectern program",
    description: "The program of an academic event (workshop, conference, seminar series) for Lectern.",
  },
);

/** A valid program: what `parseProgram` returns. */
export type Program = z.infer<typeof programSchema>;
