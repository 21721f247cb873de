import * as z from "zod/mini";
import { extraSchema } from "./extra.js";
import { idSchema } from "./id.js";
import { itemKinds } from "./item-kind.js";
import { itemPresentations } from "./item-presentation.js";
import { itemStatuses } from "./item-status.js";
import { itemTranslationSchema } from "./item-translation.js";
import { languageTagSchema } from "./language.js";
import { linkSchema } from "./link.js";
import { tagSchema } from "./tag.js";
import { lineSchema, richTextSchema } from "./text.js";
import { dateTextSchema, dateTimeTextSchema, durationMinutesSchema } from "./time-fields.js";
import { withMeta } from "./with-meta.js";

/** Details of an item that may be "to be announced" rather than known. */
export const announceableItemFields = ["title", "abstract", "speakers", "time"] as const;

/** One of {@link announceableItemFields}. */
export type AnnounceableItemField = (typeof announceableItemFields)[number];

/** An author of an item, in the published order. */
export const authorSchema = withMeta(
  z.strictObject({
    person: withMeta(idSchema, { description: "The id of a person in people." }),
    presenting: z.optional(
      withMeta(z.boolean(), { description: "True for the author who presents (marked * on many pages)." }),
    ),
    affiliations: z.optional(
      withMeta(z.array(lineSchema), { description: "Affiliations for this item, when they differ from the person's." }),
    ),
    equalContribution: z.optional(
      withMeta(z.boolean(), { description: "Marked as equal contribution (the * or † of some venues)." }),
    ),
  }),
  { description: "An author of an item." },
);

/** An author of an item. */
export type Author = z.infer<typeof authorSchema>;

/**
 * One thing on the program: a talk, a poster, a break, the opening remarks, ...
 *
 * Times: give `start` and `end` (or `start` and `duration`); or leave `start` out inside a
 * session that has a start, and the item follows the one before it. An item with no time at
 * all is part of a tentative program and keeps its order; with a `date` and no `start` it is an
 * untimed item of that day. `tba` may list `time`: the time is to be announced.
 */
export const itemSchema = withMeta(
  z.strictObject({
    id: idSchema,
    kind: withMeta(z.enum(itemKinds), { description: "What the item is; contributed-talk is an oral." }),
    title: z.optional(
      withMeta(lineSchema, {
        description: "The title. Breaks may leave it out (the kind names them); use tba for a title not known yet.",
      }),
    ),
    subtitle: z.optional(lineSchema),
    abstract: z.optional(richTextSchema),
    speakers: z.optional(
      withMeta(z.array(idSchema), {
        description: "Ids of the people who speak (invited speakers, panelists, who gives the remarks).",
      }),
    ),
    authors: z.optional(
      withMeta(z.array(authorSchema), { description: "Authors in the published order; mark the presenting author." }),
    ),
    links: z.optional(z.array(linkSchema)),
    tags: z.optional(z.array(tagSchema)),
    status: z.optional(
      withMeta(z.enum(itemStatuses), { description: "confirmed (the default), tentative or cancelled." }),
    ),
    presentation: z.optional(
      withMeta(z.enum(itemPresentations), {
        description: "How it is presented: in-person (the default), remote (the presenter joins online) or hybrid.",
      }),
    ),
    room: z.optional(withMeta(idSchema, { description: "The id of a room." })),
    track: z.optional(withMeta(idSchema, { description: "The id of a track." })),
    date: z.optional(
      withMeta(dateTextSchema, { description: "The day of an item whose time is not known; only without start." }),
    ),
    start: z.optional(dateTimeTextSchema),
    end: z.optional(
      withMeta(dateTimeTextSchema, { description: "The end; exclusive. Give end or duration, not both." }),
    ),
    duration: z.optional(withMeta(durationMinutesSchema, { description: "Length in minutes; or give end." })),
    plenary: z.optional(
      withMeta(z.boolean(), {
        description:
          "Everybody attends: the grid draws it across all rooms. Breaks, opening and closing are plenary unless they have a room.",
      }),
    ),
    board: z.optional(withMeta(lineSchema, { description: "Poster board number or location." })),
    note: z.optional(withMeta(richTextSchema, { description: "A remark shown with the item." })),
    language: z.optional(
      withMeta(languageTagSchema, {
        description: "The language the item is given in, when it differs from the event's.",
      }),
    ),
    translations: z.optional(
      withMeta(z.array(itemTranslationSchema), { description: "The item's texts in other languages." }),
    ),
    tba: z.optional(
      withMeta(z.array(z.enum(announceableItemFields)), {
        description: "Details that are to be announced (not known yet).",
      }),
    ),
    extra: extraSchema,
  }),
  { description: "One thing on the program: a talk, poster, break, remarks, ..." },
);

/** One thing on the program. */
export type Item = z.infer<typeof itemSchema>;
