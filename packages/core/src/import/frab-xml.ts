import { XMLParser, XMLValidator } from "fast-xml-parser";
import { isSafeUrl } from "../model/url.js";
import { parseProgram, type ParseResult } from "../parse/parse-program.js";
import { problemAt, type ProgramProblem } from "../parse/problem.js";
import { isValidTimeZone } from "../time/zoned-time.js";
import { kindOfFrabType } from "./frab-kinds.js";
import { htmlToText } from "./html-to-text.js";
import { createIdMaker } from "./slug-ids.js";

/** Options of {@link importFrabXml}. */
export interface FrabImportOptions {
  /**
   * The IANA zone of the event, for old files without `<time_zone_name>` (their times carry
   * no zone otherwise). A zone in the file wins.
   */
  readonly timeZone?: string;
}

type XmlNode = Record<string, unknown>;

// Elements that may repeat, by their path: everything else is read as a single value.
const repeated = new Set([
  "schedule.day",
  "schedule.day.room",
  "schedule.day.room.event",
  "schedule.day.room.event.persons.person",
  "schedule.day.room.event.links.link",
  "schedule.day.room.event.attachments.attachment",
  "schedule.tracks.track",
]);

const text = (value: unknown): string | undefined => {
  const raw = typeof value === "object" && value !== null ? (value as XmlNode)["#text"] : value;
  const trimmed = raw === undefined || raw === null ? "" : String(raw).trim();
  return trimmed === "" ? undefined : trimmed;
};
const list = (value: unknown): XmlNode[] => (Array.isArray(value) ? (value as XmlNode[]) : []);

/** `00:25` or `01:30:00` as minutes; `undefined` when it is not a duration. */
function minutesOf(duration: string | undefined): number | undefined {
  const match = duration === undefined ? null : /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(duration);
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]) + Math.round(Number(match[3] ?? 0) / 60);
}

/**
 * Imports a frab/Pentabarf `schedule.xml` (what frab, pretalx and FOSDEM publish) as a
 * program. Like `parseProgram` it never throws: an XML syntax error comes back with its line
 * and column, anything dropped or guessed as a warning, and the program is validated by the
 * same parse boundary as hand-written ones. HTML in abstracts becomes plain text.
 */
export function importFrabXml(xml: string, options: FrabImportOptions = {}): ParseResult {
  try {
    return importUnsafely(xml, options);
  } catch (error) {
    return { ok: false, errors: [problemAt([], `could not be imported: ${error instanceof Error ? error.message : "unknown error"}`)], warnings: [] };
  }
}

