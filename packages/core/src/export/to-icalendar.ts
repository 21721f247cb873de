import type { Item } from "../model/item.js";
import type { ItemKind } from "../model/item-kind.js";
import type { Program } from "../model/program.js";
import { describePerson } from "../schedule/announcements.js";
import { indexProgram } from "../schedule/program-index.js";
import type { ResolvedItem } from "../schedule/resolved-schedule.js";
import { civilFromEpochMs } from "../time/zoned-time.js";

/** Options of {@link toICalendar}. */
export interface ICalendarOptions {
  /** The items to include (all of a schedule, one, or a chosen subset such as favourites). */
  readonly items: readonly ResolvedItem[];
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

/**
 * RFC 5545 TEXT escaping: backslash, semicolon, comma, and every line break (CRLF, LF, a lone
 * CR) as `\n`. Other control characters, which TEXT may not hold, are dropped.
 */
export function escapeICalendarText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n?|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

/** UTF-8 length of one character (a code point), without TextEncoder (not in the core's lib). */
function utf8Octets(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character:
 * continuation lines start with one space.
 */
export function foldICalendarLine(line: string): string {
  let total = 0;
  for (const char of line) total += utf8Octets(char);
  if (total <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let currentOctets = 0;
  for (const char of line) {
    const octets = utf8Octets(char);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines lose one octet to the space
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = "";
      currentOctets = 0;
    }
    current += char;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join("\r\n ");
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

/** The properties whose change is a revision that clients must see. */
const revisionProperties = ["DTSTART", "DTEND", "SUMMARY", "LOCATION", "STATUS"];

/** What a published calendar said about one event: enough to raise its SEQUENCE or cancel it. */
interface PublishedEvent {
  readonly sequence: number;
  readonly fingerprint: string;
  readonly status: string;
  /** Its content lines, unfolded, between BEGIN:VEVENT and END:VEVENT. */
  readonly lines: readonly string[];
}

/** UID -> what the published calendar said about the event. */
function readPublishedEvents(text: string): Map<string, PublishedEvent> {
  const lines = text.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
  const events = new Map<string, PublishedEvent>();
  let current: Map<string, string> | undefined;
  let raw: string[] = [];
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") [current, raw] = [new Map(), []];
    else if (line === "END:VEVENT" && current) {
      const uid = current.get("UID");
      if (uid)
        events.set(uid, {
          sequence: Number(current.get("SEQUENCE") ?? 0) || 0,
          fingerprint: revisionProperties.map((name) => current!.get(name) ?? "").join("\n"),
          status: current.get("STATUS") ?? "CONFIRMED",
          lines: raw,
        });
      current = undefined;
    } else if (current) {
      raw.push(line);
      const colon = line.indexOf(":");
      if (colon > 0) current.set(line.slice(0, colon).split(";")[0]!.toUpperCase(), line.slice(colon + 1));
    }
  }
  return events;
}

/**
 * A published event whose item is gone, kept as cancelled with the next SEQUENCE (once: one
 * already cancelled keeps its own), so a subscribed calendar strikes it instead of keeping a
 * stale copy or silently losing it.
 */
function cancelledLines(event: PublishedEvent, stamp: string): string[] {
  const kept = event.lines.filter((line) => !/^(DTSTAMP|STATUS|SEQUENCE)[:;]/i.test(line));
  const sequence = event.status === "CANCELLED" ? event.sequence : event.sequence + 1;
  return ["BEGIN:VEVENT", ...kept, `DTSTAMP:${stamp}`, "STATUS:CANCELLED", `SEQUENCE:${sequence}`, "END:VEVENT"];
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
 * Lines end with CRLF and are folded at 75 octets; text is escaped.
 */
export function toICalendar(program: Program, options: ICalendarOptions): string {
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
      DTSTART: formatUtc(entry.startMs),
      DTEND: formatUtc(Math.max(entry.endMs, entry.startMs)),
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
      `DTSTART:${revised.DTSTART}`,
      `DTEND:${revised.DTEND}`,
      `SUMMARY:${revised.SUMMARY}`,
      `DESCRIPTION:${escapeICalendarText(description)}`,
      ...(location ? [`LOCATION:${revised.LOCATION}`] : []),
      `STATUS:${status}`,
      `SEQUENCE:${sequence}`,
      "END:VEVENT",
    );
  }
  for (const [uid, event] of published) {
    if (!written.has(uid)) lines.push(...cancelledLines(event, formatUtc(options.nowMs)));
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldICalendarLine).join("\r\n")}\r\n`;
}
