import { daysBetween, programDayOf } from "../schedule/day-of.js";
import { dateTimeFormat } from "./date-time-format-cache.js";
import { formatTimeRange } from "./format-time-range.js";
import { describeEventZone, formatZoneName } from "./format-zone-name.js";

/** Which clock(s) to show times in. */
export const timeZoneModes = ["event", "viewer", "both"] as const;

/** One of {@link timeZoneModes}. */
export type TimeZoneMode = (typeof timeZoneModes)[number];

/** A time range written out in one zone. */
export interface ZonedTimeText {
  /** `09:10–09:40` */
  readonly range: string;
  /** `Brasília Time (GMT−3)` for the event, `GMT+2` for a viewer. */
  readonly zoneLabel: string;
  /** The calendar date of the start in this zone, `YYYY-MM-DD`. */
  readonly date: string;
  /** `Tue, 28 Apr` style date, for when it differs from the event's date. */
  readonly dateText: string;
}

/** An item's time for display, in the event's zone, the viewer's, or both. */
export interface ItemTimeText {
  readonly event?: ZonedTimeText;
  readonly viewer?: ZonedTimeText;
  /** True when the two zones give different clock readings for this item. */
  readonly zonesDiffer: boolean;
  /** Calendar days from the event's date to the viewer's (e.g. +1: "next day" for the viewer). */
  readonly viewerDayShift: number;
}

/** Options of {@link formatItemTime}. */
export interface ItemTimeOptions {
  readonly event: { readonly timeZone: string; readonly timeZoneLabel?: string };
  /** The viewer's IANA zone; the caller finds it (components ask the browser). */
  readonly viewerZone: string;
  readonly mode: TimeZoneMode;
  readonly locale?: string;
  readonly hourCycle?: "h12" | "h23";
}

/**
 * Writes an item's time for the event's clock, the viewer's, or both side by side, and says
 * when the viewer's date is another day (a 21:00 talk in Rio is 02:00 the next day in Berlin).
 */
export function formatItemTime(startMs: number, endMs: number, options: ItemTimeOptions): ItemTimeText {
  const { event, viewerZone, locale, hourCycle } = options;
  const zoned = (zone: string, zoneLabel: string): ZonedTimeText => ({
    range: formatTimeRange(startMs, endMs, { zone, locale, hourCycle }),
    zoneLabel,
    date: programDayOf(startMs, zone, 0),
    dateText: dateTimeFormat(locale, { timeZone: zone, weekday: "short", day: "numeric", month: "short" }).format(
      startMs,
    ),
  });
  const eventText = zoned(event.timeZone, describeEventZone(event, startMs, locale));
  const viewerText = zoned(viewerZone, formatZoneName(viewerZone, startMs, { locale }));
  const zonesDiffer = eventText.range !== viewerText.range || eventText.date !== viewerText.date;
  const viewerDayShift = daysBetween(eventText.date, viewerText.date);
  return {
    event: options.mode === "viewer" ? undefined : eventText,
    viewer: options.mode === "event" || (options.mode === "both" && !zonesDiffer) ? undefined : viewerText,
    zonesDiffer,
    viewerDayShift,
  };
}
