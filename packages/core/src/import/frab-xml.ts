import { rejectWith } from "./read-input.js";
import type { JsonValue } from "../model/extra.js";
import type { ParseResult } from "../parse/parse-program.js";
import { programFromFrabSchedule, type FrabEvent } from "./frab-schedule.js";
import { guardImport } from "./guard-import.js";
import { problemInSource, type ImportSource } from "./import-source.js";
import { asEntries, asObject, asObjectList, asText } from "./json-values.js";
import { readXml, type XmlNode } from "./read-xml.js";

/** Options of the frab-family importers. */
export interface FrabImportOptions {
  /**
   * The IANA zone of the event, for files without a time zone name (their times carry no
   * zone otherwise). A zone in the file wins.
   */
  readonly timeZone?: string;
}

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

/** An element's text (or an attribute's value), trimmed; `undefined` when empty or repeated. */
const text = (value: unknown): string | undefined => asText(asObject(value)?.["#text"] ?? value);
/** A child element that should occur once. */
const child = (node: XmlNode, name: string): XmlNode | undefined => asObject(node[name]);
const list = (value: unknown): XmlNode[] => asObjectList(value);
const defined = (entries: [string, string | undefined][]): Record<string, JsonValue> =>
  Object.fromEntries(entries.filter((entry): entry is [string, string] => entry[1] !== undefined));

/**
 * Imports a frab/Pentabarf `schedule.xml` (what frab, pretalx and FOSDEM publish) as a
 * program. Like `parseProgram` it never throws: an XML syntax error comes back with its line
 * and column, anything dropped or guessed as a warning, and the program is validated by the
 * same parse boundary as hand-written ones. HTML in abstracts becomes plain text.
 */
export function importFrabXml(xml: string | unknown, options: FrabImportOptions = {}): ParseResult {
  return guardImport("frab XML", () => {
    const read = readXml(xml, (path) => repeated.has(path));
    return read.ok ? importUnsafely(read.document, read.source, asText(asObject(options)?.timeZone)) : read;
  });
}

function importUnsafely(document: XmlNode, source: ImportSource, timeZone: string | undefined): ParseResult {
  const schedule = child(document, "schedule");
  if (!schedule) {
    const root = Object.keys(document).find((name) => !name.startsWith("?"));
    return rejectWith(
      problemInSource(
        source,
        root ? [root] : [],
        `is not a frab schedule: the root element must be <schedule>${root ? `, not <${root.replace(/^xml:/, "")}>` : ""}`,
      ),
    );
  }
  const conference = child(schedule, "conference") ?? {};
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
          persons: list(child(event, "persons")?.person).flatMap((person) => {
            const name = text(person);
            return name ? [{ key: text(person.id) ?? text(person.guid) ?? name, name }] : [];
          }),
          links: [
            ...list(child(event, "links")?.link).map((link) => ({ url: text(link.href) ?? "", label: text(link) })),
            ...list(child(event, "attachments")?.attachment).map((attachment) => ({
              url: text(attachment.href) ?? "",
              label: text(attachment),
            })),
          ],
          ...(text(event.logo) ? { logo: text(event.logo) } : {}),
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
      tracks: list(child(schedule, "tracks")?.track).flatMap((track) => {
        const name = text(track);
        if (!name) return [];
        const attributes = Object.fromEntries(
          asEntries(track).flatMap(([key, value]) =>
            key !== "#text" && typeof value === "string" ? [[key, value]] : [],
          ),
        );
        return [
          { name, ...(Object.keys(attributes).length > 0 ? { extra: attributes as Record<string, JsonValue> } : {}) },
        ];
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
    timeZone,
    ["schedule", "conference", "time_zone_name"],
    source,
  );
}
