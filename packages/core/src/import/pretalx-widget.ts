import type { ParseResult } from "../parse/parse-program.js";
import type { PathSegment, ProgramProblem } from "../parse/problem.js";
import { toSafeUrl } from "../model/safe-url.js";
import type { FrabImportOptions } from "./frab-xml.js";
import { createIdKeeper, createIdMaker } from "./slug-ids.js";
import {
  asKey,
  asList,
  asNumber,
  asObject as object,
  asObjectList as list,
  type JsonObject as Node,
} from "./json-values.js";
import { chooseEventTitle } from "./event-title.js";
import { finishImport } from "./finish-import.js";
import { guardImport } from "./guard-import.js";
import { problemInSource, type ImportSource } from "./import-source.js";
import { readJsonInput, rejectWith } from "./read-input.js";
import { chooseReadingLanguage, languagesOfPretalxData } from "./pretalx-languages.js";
import { asLanguageTag, createTranslationReader } from "./pretalx-translations.js";
import { readTranslatedText } from "./translated-text.js";

/** Options of the pretalx importer: the zone and title the file may lack, and the language to read. */
export interface PretalxImportOptions extends FrabImportOptions {
  readonly title?: string;
  /**
   * The language translated fields are read in (`de`); the others become translations of
   * items, rooms and tracks. One that no text of the file is in gives way to the file's first
   * language, with a warning.
   */
  readonly language?: string;
}

/** A field that is text, or translations read in the first language (for the zone, the title). */
const name = (value: unknown): string | undefined => readTranslatedText(value).text;
/** An instant as the program writes it: fractional seconds ("09:00:00.000+02:00") are not part of the format. */
const instant = (value: unknown) => (typeof value === "string" ? value.replace(/\.\d+(?=[Z+-]|$)/, "") : undefined);
const dateOf = (value: unknown) =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;

/**
 * Imports pretalx's schedule widget data (`{ talks, rooms, speakers, tracks, timezone, ... }`,
 * `/schedule/widgets/schedule.json`) as a program. Breaks are talks with `slot_type: "break"`.
 * Texts may be translations: the `language` option picks one (the first otherwise), the other
 * languages of titles and abstracts become item `translations`, those of room and track names
 * and descriptions (where they differ) room and track `translations`, and a missing language
 * is a warning; a language the file has no texts in at all is read as its first language (the
 * program's `language` then), with a warning naming the languages it has. A talk's
 * `content_locale` becomes its `language`. pretalx texts are Markdown, so the program's
 * `textFormat` is `markdown`. The widget names no event, so the `title` option gives
 * one. Never throws; the program goes through `parseProgram`.
 */
export function importPretalxWidget(input: string | unknown, options: PretalxImportOptions = {}): ParseResult {
  return guardImport("pretalx widget data", () => {
    const read = readJsonInput(input);
    return read.ok ? importUnsafely(object(read.data), read.source, object(options) ?? {}) : read;
  });
}

