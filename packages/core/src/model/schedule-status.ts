import * as z from "zod/mini";
import { itemKinds } from "./item-kind.js";
import { richTextSchema } from "./text.js";
import { durationMinutesSchema } from "./time-fields.js";
import { withMeta } from "./with-meta.js";

/** Whether the published times are final. */
export const scheduleStatuses = ["final", "tentative"] as const;

/** One of {@link scheduleStatuses}. */
export type ScheduleStatus = (typeof scheduleStatuses)[number];

/**
 * How settled the schedule is, with the organisers' note ("each invited talk is 45 minutes")
 * and the per-kind durations that note implies, used for items that give no duration.
 */
export const scheduleInfoSchema = withMeta(
  z.strictObject({
    status: withMeta(z.enum(scheduleStatuses), { description: "final, or tentative (times and order may change)." }),
    note: z.optional(withMeta(richTextSchema, { description: "The organisers' note about the schedule." })),
    defaultDurations: z.optional(
      withMeta(z.partialRecord(z.enum(itemKinds), durationMinutesSchema), {
        description: "Minutes per item kind, for items that give neither end nor duration.",
      }),
    ),
  }),
  { description: "How settled the schedule is." },
);

/** How settled the schedule is. */
export type ScheduleInfo = z.infer<typeof scheduleInfoSchema>;
