import * as z from "zod/mini";
import { fieldCheck } from "./field-check.js";
import { withMeta } from "./with-meta.js";
import { longestDurationMinutes } from "./duration-limit.js";
import { quoteText } from "./describe-value.js";

/**
 * A date-time as written in a program: local in the event's zone (`2026-04-27T09:10`) or an
 * instant with an offset (`2026-04-27T12:10Z`), in the years 1583 to 9998 (`programYears`:
 * the Gregorian calendar, and four-digit years in iCalendar). Whether a local time exists in
 * the zone (DST gaps) is checked later, once the zone is known.
 */
export const dateTimeTextSchema = withMeta(z.string().check(fieldCheck("dateTimeText")), {
  description:
    "A local date-time in the event's time zone (2026-04-27T09:10) or an instant with an offset (2026-04-27T12:10Z, 2026-04-27T09:10-03:00), in the years 1583 to 9998.",
  pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?$",
});

/** A calendar date, `YYYY-MM-DD`, in the years 1583 to 9998 (`programYears`). */
export const dateTextSchema = withMeta(z.string().check(fieldCheck("dateText")), {
  description: "A calendar date, YYYY-MM-DD, in the years 1583 to 9998.",
  pattern: "^\\d{4}-\\d{2}-\\d{2}$",
});

/** An important date may be a whole day or a moment (a deadline at 23:59 AoE). */
export const dateOrDateTimeTextSchema = withMeta(z.string().check(fieldCheck("dateOrDateTimeText")), {
  description: "A calendar date (2026-02-01) or a date-time (2026-02-01T23:59, 2026-02-02T11:59Z).",
});

/** An IANA time zone name, such as `America/Sao_Paulo`. */
export const timeZoneSchema = withMeta(z.string().check(fieldCheck("timeZone")), {
  description: "An IANA time zone name, e.g. America/Sao_Paulo.",
});

/** A duration in whole minutes, greater than zero. */
export const durationMinutesSchema = withMeta(
  z
    .number()
    .check(
      z.int({ error: "must be a whole number of minutes" }),
      z.positive({ error: "must be more than 0 minutes" }),
      z.maximum(longestDurationMinutes, { error: `must be at most 14 days (${longestDurationMinutes} minutes)` }),
    ),
  { description: "A duration in whole minutes." },
);

/** A clock time `HH:MM`, used for the hour at which a day rolls over. */
export const clockTimeSchema = withMeta(
  z.string().check(
    z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
      error: (issue) => `${quoteText(String(issue.input))} is not a time of day; expected HH:MM from 00:00 to 23:59`,
    }),
  ),
  { description: "A time of day, HH:MM." },
);