function importUnsafely(data: Node | undefined, source: ImportSource, options: PretalxImportOptions): ParseResult {
  const at = (segments: readonly PathSegment[], message: string) => problemInSource(source, segments, message);
  if (!data || !Array.isArray(data.talks)) {
    return rejectWith(
      at(["talks"], 'is missing: pretalx widget data is { "talks": [...], "rooms": [...], "speakers": [...] }'),
    );
  }
  const timeZone = name(data.timezone) ?? name(options.timeZone);
  if (!timeZone)
    return rejectWith(at(["timezone"], "is missing; pass the event's zone (the timeZone option, or --time-zone)"));
  const warnings: ProgramProblem[] = [];
  const reading = chooseReadingLanguage(name(options.language), languagesOfPretalxData(data));
  if (reading.problem) warnings.push(at([], reading.problem));
  const language = reading.language;
  const translations = createTranslationReader(language);
  const roomId = createIdMaker("room-");
  const trackId = createIdMaker("track-");
  const personId = createIdMaker("person-");
  /** A room's or track's name and description in the chosen language, and its other languages. */
  const readNamed = (entry: Node, where: "rooms" | "tracks", index: number) => {
    const nameText = translations.read(entry.name, [where, index, "name"]);
    const descriptionText = translations.read(entry.description, [where, index, "description"]);
    const others = translations.nameTranslationsOf(nameText, descriptionText);
    return {
      name: nameText.text,
      fields: {
        ...(descriptionText.text ? { description: descriptionText.text } : {}),
        ...(others.length > 0 ? { translations: others } : {}),
      },
    };
  };
  const rooms = new Map(
    list(data.rooms).flatMap((room, index) => {
      const { name: roomName, fields } = readNamed(room, "rooms", index);
      const key = asKey(room.id) ?? roomName;
      return roomName && key ? [[key, { id: roomId(key), name: roomName, ...fields }] as const] : [];
    }),
  );
  const tracks = new Map(
    list(data.tracks).flatMap((track, index) => {
      const { name: trackName, fields } = readNamed(track, "tracks", index);
      const key = asKey(track.id) ?? trackName;
      const color = typeof track.color === "string" && /^#[0-9a-f]{6}$/i.test(track.color) ? track.color : undefined;
      return trackName && key
        ? [[key, { id: trackId(key), name: trackName, ...(color ? { color } : {}), ...fields }] as const]
        : [];
    }),
  );
  const people = new Map(
    list(data.speakers).flatMap((speaker) => {
      const code = asKey(speaker.code) ?? asKey(speaker.id) ?? "";
      const personName = name(speaker.name);
      if (!code || !personName) return [];
      // avatar_thumbnail_default/_tiny are the avatar resized by pretalx: the avatar alone is kept.
      const avatar = typeof speaker.avatar === "string" ? toSafeUrl(speaker.avatar) : undefined;
      return [
        [
          code,
          {
            id: personId(code),
            name: personName,
            ...(name(speaker.biography) ? { biography: name(speaker.biography) } : {}),
            ...(avatar ? { photo: avatar } : {}),
          },
        ] as const,
      ];
    }),
  );
  const itemId = createIdKeeper("item-");
  const origins: PathSegment[][] = [];
  const items = asList(data.talks).flatMap((entry, index) => {
    const talk = object(entry);
    if (!talk) {
      warnings.push(at(["talks", index], "is not an object; left out"));
      return [];
    }
    origins.push(["talks", index]);
    const code = asKey(talk.code);
    const isBreak = talk.slot_type === "break" || (!talk.code && !talk.title && talk.description !== undefined);
    const titleText = translations.read(talk.title, ["talks", index, "title"]);
    const breakText =
      isBreak && !titleText.text ? translations.read(talk.description, ["talks", index, "description"]) : undefined;
    const abstractText = translations.read(talk.abstract, ["talks", index, "abstract"]);
    const title = titleText.text ?? breakText?.text;
    const itemTranslations = translations.translationsOf(breakText ?? titleText, abstractText);
    const locale = typeof talk.content_locale === "string" ? asLanguageTag(talk.content_locale) : undefined;
    // A code listed twice is one person, listed once (the model refuses a speaker twice).
    const speakerCodes = [
      ...new Set(asList(talk.speakers).flatMap((speaker) => asKey(object(speaker)?.code) ?? asKey(speaker) ?? [])),
    ];
    const unknown = speakerCodes.filter((speakerCode) => !people.has(speakerCode));
    if (unknown.length > 0)
      warnings.push(at(["talks", index, "speakers"], `speaker(s) ${unknown.join(", ")} not in speakers; left out`));
    const roomKey = asKey(talk.room);
    const trackKey = asKey(talk.track);
    const room = roomKey === undefined ? undefined : rooms.get(roomKey);
    const track = trackKey === undefined ? undefined : tracks.get(trackKey);
    const start = instant(talk.start);
    const end = instant(talk.end);
    const duration = asNumber(talk.duration);
    return [
      {
        id: itemId(code ?? asKey(talk.id) ?? `talk-${index + 1}`),
        kind: isBreak ? "coffee-break" : "contributed-talk",
        ...(title ? { title } : isBreak ? {} : { tba: ["title"] }),
        ...(abstractText.text ? { abstract: abstractText.text } : {}),
        ...(speakerCodes.some((speakerCode) => people.has(speakerCode))
          ? {
              speakers: speakerCodes
                .filter((speakerCode) => people.has(speakerCode))
                .map((speakerCode) => people.get(speakerCode)!.id),
            }
          : {}),
        ...(room ? { room: room.id } : {}),
        ...(track ? { track: track.id } : {}),
        ...(start ? { start } : {}),
        ...(start && end ? { end } : start && duration !== undefined ? { duration } : {}),
        ...(talk.state === "canceled" || talk.state === "withdrawn" ? { status: "cancelled" } : {}),
        ...(locale ? { language: locale } : {}),
        ...(itemTranslations.length > 0 ? { translations: itemTranslations } : {}),
        ...(code ? { extra: { code } } : {}),
      },
    ];
  });
  const firstStart = items.find((item) => typeof item.start === "string")?.start;
  const startDate = dateOf(data.event_start) ?? dateOf(firstStart) ?? "1970-01-01";
  const endDate = dateOf(data.event_end);
  warnings.push(...translations.warnings(at));
  const program = {
    version: 1,
    // pretalx renders abstracts, descriptions and biographies as Markdown.
    textFormat: "markdown",
    event: {
      title: chooseEventTitle(name(options.title), name(data.event_name) ?? name(data.title), warnings),
      kind: "conference",
      startDate,
      ...(endDate && endDate !== startDate ? { endDate } : {}),
      timeZone,
      ...(language && asLanguageTag(language) ? { language: asLanguageTag(language) } : {}),
      ...(typeof data.version === "string" ? { extra: { pretalxVersion: data.version } } : {}),
    },
    people: [...people.values()],
    rooms: [...rooms.values()],
    tracks: [...tracks.values()],
    items,
  };
  return finishImport(program, warnings, { source, origins: new Map([["items", origins]]) });
}
