import {
  dateTimeFormat,
  describeEventZone,
  describeEventZoneOver,
  formatDayHeading,
  formatZoneName,
  isValidTimeZone,
  offsetAt,
  readDateText,
  readDateTimeText,
  resolveLocalTime,
  toIsoInZone,
  type EventInfo,
  type ImportantDate,
  type LocalDateTime,
} from "@lectern/core";

const longDate: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", year: "numeric" };
const longDateTime: Intl.DateTimeFormatOptions = { ...longDate, hour: "numeric", minute: "numeric" };

/** Noon UTC of a calendar date: formatted in UTC, it names that date whatever the viewer's zone. */
function calendarNoonMs(date: string): number {
  const read = readDateText(date);
  return read.ok ? Date.UTC(read.year, read.month - 1, read.day, 12) : Number.NaN;
}

/** The event's dates as shown: one day, or a range the locale writes ("8–10 June 2026"). */
export interface EventDatesText {
  /** `Monday 27 April 2026`, or `Monday 8 – Wednesday 10 June 2026`. */
  readonly text: string;
  /** The first day, `YYYY-MM-DD` (for `<time datetime>`). */
  readonly startDate: string;
  /** The last day (inclusive) when the event lasts more than one day. */
  readonly endDate?: string;
}

/**
 * Writes an event's dates in a locale. Dates are calendar dates, so they are formatted in UTC:
 * no zone (the viewer's or the event's) can move them to another day. An end date before the
 * start (impossible in a parsed program) is read as a one-day event.
 */
export function formatEventDates(startDate: string, endDate: string | undefined, locale: string): EventDatesText {
  if (!endDate || endDate <= startDate) return { text: formatDayHeading(startDate, { locale }), startDate };
  const text = dateTimeFormat(locale, { ...longDate, timeZone: "UTC" }).formatRange(
    calendarNoonMs(startDate),
    calendarNoonMs(endDate),
  );
  return { text, startDate, endDate };
}

/** The instant of a local wall-clock time in a zone; a time skipped by DST moves forward, as clocks do. */
function instantOf(local: LocalDateTime, zone: string): number {
  const resolution = resolveLocalTime(local, zone);
  if (resolution.kind === "gap")
    return (
      Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second) -
      resolution.offsetBeforeMinutes * 60_000
    );
  return resolution.epochMs;
}

/**
 * The label of the event's zone over its dates, from noon on the first day to noon on the
 * last: the organisers' own label when they gave one (`Brasília Time (GMT−3)`); the zone's
 * name and offset when it does not change (`Central European Summer Time (GMT+2)`); and for a
 * series that crosses a DST change, every offset it takes (`United Kingdom Time (GMT+0 / GMT+1)`).
 *
 * The offset is read on the event's own days, never today's: a date that cannot be read (not
 * in a parsed program) is left out, and with no day to read the label is the zone's IANA name.
 */
export function describeEventZoneOverDates(
  event: Pick<EventInfo, "startDate" | "endDate" | "timeZone" | "timeZoneLabel">,
  locale: string,
): string {
  const noonOf = (date: string | undefined): number | undefined => {
    const read = date === undefined ? undefined : readDateText(date);
    return read?.ok
      ? instantOf({ year: read.year, month: read.month, day: read.day, hour: 12, minute: 0, second: 0 }, event.timeZone)
      : undefined;
  };
  const first = noonOf(event.startDate);
  const last = noonOf(event.endDate);
  if (first === undefined && last === undefined) return event.timeZoneLabel ?? event.timeZone;
  return describeEventZoneOver(event, first ?? last!, last ?? first!, locale);
}

/** An important date as shown: its own text, and the visitor's clock when theirs differs. */
export interface ImportantDateText {
  readonly label: string;
  readonly note?: string;
  /** Machine-readable, for `<time datetime>`: `2026-02-01`, or `2026-02-01T23:59:00-12:00`. */
  readonly dateTime: string;
  /** `Sunday 1 February 2026`, or `Sunday 1 February 2026 at 23:59`. */
  readonly text: string;
  /** The zone of a date-time (`AoE`, `Brasília Time (GMT−3)`); a whole day has one only when the program names it. */
  readonly zoneLabel?: string;
  /** The same moment on the visitor's clock, when their offset differs then. */
  readonly viewer?: { readonly text: string; readonly zoneLabel: string };
}

/**
 * Writes an important date in a locale. A whole day is a calendar date (formatted in UTC). A
 * date-time is a moment: a local date-time is read in the date's own zone (a deadline "AoE"
 * is `Etc/GMT+12`) or else the event's; an instant with an offset is shown in that zone too.
 * `viewerZone` adds the visitor's clock when it reads differently; an unknown zone is ignored.
 */
export function formatImportantDate(
  date: ImportantDate,
  event: Pick<EventInfo, "timeZone" | "timeZoneLabel">,
  options: { readonly locale: string; readonly viewerZone?: string },
): ImportantDateText {
  const read = date.date.includes("T") ? readDateTimeText(date.date) : undefined;
  if (!read || read.form === "invalid") {
    const text = formatDayHeading(date.date, { locale: options.locale });
    return { label: date.label, note: date.note, dateTime: date.date, text, zoneLabel: date.timeZoneLabel };
  }
  const zone = date.timeZone ?? event.timeZone;
  const epochMs = read.form === "instant" ? read.epochMs : instantOf(read.local, zone);
  const formatIn = (timeZone: string) => dateTimeFormat(options.locale, { ...longDateTime, timeZone }).format(epochMs);
  const viewerZone = options.viewerZone && isValidTimeZone(options.viewerZone) ? options.viewerZone : undefined;
  return {
    label: date.label,
    note: date.note,
    dateTime: toIsoInZone(epochMs, zone),
    text: formatIn(zone),
    zoneLabel:
      date.timeZoneLabel ??
      describeEventZone(date.timeZone ? { timeZone: date.timeZone } : event, epochMs, options.locale),
    viewer:
      viewerZone && offsetAt(viewerZone, epochMs) !== offsetAt(zone, epochMs)
        ? {
            text: formatIn(viewerZone),
            zoneLabel: formatZoneName(viewerZone, epochMs, { locale: options.locale, style: "short" }),
          }
        : undefined,
  };
}
