import * as z from "zod/mini";
import { idSchema } from "./id.js";
import { clockTimeSchema, timeZoneSchema } from "./time-fields.js";
import { withMeta } from "./with-meta.js";

const penaltySchema = withMeta(z.number().check(z.nonnegative({ error: "must be a penalty of 0 or more" })), {
  description: "What it costs, before its rule's weight.",
});

const wholeSchema = (least: number) =>
  z.number().check(z.int({ error: "must be a whole number" }), z.gte(least, { error: `must be ${least} or more` }));

/** The pairs of fields a placement cost may give: each is weighed by its rule (track+session: trackSession, ...). */
export const costPairs = ["track+session", "track+room", "session+room", "item+session", "item+room"];

/** Which pair of fields a cost gives: `track+session`, ... */
export function costPairOf(cost: { item?: string; track?: string; session?: string; room?: string }): string {
  return (["item", "track", "session", "room"] as const).filter((key) => cost[key] !== undefined).join("+");
}

/**
 * What placing something somewhere costs, in the track-sessions layout. The pair of fields
 * given says which: a track in a session (rule trackSession, per room it takes there), a
 * track in a room (trackRoom, per session), a room used in a session (sessionRoom), an item
 * in a session (itemSession) or an item in a room (itemRoom), both per slot the item takes.
 */
export const placementCostSchema = withMeta(
  z.strictObject({
    item: z.optional(withMeta(idSchema, { description: "Id of the item." })),
    track: z.optional(withMeta(idSchema, { description: "Id of the track." })),
    session: z.optional(withMeta(idSchema, { description: "Id of the session." })),
    room: z.optional(withMeta(idSchema, { description: "Id of the room." })),
    penalty: penaltySchema,
  }),
  // Which pairs are allowed is checked where the costs are read (costPairOf): the compiled
  // parser writes out no custom checks.
  { description: "The cost of a track or item in a session or room, or of a room used in a session." },
);

/** What placing something somewhere costs. */
export type PlacementCost = z.infer<typeof placementCostSchema>;

/** Two tracks whose audiences overlap: each session where both run costs the penalty (rule similarTracks). */
export const similarTracksSchema = withMeta(
  z.strictObject({
    tracks: withMeta(
      z
        .array(idSchema)
        .check(z.minLength(2, { error: "must name two tracks" }), z.maxLength(2, { error: "must name two tracks" })),
      {
        description: "Ids of the two tracks.",
      },
    ),
    penalty: penaltySchema,
  }),
  { description: "Two tracks that should not run in parallel, and what it costs when they do." },
);

/** Two tracks that should not run in parallel. */
export type SimilarTracks = z.infer<typeof similarTracksSchema>;

/** Where in its track's running order an item should come, 1 first (rule position). */
export const trackPositionSchema = withMeta(
  z.strictObject({
    item: withMeta(idSchema, { description: "Id of the item." }),
    position: withMeta(wholeSchema(1), { description: "Its wanted place in its track's order, 1 first." }),
  }),
  { description: "An item's wanted place in its track's running order." },
);

/** An item's wanted place in its track's running order. */
export type TrackPosition = z.infer<typeof trackPositionSchema>;

/** The items a person means to attend (rules attendeeSession and attendeeClash). */
export const attendanceSchema = withMeta(
  z.strictObject({
    person: withMeta(idSchema, { description: "Id of the person." }),
    items: withMeta(z.array(idSchema).check(z.minLength(1, { error: "must name an item" })), {
      description: "Ids of the items they want to attend.",
    }),
  }),
  { description: "Items a person wants to attend." },
);

/** Items a person wants to attend. */
export type Attendance = z.infer<typeof attendanceSchema>;

/** The people who chair a track's sessions wherever it runs. */
export const trackChairsSchema = withMeta(
  z.strictObject({
    track: withMeta(idSchema, { description: "Id of the track." }),
    people: withMeta(z.array(idSchema), { description: "Ids of its chairs." }),
  }),
  { description: "The chairs of a track." },
);

/** The chairs of a track. */
export type TrackChairs = z.infer<typeof trackChairsSchema>;

/** The zone an item is presented from (a remote presenter), for rule presenterHours. */
export const presenterZoneSchema = withMeta(
  z.strictObject({
    item: withMeta(idSchema, { description: "Id of the item." }),
    timeZone: timeZoneSchema,
  }),
  { description: "The time zone an item's presenter is in." },
);

/** The time zone an item's presenter is in. */
export type PresenterZone = z.infer<typeof presenterZoneSchema>;

/**
 * Hours on a presenter's own clock: a session that does not lie within them (dates left out)
 * costs the penalty, per slot of the item; of several windows a session breaks, the largest
 * penalty counts (an outer window with a bigger penalty than an inner one).
 */
export const presenterHoursSchema = withMeta(
  z.strictObject({
    from: withMeta(clockTimeSchema, { description: "HH:MM on the presenter's clock." }),
    to: withMeta(clockTimeSchema, { description: "HH:MM on the presenter's clock." }),
    penalty: penaltySchema,
  }),
  { description: "Hours on a presenter's clock, and what a session outside them costs." },
);

/** Hours on a presenter's own clock. */
export type PresenterHours = z.infer<typeof presenterHoursSchema>;

/** An item that takes several of a session's slots in a row (a tutorial), whatever their length. */
export const slotCountSchema = withMeta(
  z.strictObject({
    item: withMeta(idSchema, { description: "Id of the item." }),
    slots: withMeta(wholeSchema(1), { description: "How many consecutive slots it takes." }),
  }),
  { description: "How many consecutive slots an item takes." },
);

/** How many consecutive slots an item takes. */
export type SlotCount = z.infer<typeof slotCountSchema>;

/** How items are laid out: "slots" (each item in a slot) or "track-sessions". */
export const schedulingLayouts = ["slots", "track-sessions"] as const;
