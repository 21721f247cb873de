import * as z from "zod/mini";
import { eventKinds } from "./event-kind.js";
import { extraSchema } from "./extra.js";
import { idSchema } from "./id.js";
import { languageTagSchema } from "./language.js";
import { linkSchema } from "./link.js";
import { scheduleInfoSchema } from "./schedule-status.js";
import { lineSchema, richTextSchema } from "./text.js";
import { dateOrDateTimeTextSchema, dateTextSchema, timeZoneSchema } from "./time-fields.js";
import { emailSchema, urlSchema } from "./url.js";
import { withMeta } from "./with-meta.js";

/** Where the event takes place. */
export const venueSchema = withMeta(
  z.strictObject({
    name: z.optional(lineSchema),
    address: z.optional(lineSchema),
    city: z.optional(lineSchema),
    country: z.optional(lineSchema),
    url: z.optional(urlSchema),
  }),
  { description: "Where the event takes place." },
);

/** The conference an event belongs to, such as "ICLR 2026". */
export const hostConferenceSchema = withMeta(
  z.strictObject({
    name: lineSchema,
    url: z.optional(urlSchema),
  }),
  { description: "The conference the event is part of." },
);

/** An organiser: a person and their role ("General chair", "Program chair"). */
export const organiserSchema = withMeta(
  z.strictObject({
    person: withMeta(idSchema, { description: "The id of a person in people." }),
    role: z.optional(lineSchema),
  }),
  { description: "An organiser and their role." },
);

/**
 * A date the community plans around: a submission deadline, a notification date. A date-time
 * may carry its own zone (deadlines are often "Anywhere on Earth", `Etc/GMT+12`).
 */
export const importantDateSchema = withMeta(
  z.strictObject({
    label: lineSchema,
    date: dateOrDateTimeTextSchema,
    timeZone: z.optional(
      withMeta(timeZoneSchema, { description: "Zone of a local date-time; defaults to the event's." }),
    ),
    timeZoneLabel: z.optional(withMeta(lineSchema, { description: "How to name that zone, e.g. AoE." })),
    note: z.optional(lineSchema),
  }),
  { description: "A date the community plans around (deadline, notification)." },
);

/** An award the event gives, optionally with the items that won it. */
export const awardSchema = withMeta(
  z.strictObject({
    name: lineSchema,
    description: z.optional(richTextSchema),
    winners: z.optional(withMeta(z.array(idSchema), { description: "Ids of the items that won." })),
  }),
  { description: "An award." },
);

/**
 * The event itself: what, when, where, who organises it, and in which time zone its clocks
 * run. Called `EventInfo` so as not to shadow the DOM's `Event`.
 */
export const eventInfoSchema = withMeta(
  z.strictObject({
    title: lineSchema,
    acronym: z.optional(lineSchema),
    subtitle: z.optional(lineSchema),
    kind: z.enum(eventKinds),
    description: z.optional(richTextSchema),
    hostConference: z.optional(hostConferenceSchema),
    startDate: withMeta(dateTextSchema, { description: "First day, in the event's zone." }),
    endDate: z.optional(withMeta(dateTextSchema, { description: "Last day (inclusive); defaults to startDate." })),
    timeZone: withMeta(timeZoneSchema, { description: "The IANA zone the event's clocks run in." }),
    timeZoneLabel: z.optional(
      withMeta(lineSchema, { description: 'How the organisers name the zone, e.g. "Brasília Time (GMT−3)".' }),
    ),
    language: z.optional(withMeta(languageTagSchema, { description: "The language of the program's texts (BCP 47)." })),
    venue: z.optional(venueSchema),
    organisers: z.optional(z.array(organiserSchema)),
    invitedSpeakers: z.optional(
      withMeta(z.array(idSchema), {
        description:
          "Ids of the people the event features as invited speakers, in the order the page lists them. A speaker with no item yet is shown with their talk to be announced.",
      }),
    ),
    contactEmail: z.optional(emailSchema),
    links: z.optional(
      withMeta(z.array(linkSchema), { description: "Web site, submission system, call for papers, ..." }),
    ),
    importantDates: z.optional(z.array(importantDateSchema)),
    callForPapers: z.optional(withMeta(richTextSchema, { description: "The call for papers, as text." })),
    publicationPolicy: z.optional(withMeta(richTextSchema, { description: 'E.g. "no formal proceedings".' })),
    awards: z.optional(z.array(awardSchema)),
    schedule: z.optional(withMeta(scheduleInfoSchema, { description: "Defaults to a final schedule." })),
    extra: extraSchema,
  }),
  { description: "The event: what, when, where, who organises it, and its time zone." },
);

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
