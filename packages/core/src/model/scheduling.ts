import * as z from "zod/mini";
import { idSchema } from "./id.js";
import { ruleStrengthsSchema } from "./scheduling-rule-weights.js";
import {
  attendeePreferenceSchema,
  consecutivePartsSchema,
  itemGroupSchema,
  precedenceSchema,
} from "./scheduling-groups.js";
import {
  attendanceSchema,
  placementCostSchema,
  presenterHoursSchema,
  presenterZoneSchema,
  schedulingLayouts,
  similarTracksSchema,
  slotCountSchema,
  trackChairsSchema,
  trackPositionSchema,
} from "./scheduling-track-layout.js";
import { dailyWindowSchema, dateTimeWindowSchema } from "./scheduling-window.js";
import { dateTimeTextSchema, durationMinutesSchema } from "./time-fields.js";
import { withMeta } from "./with-meta.js";

const countSchema = z
  .number()
  .check(z.int({ error: "must be a whole number" }), z.nonnegative({ error: "must be 0 or more" }));

/**
 * A place in time where items may go: it starts at `start`, lasts `minutes`, in any of
 * `rooms` (every room when left out). Slots that start together form one period.
 */
export const slotSchema = withMeta(
  z.strictObject({
    start: dateTimeTextSchema,
    minutes: withMeta(durationMinutesSchema, { description: "Length of the slot in minutes." }),
    rooms: z.optional(
      withMeta(z.array(idSchema), { description: "Ids of the rooms it is open in; all when left out." }),
    ),
    session: z.optional(withMeta(idSchema, { description: "Id of the session the slot belongs to, if any." })),
  }),
  { description: "A start and a length, in some or all rooms." },
);

/** A place in time where items may go. */
export type Slot = z.infer<typeof slotSchema>;

/**
 * When a person can (or cannot) be there. What is given narrows it down: within `available`
 * (when given), within `daily` (when given) and never within `unavailable`.
 */
export const availabilitySchema = withMeta(
  z.strictObject({
    person: withMeta(idSchema, { description: "Id of the person." }),
    available: z.optional(withMeta(z.array(dateTimeWindowSchema), { description: "Only within these windows." })),
    daily: z.optional(dailyWindowSchema),
    unavailable: z.optional(withMeta(z.array(dateTimeWindowSchema), { description: "Never within these windows." })),
  }),
  { description: "When a person can present or chair." },
);

/** When a person can (or cannot) be there. */
export type Availability = z.infer<typeof availabilitySchema>;

/** When a room cannot be used (cleaning, another event). */
export const roomClosureSchema = withMeta(
  z.strictObject({
    room: withMeta(idSchema, { description: "Id of the room." }),
    closed: withMeta(z.array(dateTimeWindowSchema), { description: "When it cannot be used." }),
  }),
  { description: "When a room cannot be used." },
);

/** When a room cannot be used. */
export type RoomClosure = z.infer<typeof roomClosureSchema>;

/** How many people an item is expected to draw (votes, registrations), so popular items get big rooms. */
export const expectedAudienceSchema = withMeta(
  z.strictObject({
    item: withMeta(idSchema, { description: "Id of the item." }),
    people: withMeta(countSchema, { description: "Expected audience." }),
  }),
  { description: "The expected audience of an item." },
);

/** The expected audience of an item. */
export type ExpectedAudience = z.infer<typeof expectedAudienceSchema>;

/**
 * What automatic scheduling (`scheduleProgram`, `lectern schedule`) may change and the rules
 * it keeps. Everything is optional: with no more than `{}` the unplaced items go into the
 * sessions' slots with no one in two places at once.
 */
export const schedulingSchema = withMeta(
  z.strictObject({
    move: z.optional(
      withMeta(z.enum(["unscheduled", "all"]), {
        description:
          'Which items are placed: "unscheduled" (default) places only those without a start; "all" re-places every item, keeping close to where each is now (rule moved).',
      }),
    ),
    fixed: z.optional(withMeta(z.array(idSchema), { description: "Ids of items that keep their room and start." })),
    slots: z.optional(
      withMeta(z.array(slotSchema), {
        description: "Where items may go; when left out, the slots follow from the sessions' times and items' lengths.",
      }),
    ),
    availability: z.optional(withMeta(z.array(availabilitySchema), { description: "When people can be there." })),
    roomClosures: z.optional(withMeta(z.array(roomClosureSchema), { description: "When rooms cannot be used." })),
    audience: z.optional(withMeta(z.array(expectedAudienceSchema), { description: "Expected audience per item." })),
    apart: z.optional(
      withMeta(z.array(itemGroupSchema), {
        description: "Groups whose items must not run at the same time (rule apart).",
      }),
    ),
    together: z.optional(
      withMeta(z.array(itemGroupSchema), { description: "Groups whose items should share a session (rule together)." }),
    ),
    consecutive: z.optional(
      withMeta(z.array(consecutivePartsSchema), { description: "Multi-part items: back to back in one room." }),
    ),
    precedence: z.optional(withMeta(z.array(precedenceSchema), { description: "Items that must come before others." })),
    preferences: z.optional(
      withMeta(z.array(attendeePreferenceSchema), { description: "Items attendees want to see (rule hopping)." }),
    ),
    layout: z.optional(
      withMeta(z.enum(schedulingLayouts), {
        description:
          '"slots" (default): each item goes in a slot. "track-sessions": each track fills whole sessions, one track per session and room, its items laid out in the session\'s slots (CoSPLib\'s model); the fields below weigh it.',
      }),
    ),
    slotCounts: z.optional(
      withMeta(z.array(slotCountSchema), { description: "Items that take several slots in a row (1 otherwise)." }),
    ),
    costs: z.optional(withMeta(z.array(placementCostSchema), { description: "What placements cost." })),
    similar: z.optional(
      withMeta(z.array(similarTracksSchema), { description: "Tracks that should not run in parallel." }),
    ),
    positions: z.optional(
      withMeta(z.array(trackPositionSchema), { description: "Wanted places in a track's running order." }),
    ),
    attendance: z.optional(
      withMeta(z.array(attendanceSchema), { description: "Items people want to attend (attendee clashes)." }),
    ),
    trackChairs: z.optional(withMeta(z.array(trackChairsSchema), { description: "Tracks' chairs." })),
    presenterZones: z.optional(
      withMeta(z.array(presenterZoneSchema), { description: "Zones items are presented from." }),
    ),
    presenterHours: z.optional(
      withMeta(z.array(presenterHoursSchema), { description: "Hours on presenters' clocks (rule presenterHours)." }),
    ),
    rules: z.optional(ruleStrengthsSchema),
  }),
  { description: "What automatic scheduling may change and the rules it keeps." },
);

/** What automatic scheduling may change and the rules it keeps. */
export type Scheduling = z.infer<typeof schedulingSchema>;
