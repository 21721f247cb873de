import { z } from "zod";
import { extraSchema } from "./extra.js";
import { idSchema } from "./id.js";
import { itemKinds } from "./item-kind.js";
import { itemStatuses } from "./item-status.js";
import { linkSchema } from "./link.js";
import { tagSchema } from "./tag.js";
import { lineSchema, richTextSchema } from "./text.js";
import { dateTimeTextSchema, durationMinutesSchema } from "./time-fields.js";

/** Details of an item that may be "to be announced" rather than known. */
export const announceableItemFields = ["title", "abstract", "speakers"] as const;

/** One of {@link announceableItemFields}. */
export type AnnounceableItemField = (typeof announceableItemFields)[number];

/** An author of an item, in the published order. */
export const authorSchema = z
  .strictObject({
    person: idSchema.meta({ description: "The id of a person in people." }),
    presenting: z
      .boolean()
      .optional()
      .meta({ description: "True for the author who presents (marked * on many pages)." }),
    affiliations: z
      .array(lineSchema)
      .optional()
      .meta({ description: "Affiliations for this item, when they differ from the person's." }),
  })
  .meta({ description: "An author of an item." });

/** An author of an item. */
export type Author = z.infer<typeof authorSchema>;

/**
 * One thing on the program: a talk, a poster, a break, the opening remarks, ...
 *
 * Times: give `start` and `end` (or `start` and `duration`); or leave `start` out inside a
 * session that has a start, and the item follows the one before it. An item with no time at
 * all is part of a tentative program and keeps its order.
 */
export const itemSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(itemKinds).meta({ description: "What the item is; contributed-talk is an oral." }),
    title: lineSchema.optional().meta({
      description: "The title. Breaks may leave it out (the kind names them); use tba for a title not known yet.",
    }),
    subtitle: lineSchema.optional(),
    abstract: richTextSchema.optional(),
    speakers: z
      .array(idSchema)
      .optional()
      .meta({ description: "Ids of the people who speak (invited speakers, panelists, who gives the remarks)." }),
    authors: z
      .array(authorSchema)
      .optional()
      .meta({ description: "Authors in the published order; mark the presenting author." }),
    links: z.array(linkSchema).optional(),
    tags: z.array(tagSchema).optional(),
    status: z.enum(itemStatuses).optional().meta({ description: "confirmed (the default), tentative or cancelled." }),
    room: idSchema.optional().meta({ description: "The id of a room." }),
    track: idSchema.optional().meta({ description: "The id of a track." }),
    start: dateTimeTextSchema.optional(),
    end: dateTimeTextSchema.optional().meta({ description: "The end; exclusive. Give end or duration, not both." }),
    duration: durationMinutesSchema.optional().meta({ description: "Length in minutes; or give end." }),
    plenary: z
      .boolean()
      .optional()
      .meta({ description: "Everybody attends: the grid draws it across all rooms. Breaks, opening and closing are plenary unless they have a room." }),
    board: lineSchema.optional().meta({ description: "Poster board number or location." }),
    note: richTextSchema.optional().meta({ description: "A remark shown with the item." }),
    tba: z
      .array(z.enum(announceableItemFields))
      .optional()
      .meta({ description: "Details that are to be announced (not known yet)." }),
    extra: extraSchema,
  })
  .meta({ description: "One thing on the program: a talk, poster, break, remarks, ..." });

/** One thing on the program. */
export type Item = z.infer<typeof itemSchema>;
