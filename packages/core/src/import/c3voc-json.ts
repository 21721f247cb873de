import type { JsonValue } from "../model/extra.js";
import type { ParseResult } from "../parse/parse-program.js";
import type { PathSegment, ProgramProblem } from "../parse/problem.js";
import type { FrabImportOptions } from "./frab-xml.js";
import { programFromFrabSchedule, type FrabEvent } from "./frab-schedule.js";
import { guardImport } from "./guard-import.js";
import { c3vocTextFormat } from "./c3voc-generator.js";
import { c3vocRoomWarnings, readC3vocRooms } from "./c3voc-rooms.js";
import { problemInSource, type ImportSource } from "./import-source.js";
import { asEntries, asObject as object, asObjectList as list, asText as text } from "./json-values.js";
import { readJsonInput, rejectWith } from "./read-input.js";

const defined = (entries: [string, JsonValue | undefined][]): Record<string, JsonValue> =>
  Object.fromEntries(
    entries.filter(
      (entry): entry is [string, JsonValue] => entry[1] !== undefined && entry[1] !== null && entry[1] !== "",
    ),
  );

/** Options of {@link importC3vocJson}. */
export interface C3vocImportOptions extends FrabImportOptions {
  /**
   * Reject files that break the parts of the format Lectern relies on (integer ids, uuid
   * guids, dates with offsets, hh:mm durations, named persons, rooms under the conference).
   * Without it those are warnings and the file is read as well as it can be.
   */
  readonly strict?: boolean;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Imports a c3voc `schedule.json` (the frab-compatible JSON that pretalx and frab export) as
 * a program. A file pretalx wrote (it says so in `generator`, or by its pretalx addresses)
 * keeps its Markdown, as `textFormat: "markdown"`; one from frab or another tool is plain
 * text. An event's `language` becomes the item's language and its `logo` `extra.logo` (an
 * absolute address); a room's capacity and description (in every language it is given in)
 * are the room's, its guid and other fields its `extra.c3voc`; answers to the organisers' questions are left out, with a warning (the
 * file names each question by number only). Liberal by default in what it reads (the real exports drift from the schema:
 * acronyms, slugs, extra properties), strict on request; never throws, and validates the
 * result through `parseProgram`. Accepts the text or an already-parsed object.
 */
export function importC3vocJson(input: string | unknown, options: C3vocImportOptions = {}): ParseResult {
  return guardImport("a c3voc schedule", () => {
    const read = readJsonInput(input);
    const given = object(options) ?? {};
    return read.ok
      ? importUnsafely(read.data, read.source, { timeZone: text(given.timeZone), strict: given.strict === true })
      : read;
  });
}

/** The value as the problem shows it: JSON for text, numbers and literals, a word for the rest. */
const found = (value: unknown) =>
  value === undefined
    ? "nothing"
    : typeof value === "object" && value !== null
      ? Array.isArray(value)
        ? "an array"
        : "an object"
      : JSON.stringify(value);

function importUnsafely(data: unknown, source: ImportSource, options: C3vocImportOptions): ParseResult {
  const schedule = object(object(data)?.schedule);
  const conference = object(schedule?.conference);
  if (!schedule || !conference) {
    return rejectWith(
      problemInSource(
        source,
        ["schedule", "conference"],
        'is missing: a c3voc schedule is { "schedule": { "conference": { ..., "days": [...] } } }',
      ),
    );
  }
  const formatProblems: ProgramProblem[] = [];
  const expect = (ok: boolean, path: readonly PathSegment[], message: string) => {
    if (!ok) formatProblems.push(problemInSource(source, path, message));
  };
  expect(
    schedule.rooms === undefined,
    ["schedule", "rooms"],
    "is not part of the format; rooms belong in schedule.conference.rooms",
  );
  const declaredRooms = readC3vocRooms(conference.rooms);
  const rooms = declaredRooms.names;
  const events: FrabEvent[] = [];
  // pretalx writes answers to the organisers' questions by question number only, and some are
  // meant for the organisers alone (a phone number): they are left out, and a warning says so.
  const isAnswered = (node: Record<string, unknown>) =>
    list(node.answers).some((answer) => text(answer.answer) !== undefined);
  const answered = { events: 0, persons: new Set<string>() };
  list(conference.days).forEach((day, dayIndex) => {
    for (const [roomName, roomEvents] of asEntries(day.rooms)) {
      if (!rooms.includes(roomName)) rooms.push(roomName);
      list(roomEvents).forEach((event, eventIndex) => {
        const path: PathSegment[] = ["schedule", "conference", "days", dayIndex, "rooms", roomName, eventIndex];
        expect(Number.isInteger(event.id), [...path, "id"], `must be an integer, found ${found(event.id)}`);
        expect(
          typeof event.guid === "string" && uuidPattern.test(event.guid),
          [...path, "guid"],
          `must be a UUID, found ${found(event.guid)}`,
        );
        expect(
          typeof event.date === "string" && /(Z|[+-]\d{2}:\d{2})$/.test(event.date),
          [...path, "date"],
          `must be a date-time with an offset, found ${found(event.date)}`,
        );
        expect(
          typeof event.duration === "string" && /^\d+:\d{2}$/.test(event.duration),
          [...path, "duration"],
          `must be hh:mm, found ${found(event.duration)}`,
        );
        list(event.persons).forEach((person, personIndex) => {
          expect(
            person.id === undefined || Number.isInteger(person.id),
            [...path, "persons", personIndex, "id"],
            `must be an integer, found ${found(person.id)}`,
          );
          expect(
            Boolean(text(person.name) ?? text(person.public_name)),
            [...path, "persons", personIndex],
            "has neither name nor public_name",
          );
        });
        if (isAnswered(event)) answered.events += 1;
        for (const person of list(event.persons).filter(isAnswered))
          answered.persons.add(text(person.code) ?? text(person.id) ?? JSON.stringify(person.public_name ?? null));
        events.push({
          where: ["schedule", "conference", "days", dayIndex, "rooms", roomName, eventIndex],
          id: text(event.id) ?? text(event.guid),
          date: text(event.date),
          dayDate: text(day.date),
          start: text(event.start),
          duration: text(event.duration),
          room: text(event.room) ?? roomName,
          title: text(event.title),
          subtitle: text(event.subtitle),
          track: text(event.track),
          type: text(event.type),
          abstract: text(event.abstract),
          description: text(event.description),
          url: text(event.url),
          persons: list(event.persons).flatMap((person) => {
            const name = text(person.public_name) ?? text(person.name) ?? text(person.full_public_name);
            const key = text(person.guid) ?? text(person.code) ?? text(person.id) ?? name;
            return name && key
              ? [{ key, name, ...(text(person.biography) ? { biography: text(person.biography) } : {}) }]
              : [];
          }),
          links: [...list(event.links), ...list(event.attachments)].map((link) => ({
            url: text(link.url) ?? text(link.href) ?? "",
            label: text(link.title),
          })),
          ...(text(event.logo) ? { logo: text(event.logo) } : {}),
          extra: defined([
            ["guid", text(event.guid)],
            ["slug", text(event.slug)],
            ["language", text(event.language)],
            ["code", text(event.code)],
            ["recordingLicense", text(event.recording_license)],
            ["doNotRecord", typeof event.do_not_record === "boolean" ? event.do_not_record : undefined],
            ["feedbackUrl", text(event.feedback_url)],
          ]),
        });
      });
    }
  });
  if (options.strict && formatProblems.length > 0) return { ok: false, errors: formatProblems, warnings: [] };
  const result = programFromFrabSchedule(
    {
      title: text(conference.title),
      acronym: text(conference.acronym),
      start: text(conference.start),
      end: text(conference.end),
      timeZone: text(conference.time_zone_name),
      baseUrl: text(schedule.base_url) ?? text(conference.url),
      tracks: list(conference.tracks).flatMap((track) =>
        text(track.name)
          ? [{ name: text(track.name)!, ...(text(track.color) ? { color: text(track.color) } : {}) }]
          : [],
      ),
      rooms,
      roomDetails: declaredRooms.details,
      events,
      extra: defined([
        ["timeslotDuration", text(conference.timeslot_duration)],
        ["version", text(schedule.version)],
      ]),
      abstractsAreHtml: false,
      textFormat: c3vocTextFormat(
        data,
        events.map((event) => event.url),
      ),
    },
    options.timeZone,
    ["schedule", "conference", "time_zone_name"],
    source,
  );
  const unanswered =
    answered.events + answered.persons.size > 0
      ? [
          problemInSource(
            source,
            [],
            `answers to the organisers' questions on ${answered.events} event(s) and of ${answered.persons.size} speaker(s) are left out: the file names each question by number only, and some answers are meant for the organisers alone`,
          ),
        ]
      : [];
  const roomWarnings = c3vocRoomWarnings(declaredRooms, (path, message) => problemInSource(source, path, message));
  return {
    ...result,
    warnings: [...formatProblems, ...roomWarnings, ...unanswered, ...result.warnings],
  } as ParseResult;
}
