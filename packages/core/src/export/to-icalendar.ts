import type { Item } from "../model/item.js";
import type { ItemKind } from "../model/item-kind.js";
import type { Program } from "../model/program.js";
import { describePerson } from "../schedule/announcements.js";
import { indexProgram } from "../schedule/program-index.js";
import { problemAt, type ProgramProblem } from "../parse/problem.js";
import { isTimedEntry, type ResolvedItem, type UntimedItem } from "../schedule/resolved-schedule.js";
import { readDateText, utcMs } from "../time/date-time-text.js";
import { civilFromEpochMs } from "../time/zoned-time.js";
import { cancelledLines, readPublishedEvents, revisionProperties, type PublishedEvent } from "./icalendar-previous.js";
import { escapeICalendarText, foldICalendarLine } from "./icalendar-text.js";

export { escapeICalendarText, foldICalendarLine } from "./icalendar-text.js";

/** Options of {@link toICalendar}. */
export interface ICalendarOptions {
  /**
   * The items to include (all of a schedule, one, or a chosen subset such as favourites).
   * Untimed items with a `date` become all-day events; untimed items without one are left
   * out, with a warning from {@link toICalendarWithWarnings}.
   */
  readonly items: readonly (ResolvedItem | UntimedItem)[];
  /** The moment the file is made, for `DTSTAMP` (passed in, never read from a clock). */
  readonly nowMs: number;
  /** The calendar's name (`X-WR-CALNAME`); defaults to the event's title. */
  readonly calendarName?: string;
  /** Summary for an item whose title is to be announced. */
  readonly untitled?: string;
  /** Names of item kinds, the summary of an item with no title (a break); translatable. */
  readonly kindLabels?: Partial<Readonly<Record<ItemKind, string>>>;
  /**
   * The calendar published before, if any: an event whose time, title, place or status
   * changed since gets the next SEQUENCE (RFC 5545 §3.8.7.4), so clients that imported it
   * update their copy; unchanged events keep theirs. An event whose item is not among
   * `items` any more is kept, `STATUS:CANCELLED` with the next SEQUENCE, so subscribed
   * calendars strike it rather than keep it (give the previous file of the same selection).
   */
  readonly previous?: string;
}

const pad2 = (value: number) => String(value).padStart(2, "0");

/** `20260427T121000Z`: an instant in UTC, which every calendar client reads the same way. */
function formatUtc(epochMs: number): string {
  const t = civilFromEpochMs(epochMs);
  return `${String(t.year).padStart(4, "0")}${pad2(t.month)}${pad2(t.day)}T${pad2(t.hour)}${pad2(t.minute)}${pad2(t.second)}Z`;
}

