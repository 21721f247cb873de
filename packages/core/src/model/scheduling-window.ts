import * as z from "zod/mini";
import { clockTimeSchema, dateTimeTextSchema, timeZoneSchema } from "./time-fields.js";
import { withMeta } from "./with-meta.js";

/**
 * A stretch of time on the calendar, `start` up to (not including) `end`, written like an
 * item's times: local in the event's zone or an instant with an offset.
 */
export const dateTimeWindowSchema = withMeta(
  z.strictObject({
    start: dateTimeTextSchema,
    end: dateTimeTextSchema,
  }),
  { description: "From start up to end (local in the event's zone, or with an offset)." },
);

/**
 * The same hours on every day, in a zone of its own: a remote presenter's
 * "only 08:00-20:00 in Asia/Tokyo". Without `timeZone` the hours are the event's.
 * A window that ends before it starts (`22:00`-`06:00`) runs over midnight.
 */
export const dailyWindowSchema = withMeta(
  z.strictObject({
    from: withMeta(clockTimeSchema, { description: "Daily start, HH:MM." }),
    to: withMeta(clockTimeSchema, { description: "Daily end, HH:MM (before from: over midnight)." }),
    timeZone: z.optional(
      withMeta(timeZoneSchema, { description: "The zone the hours are in; the event's when left out." }),
    ),
  }),
  { description: "The same hours every day, optionally in another time zone." },
);

/** A stretch of time on the calendar. */
export type DateTimeWindow = z.infer<typeof dateTimeWindowSchema>;
/** The same hours every day. */
export type DailyWindow = z.infer<typeof dailyWindowSchema>;
