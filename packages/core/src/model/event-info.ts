import { z } from "zod";
import { eventKinds } from "./event-kind.js";
import { extraSchema } from "./extra.js";
import { idSchema } from "./id.js";
import { linkSchema } from "./link.js";
import { scheduleInfoSchema } from "./schedule-status.js";
import { lineSchema, richTextSchema } from "./text.js";
import { dateOrDateTimeTextSchema, dateTextSchema, timeZoneSchema } from "./time-fields.js";
import { emailSchema, urlSchema } from "./url.js";

/** Where the event takes place. */
export const venueSchema = z
  .strictObject({
    name: lineSchema.optional(),
    address: lineSchema.optional(),
    city: lineSchema.optional(),
    country: lineSchema.optional(),
    url: urlSchema.optional(),
  })
  .meta({ description: "Where the event takes place." });

/** The conference an event belongs to, such as "ICLR 2026". */
export const hostConferenceSchema = z
  .strictObject({
    name: lineSchema,
    url: urlSchema.optional(),
  })
  .meta({ description: "The conference the event is part of." });

/** An organiser: a person and their role ("General chair", "Program chair"). */
export const organiserSchema = z
  .strictObject({
    person: idSchema.meta({ description: "The id of a person in people." }),
    role: lineSchema.optional(),
  })
  .meta({ description: "An organiser and their role." });

/**
 * A date the community plans around: a submission deadline, a notification date. A date-time
 * may carry its own zone (deadlines are often "Anywhere on Earth", `Etc/GMT+12`).
 */
export const importantDateSchema = z
  .strictObject({
    label: lineSchema,
    date: dateOrDateTimeTextSchema,
    timeZone: timeZoneSchema.optional().meta({ description: "Zone of a local date-time; defaults to the event's." }),
    timeZoneLabel: lineSchema.optional().meta({ description: "How to name that zone, e.g. AoE." }),
    note: lineSchema.optional(),
  })
  .meta({ description: "A date the community plans around (deadline, notification)." });

/** An award the event gives, optionally with the items that won it. */
export const awardSchema = z
  .strictObject({
    name: lineSchema,
    description: richTextSchema.optional(),
    winners: z.array(idSchema).optional().meta({ description: "Ids of the items that won." }),
  })
  .meta({ description: "An award." });

/**
 * The event itself: what, when, where, who organises it, and in which time zone its clocks
 * run. Called `EventInfo` so as not to shadow the DOM's `Event`.
 */
export const eventInfoSchema = z
  .strictObject({
    title: lineSchema,
    acronym: lineSchema.optional(),
    subtitle: lineSchema.optional(),
    kind: z.enum(eventKinds),
    description: richTextSchema.optional(),
    hostConference: hostConferenceSchema.optional(),
    startDate: dateTextSchema.meta({ description: "First day, in the event's zone." }),
    endDate: dateTextSchema.optional().meta({ description: "Last day (inclusive); defaults to startDate." }),
    timeZone: timeZoneSchema.meta({ description: "The IANA zone the event's clocks run in." }),
    timeZoneLabel: lineSchema
      .optional()
      .meta({ description: "How the organisers name the zone, e.g. \"Brasília Time (GMT−3)\"." }),
    venue: venueSchema.optional(),
    organisers: z.array(organiserSchema).optional(),
    invitedSpeakers: z
      .array(idSchema)
      .optional()
      .meta({
        description:
          "Ids of the people the event features as invited speakers, in the order the page lists them. A speaker with no item yet is shown with their talk to be announced.",
      }),
    contactEmail: emailSchema.optional(),
    links: z.array(linkSchema).optional().meta({ description: "Web site, submission system, call for papers, ..." }),
    importantDates: z.array(importantDateSchema).optional(),
    callForPapers: richTextSchema.optional().meta({ description: "The call for papers, as text." }),
    publicationPolicy: richTextSchema.optional().meta({ description: "E.g. \"no formal proceedings\"." }),
    awards: z.array(awardSchema).optional(),
    schedule: scheduleInfoSchema.optional().meta({ description: "Defaults to a final schedule." }),
    extra: extraSchema,
  })
  .meta({ description: "The event: what, when, where, who organises it, and its time zone." });

/** The event a program describes. */
export type EventInfo = z.infer<typeof eventInfoSchema>;
/** Where an event takes place. */
export type Venue = z.infer<typeof venueSchema>;
/** An organiser and their role. */
export type Organiser = z.infer<typeof organiserSchema>;
/** A date the community plans around. */
export type ImportantDate = z.infer<typeof importantDateSchema>;
/** An award. */
export type Award = z.infer<typeof awardSchema>;