function importUnsafely(xml: string, options: FrabImportOptions): ParseResult {
  const syntax = XMLValidator.validate(xml);
  if (syntax !== true) {
    return { ok: false, errors: [{ ...problemAt([], `is not well-formed XML: ${syntax.err.msg}`), line: syntax.err.line, column: syntax.err.col }], warnings: [] };
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    textNodeName: "#text",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    isArray: (_name, path) => repeated.has(String(path)),
  });
  const schedule = (parser.parse(xml) as XmlNode).schedule as XmlNode | undefined;
  if (!schedule || typeof schedule !== "object") {
    return { ok: false, errors: [problemAt([], "is not a frab schedule: the root element must be <schedule>")], warnings: [] };
  }
  const conference = (schedule.conference ?? {}) as XmlNode;
  const warnings: ProgramProblem[] = [];
  const timeZone = text(conference.time_zone_name) ?? options.timeZone;
  if (!timeZone) {
    return {
      ok: false,
      errors: [problemAt(["schedule", "conference", "time_zone_name"], 'the file names no time zone, so its times cannot be placed; pass the event\'s zone, e.g. { timeZone: "Europe/Brussels" }')],
      warnings,
    };
  }
  if (!isValidTimeZone(timeZone)) {
    return { ok: false, errors: [problemAt(["schedule", "conference", "time_zone_name"], `"${timeZone}" is not an IANA time zone`)], warnings };
  }

  const roomId = createIdMaker("room-");
  const trackId = createIdMaker("track-");
  const rooms = new Map<string, { id: string; name: string }>();
  const tracks = new Map<string, { id: string; name: string; extra?: Record<string, string> }>();
  for (const track of list((schedule.tracks as XmlNode | undefined)?.track)) {
    const name = text(track);
    if (!name) continue;
    const { "#text": _name, ...attributes } = track;
    tracks.set(name, { id: trackId(name), name, ...(Object.keys(attributes).length > 0 ? { extra: attributes as Record<string, string> } : {}) });
  }
  const people = new Map<string, { id: string; name: string }>();
  const items: Record<string, unknown>[] = [];
  const otherTypes = new Map<string, number>();
  const itemIds = new Set<string>();

  list(schedule.day).forEach((day, dayIndex) => {
    list(day.room).forEach((room, roomIndex) => {
      const roomName = text(room.name);
      if (roomName && !rooms.has(roomName)) rooms.set(roomName, { id: roomId(roomName), name: roomName });
      list(room.event).forEach((event, eventIndex) => {
        const where = ["schedule", "day", dayIndex, "room", roomIndex, "event", eventIndex];
        const rawId = text(event.id) ?? text(event.guid) ?? `${dayIndex}-${roomIndex}-${eventIndex}`;
        let id = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(rawId) ? rawId : `event-${items.length + 1}`;
        if (itemIds.has(id)) id = `${id}-${items.length + 1}`;
        itemIds.add(id);
        const start = text(event.date) ?? (text(day.date) && text(event.start) ? `${text(day.date)}T${text(event.start)}` : undefined);
        const duration = minutesOf(text(event.duration));
        if (!start) warnings.push(problemAt(where, `event "${text(event.title) ?? id}" has no <date> or <start>; imported without a time`));
        const type = text(event.type);
        const kind = kindOfFrabType(type);
        if (!kind && type) otherTypes.set(type, (otherTypes.get(type) ?? 0) + 1);
        const trackName = text(event.track);
        if (trackName && !tracks.has(trackName)) tracks.set(trackName, { id: trackId(trackName), name: trackName });
        const speakers = list((event.persons as XmlNode | undefined)?.person).flatMap((person) => {
          const name = text(person);
          if (!name) return [];
          const personKey = text(person.id) ?? name;
          if (!people.has(personKey)) people.set(personKey, { id: `person-${createIdMaker()(personKey)}`, name });
          return [people.get(personKey)!.id];
        });
        const links = [
          ...(text(event.url) ? [{ url: text(event.url)!, label: "Event page" }] : []),
          ...list((event.links as XmlNode | undefined)?.link).map((link) => ({ url: text(link.href) ?? "", label: text(link) })),
          ...list((event.attachments as XmlNode | undefined)?.attachment).map((attachment) => ({ url: text(attachment.href) ?? "", label: text(attachment) })),
        ].flatMap((link) => {
          if (isSafeUrl(link.url)) return [{ kind: /\.pdf($|\?)/i.test(link.url) ? "pdf" : "web", url: link.url, ...(link.label ? { label: link.label } : {}) }];
          warnings.push(problemAt(where, `link ${JSON.stringify(link.url)} dropped: not an http(s) or mailto address`));
          return [];
        });
        const abstract = [text(event.abstract), text(event.description)].filter(Boolean).map((html) => htmlToText(html!)).filter(Boolean).join("\n\n");
        const extra = Object.fromEntries(
          [["guid", text(event.guid)], ["slug", text(event.slug)], ["type", type], ["language", text(event.language)], ["feedbackUrl", text(event.feedback_url)]].filter((entry) => entry[1] !== undefined),
        );
        items.push({
          id,
          kind: kind ?? "other",
          ...(text(event.title) ? { title: text(event.title) } : { tba: ["title"] }),
          ...(text(event.subtitle) ? { subtitle: text(event.subtitle) } : {}),
          ...(abstract ? { abstract } : {}),
          ...(speakers.length > 0 ? { speakers } : {}),
          ...(links.length > 0 ? { links } : {}),
          ...(roomName ? { room: rooms.get(roomName)!.id } : {}),
          ...(trackName ? { track: tracks.get(trackName)!.id } : {}),
          ...(start ? { start } : {}),
          ...(start && duration !== undefined && duration > 0 ? { duration } : start ? { duration: 1 } : {}),
          ...(Object.keys(extra).length > 0 ? { extra } : {}),
        });
        if (start && !(duration !== undefined && duration > 0)) warnings.push(problemAt(where, `event "${text(event.title) ?? id}" has no usable <duration>; imported as 1 minute long`));
      });
    });
  });
  for (const [type, count] of otherTypes) warnings.push(problemAt([], `${count} event(s) of type "${type}" imported as kind "other" (the type is kept in extra.type)`));

  const startDate = text(conference.start)?.slice(0, 10) ?? (items.find((item) => typeof item.start === "string")?.start as string | undefined)?.slice(0, 10);
  const endDate = text(conference.end)?.slice(0, 10);
  const conferenceExtra = Object.fromEntries(
    [["dayChange", text(conference.day_change)], ["timeslotDuration", text(conference.timeslot_duration)], ["version", text(schedule.version)]].filter((entry) => entry[1] !== undefined),
  );
  const baseUrl = text(conference.base_url);
  const program = {
    version: 1,
    event: {
      title: text(conference.title) ?? "Untitled conference",
      ...(text(conference.acronym) ? { acronym: text(conference.acronym) } : {}),
      ...(text(conference.subtitle) ? { subtitle: text(conference.subtitle) } : {}),
      kind: "conference",
      startDate: startDate ?? "1970-01-01",
      ...(endDate && endDate !== startDate ? { endDate } : {}),
      timeZone,
      ...(text(conference.venue) || text(conference.city) ? { venue: { ...(text(conference.venue) ? { name: text(conference.venue) } : {}), ...(text(conference.city) ? { city: text(conference.city) } : {}) } } : {}),
      ...(baseUrl && isSafeUrl(baseUrl) ? { links: [{ kind: "web", url: baseUrl, label: "Schedule" }] } : {}),
      ...(Object.keys(conferenceExtra).length > 0 ? { extra: { frab: conferenceExtra } } : {}),
    },
    people: [...people.values()],
    rooms: [...rooms.values()],
    tracks: [...tracks.values()],
    items,
  };
  const result = parseProgram(program);
  return result.ok ? { ...result, warnings: [...warnings, ...result.warnings] } : { ...result, warnings: [...warnings, ...result.warnings] };
}
