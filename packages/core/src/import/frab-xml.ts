import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { JsonValue } from "../model/extra.js";
import type { ParseResult } from "../parse/parse-program.js";
import { problemAt } from "../parse/problem.js";
import { programFromFrabSchedule, type FrabEvent } from "./frab-schedule.js";

/** Options of the frab-family importers. */
export interface FrabImportOptions {
  /**
   * The IANA zone of the event, for files without a time zone name (their times carry no
   * zone otherwise). A zone in the file wins.
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
const defined = (entries: [string, string | undefined][]): Record<string, JsonValue> =>
  Object.fromEntries(entries.filter((entry): entry is [string, string] => entry[1] !== undefined));

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
  const rooms: string[] = [];
  const events: FrabEvent[] = [];
  list(schedule.day).forEach((day, dayIndex) => {
    list(day.room).forEach((room, roomIndex) => {
      const roomName = text(room.name);
      if (roomName && !rooms.includes(roomName)) rooms.push(roomName);
      list(room.event).forEach((event, eventIndex) => {
        events.push({
          where: ["schedule", "day", dayIndex, "room", roomIndex, "event", eventIndex],
          id: text(event.id) ?? text(event.guid),
          date: text(event.date),
          dayDate: text(day.date),
          start: text(event.start),
          duration: text(event.duration),
          room: roomName ?? text(event.room),
          title: text(event.title),
          subtitle: text(event.subtitle),
          track: text(event.track),
          type: text(event.type),
          abstract: text(event.abstract),
          description: text(event.description),
          url: text(event.url),
          persons: list((event.persons as XmlNode | undefined)?.person).flatMap((person) => {
            const name = text(person);
            return name ? [{ key: text(person.id) ?? text(person.guid) ?? name, name }] : [];
          }),
          links: [
            ...list((event.links as XmlNode | undefined)?.link).map((link) => ({ url: text(link.href) ?? "", label: text(link) })),
            ...list((event.attachments as XmlNode | undefined)?.attachment).map((attachment) => ({ url: text(attachment.href) ?? "", label: text(attachment) })),
          ],
          extra: defined([
            ["guid", text(event.guid)],
            ["slug", text(event.slug)],
            ["language", text(event.language)],
            ["feedbackUrl", text(event.feedback_url)],
          ]),
        });
      });
    });
  });
  return programFromFrabSchedule(
    {
      title: text(conference.title),
      acronym: text(conference.acronym),
      subtitle: text(conference.subtitle),
      start: text(conference.start),
      end: text(conference.end),
      timeZone: text(conference.time_zone_name),
      venue: text(conference.venue),
      city: text(conference.city),
      baseUrl: text(conference.base_url),
      tracks: list((schedule.tracks as XmlNode | undefined)?.track).flatMap((track) => {
        const name = text(track);
        if (!name) return [];
        const { "#text": _name, ...attributes } = track;
        return [{ name, ...(Object.keys(attributes).length > 0 ? { extra: attributes as Record<string, JsonValue> } : {}) }];
      }),
      rooms,
      events,
      extra: defined([
        ["dayChange", text(conference.day_change)],
        ["timeslotDuration", text(conference.timeslot_duration)],
        ["version", text(schedule.version)],
      ]),
      abstractsAreHtml: true,
    },
    options.timeZone,
    ["schedule", "conference", "time_zone_name"],
  );
}
