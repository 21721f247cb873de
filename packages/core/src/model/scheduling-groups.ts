import * as z from "zod/mini";
import { idSchema } from "./id.js";
import { lineSchema } from "./text.js";
import { withMeta } from "./with-meta.js";

/**
 * A set of items named by their tracks, their tag labels or their ids (the union of the
 * three). Used for the groups that must not run in parallel and those that should share a
 * session.
 */
export const itemGroupSchema = withMeta(
  z.strictObject({
    tracks: z.optional(withMeta(z.array(idSchema), { description: "Ids of tracks whose items are in the group." })),
    tags: z.optional(withMeta(z.array(lineSchema), { description: "Tag labels whose items are in the group." })),
    items: z.optional(withMeta(z.array(idSchema), { description: "Ids of items in the group." })),
  }),
  { description: "Items named by track, tag label or id (the union)." },
);

/** A set of items named by track, tag label or id. */
export type ItemGroup = z.infer<typeof itemGroupSchema>;

/**
 * The parts of a multi-part item (a two-part tutorial): scheduled back to back, in this
 * order, in one room.
 */
export const consecutivePartsSchema = withMeta(
  z.strictObject({
    items: withMeta(z.array(idSchema).check(z.minLength(2, { error: "must name at least two parts" })), {
      description: "Ids of the parts, in order.",
    }),
  }),
  { description: "Parts that run back to back, in order, in one room." },
);

/** The parts of a multi-part item. */
export type ConsecutiveParts = z.infer<typeof consecutivePartsSchema>;

/** One item that must end before another starts (an introduction before its hands-on). */
export const precedenceSchema = withMeta(
  z.strictObject({
    before: withMeta(idSchema, { description: "Id of the item that comes first." }),
    after: withMeta(idSchema, { description: "Id of the item that comes after it." }),
  }),
  { description: "The item before ends before the item after starts." },
);

/** One item that must end before another starts. */
export type Precedence = z.infer<typeof precedenceSchema>;

/**
 * Items one attendee (or many alike) wants to see: placed in the same room, one after
 * another, where they run in the same session, so nobody hops rooms between them.
 */
export const attendeePreferenceSchema = withMeta(
  z.strictObject({
    items: withMeta(z.array(idSchema).check(z.minLength(2, { error: "must name at least two items" })), {
      description: "Ids of the preferred items.",
    }),
    attendees: z.optional(
      withMeta(
        z.number().check(z.int({ error: "must be a whole number" }), z.positive({ error: "must be more than 0" })),
        {
          description: "How many attendees share this preference (1 when left out).",
        },
      ),
    ),
  }),
  { description: "Items an attendee wants to see, so that they need not hop rooms." },
);

/** Items an attendee wants to see. */
export type AttendeePreference = z.infer<typeof attendeePreferenceSchema>;
