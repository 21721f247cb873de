import * as z from "zod/mini";
import { idSchema } from "./id.js";
import { lineSchema } from "./text.js";
import { clockTimeSchema, dateTextSchema, durationMinutesSchema } from "./time-fields.js";
import { withMeta } from "./with-meta.js";

/** How a seminar series recurs. */
export const seriesFrequencies = ["weekly", "every-n-weeks", "dates"] as const;

/** One of {@link seriesFrequencies}. */
export type SeriesFrequency = (typeof seriesFrequencies)[number];

/**
 * A seminar series' rhythm: when it meets (every week, every N weeks between two dates, or on
 * listed dates), at what local time for how long and where by default, the meetings that are
 * cancelled and the one-off changes. Dates are YYYY-MM-DD in the event's zone; a list of
 * human dates is converted by an importer that is told its format, never guessed. Optional
 * `terms` name the periods (semesters) its meetings are grouped under.
 */
export const seriesSchema = withMeta(
  z.strictObject({
    frequency: withMeta(z.enum(seriesFrequencies), {
      description: "weekly, every-n-weeks (give intervalWeeks) or dates (give dates).",
    }),
    intervalWeeks: z.optional(
      withMeta(
        z
          .number()
          .check(z.int({ error: "must be a whole number of weeks" }), z.minimum(1, { error: "must be at least 1" })),
        { description: "For every-n-weeks." },
      ),
    ),
    from: z.optional(withMeta(dateTextSchema, { description: "First meeting (weekly, every-n-weeks)." })),
    until: z.optional(withMeta(dateTextSchema, { description: "Last possible meeting (inclusive)." })),
    dates: z.optional(withMeta(z.array(dateTextSchema), { description: "The meeting dates (frequency dates)." })),
    startTime: withMeta(clockTimeSchema, { description: "Local start time of a meeting, HH:MM." }),
    duration: withMeta(durationMinutesSchema, { description: "Length of a meeting in minutes." }),
    room: z.optional(withMeta(idSchema, { description: "Default room." })),
    cancellations: z.optional(z.array(z.strictObject({ date: dateTextSchema, reason: z.optional(lineSchema) }))),
    terms: z.optional(
      withMeta(
        z.array(
          withMeta(
            z.strictObject({
              label: withMeta(lineSchema, {
                description: 'How the term is named on the page, e.g. "Spring term 2026".',
              }),
              from: withMeta(dateTextSchema, { description: "First day of the term (inclusive)." }),
              until: withMeta(dateTextSchema, { description: "Last day of the term (inclusive)." }),
            }),
            { description: "A term (semester, quarter) of the series." },
          ),
        ),
        {
          description:
            "Terms the meetings are grouped under (a list of talks shows one heading per term); they may not overlap. Meetings outside every term are grouped by year.",
        },
      ),
    ),
    changes: z.optional(
      z.array(
        z.strictObject({
          date: dateTextSchema,
          startTime: z.optional(clockTimeSchema),
          duration: z.optional(durationMinutesSchema),
          room: z.optional(idSchema),
          note: z.optional(lineSchema),
        }),
      ),
    ),
  }),
  { description: "When a seminar series meets, with cancellations and one-off changes." },
);

/** A seminar series' rhythm. */
export type Series = z.infer<typeof seriesSchema>;

/** A term of a series: a label and its first and last days (inclusive), `YYYY-MM-DD`. */
export type SeriesTerm = NonNullable<Series["terms"]>[number];