/** `coffee-break` becomes `Coffee break`: a readable fallback name for a kind. */
function describeKind(kind: ItemKind): string {
  const words = kind.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The event's summary: the title; a placeholder when it is to be announced; else the kind. */
function summaryOf(item: Item, options: ICalendarOptions): string {
  if (item.title !== undefined) return item.title;
  if (item.tba?.includes("title")) return options.untitled ?? "Title to be announced";
  return options.kindLabels?.[item.kind] ?? describeKind(item.kind);
}

/** `20260601`: an iCalendar DATE. */
const formatDate = (epochMs: number) => formatUtc(epochMs).slice(0, 8);

/**
 * The DTSTART and DTEND lines of an entry: instants in UTC for a timed item; for an untimed
 * item with a date, an all-day event (`VALUE=DATE`, end exclusive: the next day), so no
 * client shows an invented time. `undefined` for an untimed item with no date.
 */
function timesOf(entry: ResolvedItem | UntimedItem): { start: string; end: string } | undefined {
  if (isTimedEntry(entry))
    return {
      start: `DTSTART:${formatUtc(entry.startMs)}`,
      end: `DTEND:${formatUtc(Math.max(entry.endMs, entry.startMs))}`,
    };
  const date = entry.item.date === undefined ? undefined : readDateText(entry.item.date);
  if (!date?.ok) return undefined;
  const dayMs = utcMs(date.year, date.month, date.day);
  return {
    start: `DTSTART;VALUE=DATE:${formatDate(dayMs)}`,
    end: `DTEND;VALUE=DATE:${formatDate(dayMs + 86_400_000)}`,
  };
}

/** A stable, URL-safe token for the event, used in UIDs. */
function slugOf(program: Program): string {
  const base = program.event.acronym ?? program.event.title;
  const slug = base
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${slug || "event"}-${program.event.startDate}`;
}

/**
 * An iCalendar file (RFC 5545) of some items of a program, times in UTC (unambiguous in
 * every client; the event's zone is named in the description). UIDs are stable
 * (`<item id>@<event slug>.lectern`), so re-importing updates rather than duplicates.
 * Lines end with CRLF and are folded at 75 octets; text is escaped. An untimed item with a
 * date is an all-day event; see {@link toICalendarWithWarnings} for what is left out.
 */
export function toICalendar(program: Program, options: ICalendarOptions): string {
  return writeCalendar(program, options).ics;
}

/**
 * {@link toICalendar}, and a warning (with the item's path) for every item whose time is to
 * be announced (written all-day on its date) or that has no date at all (left out).
 * `errors` is non-empty when the calendar would hold no event (no item given has a time or a
 * date, and no earlier event is kept cancelled): RFC 5545 (section 3.6) wants at least one
 * component, so do not publish that file.
 */
export function toICalendarWithWarnings(
  program: Program,
  options: ICalendarOptions,
): { ics: string; warnings: readonly ProgramProblem[]; errors: readonly ProgramProblem[] } {
  const { ics, warnings, eventCount } = writeCalendar(program, options);
  const given = options.items.map((entry) => entry.path).join(", ");
  const errors =
    eventCount === 0
      ? [
          problemAt(
            [],
            `${given ? `no item has a time or a date (${given})` : "no item given"}; an iCalendar file needs at least one event (RFC 5545, section 3.6)`,
          ),
        ]
      : [];
  return { ics, warnings, errors };
}

/**
 * The calendar, its warnings and how many VEVENTs it holds. The errors are left to
 * {@link toICalendarWithWarnings}, so pages that offer a calendar only for timed items (and
 * call {@link toICalendar}) do not carry them in their bundle.
 */
function writeCalendar(
  program: Program,
  options: ICalendarOptions,
): { ics: string; warnings: readonly ProgramProblem[]; eventCount: number } {
  const warnings: ProgramProblem[] = [];
  const index = indexProgram(program);
  const slug = slugOf(program);
  const nameOf = (id: string) => {
    const person = index.people.get(id)?.value;
    return person ? (describePerson(person) ?? "to be announced") : id;
  };
  const published = options.previous ? readPublishedEvents(options.previous) : new Map<string, PublishedEvent>();
  const written = new Set<string>();
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Lectern//Lectern program//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeICalendarText(options.calendarName ?? program.event.title)}`,
  ];
  for (const entry of options.items) {
    const { item } = entry;
    const times = timesOf(entry);
    const timeIsTba = item.tba?.includes("time") === true;
    if (times === undefined) {
      warnings.push(problemAt(["items", entry.index], "has no time and no date; it is not in the calendar"));
      continue;
    }
    if (!isTimedEntry(entry) && timeIsTba)
      warnings.push(
        problemAt(["items", entry.index], `time to be announced: written as an all-day event on ${item.date}`),
      );
    const people = [
      ...(item.speakers ?? []).map(nameOf),
      ...(item.authors ?? []).map((author) => `${nameOf(author.person)}${author.presenting ? " (presenting)" : ""}`),
    ];
    const room = entry.roomId === undefined ? undefined : index.rooms.get(entry.roomId)?.value.name;
    const venue = program.event.venue;
    const location = [room, venue?.name, venue?.city, venue?.country].filter(Boolean).join(", ");
    const description = [
      people.length > 0 ? people.join(", ") : undefined,
      item.abstract,
      `Times are ${program.event.timeZoneLabel ?? program.event.timeZone} on the programme.`,
    ]
      .filter(Boolean)
      .join("\n\n");
    // A confirmed item of a tentative schedule is still tentative for a calendar.
    const scheduleIsTentative = program.event.schedule?.status === "tentative";
    const status =
      entry.status === "cancelled"
        ? "CANCELLED"
        : entry.status === "tentative" || scheduleIsTentative
          ? "TENTATIVE"
          : "CONFIRMED";
    const uid = `${item.id}@${slug}.lectern`;
    written.add(uid);
    const revised = {
      DTSTART: times.start.slice(times.start.indexOf(":") + 1),
      DTEND: times.end.slice(times.end.indexOf(":") + 1),
      SUMMARY: escapeICalendarText(summaryOf(item, options)),
      LOCATION: location ? escapeICalendarText(location) : "",
      STATUS: status,
    };
    const before = published.get(uid);
    const fingerprint = revisionProperties.map((name) => revised[name as keyof typeof revised]).join("\n");
    const sequence =
      before === undefined ? 0 : before.fingerprint === fingerprint ? before.sequence : before.sequence + 1;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${uid}`,
      `DTSTAMP:${formatUtc(options.nowMs)}`,
      times.start,
      times.end,
      `SUMMARY:${revised.SUMMARY}`,
      `DESCRIPTION:${escapeICalendarText(description)}`,
      ...(location ? [`LOCATION:${revised.LOCATION}`] : []),
      `STATUS:${status}`,
      `SEQUENCE:${sequence}`,
      "END:VEVENT",
    );
  }
  let keptCancelled = 0;
  for (const [uid, event] of published) {
    if (written.has(uid)) continue;
    lines.push(...cancelledLines(event, formatUtc(options.nowMs)));
    keptCancelled += 1;
  }
  lines.push("END:VCALENDAR");
  return {
    ics: `${lines.map(foldICalendarLine).join("\r\n")}\r\n`,
    warnings,
    eventCount: written.size + keptCancelled,
  };
}
