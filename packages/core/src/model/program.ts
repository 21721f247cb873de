import { z } from "zod";
import { eventInfoSchema } from "./event-info.js";
import { extraSchema } from "./extra.js";
import { itemSchema } from "./item.js";
import { personSchema } from "./person.js";
import { roomSchema } from "./room.js";
import { sessionSchema } from "./session.js";
import { trackSchema } from "./track.js";

/** The version of the program format that this package reads and writes. */
export const programFormatVersion = 1;

/**
 * The shape of a program file. This is the structural schema only: references between
 * collections, duplicate ids and times in the zone are checked by `parseProgram`, which is
 * the one way to turn untrusted input into a {@link Program}.
 */
export const programSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: "The JSON Schema this file follows (for editors)." }),
    version: z.literal(programFormatVersion).optional().meta({ description: "Format version; 1." }),
    event: eventInfoSchema,
    people: z.array(personSchema).optional(),
    rooms: z.array(roomSchema).optional(),
    tracks: z.array(trackSchema).optional(),
    sessions: z.array(sessionSchema).optional(),
    items: z.array(itemSchema),
    extra: extraSchema,
  })
  .meta({
    title: "Lectern program",
    description: "The program of an academic event (workshop, conference, seminar series) for Lectern.",
  });

/** A valid program: what `parseProgram` returns. */
export type Program = z.infer<typeof programSchema>;
