import type { JsonValue } from "../model/extra.js";
import type { TextFormat } from "../model/text-format.js";
import { toSafeUrl } from "../model/safe-url.js";
import type { ParseResult } from "../parse/parse-program.js";
import { problemAt, type PathSegment, type ProgramProblem } from "../parse/problem.js";
import { isValidTimeZone } from "../time/zoned-time.js";
import { kindOfFrabType } from "./frab-kinds.js";
import { htmlToText } from "./html-to-text.js";
import { createIdMaker } from "./slug-ids.js";
import { finishImport } from "./finish-import.js";
import { parsedValueSource, problemInSource, type ImportSource } from "./import-source.js";
import type { FrabRoomDetails } from "./c3voc-rooms.js";

/** A person of a frab-family schedule. `key` is their id in the file (or their name). */
export interface FrabPerson {
  readonly key: string;
  readonly name: string;
  readonly biography?: string;
}

/** An event of a frab-family schedule, as read from XML or c3voc JSON. */
export interface FrabEvent {
  /** Where the event is in the source file, for warnings. */
  readonly where: readonly PathSegment[];
  readonly id?: string;
  /** Full date-time with offset (`<date>`), or `dayDate` + local `start`. */
  readonly date?: string;
  readonly dayDate?: string;
  readonly start?: string;
  readonly duration?: string;
  readonly room?: string;
  readonly title?: string;
  readonly subtitle?: string;
  readonly track?: string;
  readonly type?: string;
  readonly abstract?: string;
  readonly description?: string;
  readonly url?: string;
  readonly persons: readonly FrabPerson[];
  readonly links: readonly { readonly url: string; readonly label?: string }[];
  /** The event's image (`logo`), often relative to the schedule's `base_url`. */
  readonly logo?: string;
  /**
   * Fields the model has no place for (guid, slug, ...), kept in the item's extra; a
   * `language` that is a language tag becomes the item's `language` instead.
   */
  readonly extra: Record<string, JsonValue>;
}

/** A frab-family schedule: what the XML and c3voc JSON readers produce. */
export interface FrabSchedule {
  readonly title?: string;
  readonly acronym?: string;
  readonly subtitle?: string;
  readonly start?: string;
  readonly end?: string;
  readonly timeZone?: string;
  readonly venue?: string;
  readonly city?: string;
  readonly baseUrl?: string;
  readonly tracks: readonly {
    readonly name: string;
    readonly color?: string;
    readonly extra?: Record<string, JsonValue>;
  }[];
  /** Room names in the order the file declares them. */
  readonly rooms: readonly string[];
  /** What the file says of a room beyond its name (c3voc JSON), by room name. */
  readonly roomDetails?: ReadonlyMap<string, FrabRoomDetails>;
  readonly events: readonly FrabEvent[];
  /** Conference fields the model has no place for (day change, slot length, version). */
  readonly extra: Record<string, JsonValue>;
  /** Whether abstracts are HTML (frab XML) rather than plain text or Markdown (c3voc JSON). */
  readonly abstractsAreHtml: boolean;
  /** How the abstracts read as text are written: Markdown from pretalx; plain when not given. */
  readonly textFormat?: TextFormat;
}

/** `00:25` or `01:30:00` as minutes; `undefined` when it is not a duration. */
function minutesOf(duration: string | undefined): number | undefined {
  const match = duration === undefined ? null : /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(duration);
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]) + Math.round(Number(match[3] ?? 0) / 60);
}

/**
 * A link as an absolute address: the schema makes `base_url` the base of relative media
 * addresses (frab writes attachments as "/system/..."), so those are resolved against it.
 */
function absoluteUrl(url: string, baseUrl: string | undefined): string {
  if (!baseUrl || /^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  const origin = /^(https?:\/\/[^/?#]+)/i.exec(baseUrl)?.[1];
  if (!origin) return url;
  if (url.startsWith("//")) return `${baseUrl.split(":")[0]}:${url}`;
  if (url.startsWith("/")) return `${origin}${url}`;
  return `${baseUrl.replace(/[^/]*$/, "")}${url}`;
}

/** The shape of a BCP 47 tag, as the model checks it (`en`, `pt-BR`). */
const languageTagPattern = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

const withoutEmpty = (entries: [string, JsonValue | undefined][]) =>
  Object.fromEntries(
    entries.filter(
      (entry): entry is [string, JsonValue] => entry[1] !== undefined && entry[1] !== null && entry[1] !== "",
    ),
  );

/**
 * Turns a frab-family schedule into a program, through the same parse boundary as any
 * program. Loses nothing the model can hold: what it cannot hold is kept in `extra`; what it
 * had to drop or guess comes back as warnings. `timeZone` is used when the file has none.
 */
export function programFromFrabSchedule(
  schedule: FrabSchedule,
  timeZoneOption: string | undefined,
  zonePath: readonly PathSegment[],
  source: ImportSource = parsedValueSource,
): ParseResult {
  const warnings: ProgramProblem[] = [];
  const timeZone = schedule.timeZone ?? timeZoneOption;
  if (!timeZone) {
    return {
      ok: false,
      errors: [
        problemInSource(
          source,
          zonePath,
          'the file names no time zone, so its times cannot be placed; pass the event\'s zone (the timeZone option, or --time-zone on the command line), e.g. "Europe/Brussels"',
        ),
      ],
      warnings,
    };
  }
  if (!isValidTimeZone(timeZone))
    return {
      ok: false,
      errors: [problemInSource(source, zonePath, `"${timeZone}" is not an IANA time zone`)],
      warnings,
    };

  const roomId = createIdMaker("room-");
  const trackId = createIdMaker("track-");
  const personId = createIdMaker("person-");
  const rooms = new Map<string, { id: string; name: string }>();
  const roomOf = (name: string) => {
    const { extra, ...details } = schedule.roomDetails?.get(name) ?? {};
    return { id: roomId(name), name, ...details, ...(extra ? { extra: { c3voc: extra } } : {}) };
  };
  const addRoom = (name: string) => rooms.get(name) ?? rooms.set(name, roomOf(name)).get(name)!;
  schedule.rooms.forEach(addRoom);
  const tracks = new Map<string, Record<string, unknown>>();
  for (const track of schedule.tracks) {
    const color = track.color && /^#[0-9a-fA-F]{6}$/.test(track.color) ? track.color : undefined;
    tracks.set(track.name, {
      id: trackId(track.name),
      name: track.name,
      ...(color ? { color } : {}),
      ...(track.extra ? { extra: track.extra } : {}),
    });
  }
  const people = new Map<string, Record<string, unknown>>();
  const itemIds = new Set<string>();
  const otherTypes = new Map<string, number>();

  const items = schedule.events.map((event, index) => {
    let id =
      event.id !== undefined && /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(event.id) ? event.id : `event-${index + 1}`;
    if (itemIds.has(id)) id = `${id}-${index + 1}`;
    itemIds.add(id);
    const label = event.title ?? id;
    const start = event.date ?? (event.dayDate && event.start ? `${event.dayDate}T${event.start}` : undefined);
    if (!start) warnings.push(problemAt(event.where, `event "${label}" has no date or start; imported without a time`));
    const minutes = minutesOf(event.duration);
    if (start && !(minutes !== undefined && minutes > 0))
      warnings.push(problemAt(event.where, `event "${label}" has no usable duration; imported as 1 minute long`));
    const kind = kindOfFrabType(event.type);
    if (!kind && event.type) otherTypes.set(event.type, (otherTypes.get(event.type) ?? 0) + 1);
    const speakers = event.persons.map((person) => {
      if (!people.has(person.key)) {
        people.set(person.key, {
          id: personId(person.key),
          name: person.name,
          ...(person.biography?.trim() ? { biography: person.biography.trim() } : {}),
        });
      }
      return people.get(person.key)!.id as string;
    });
    const links = [...(event.url ? [{ url: event.url, label: "Event page" }] : []), ...event.links].flatMap((given) => {
      const url = toSafeUrl(absoluteUrl(given.url, schedule.baseUrl));
      const link = { ...given, url: url ?? given.url };
      if (url !== undefined)
        return [
          {
            kind: /\.pdf($|\?)/i.test(link.url) ? "pdf" : "web",
            url: link.url,
            ...(link.label ? { label: link.label } : {}),
          },
        ];
      warnings.push(
        problemAt(event.where, `link ${JSON.stringify(link.url)} dropped: not an http(s) or mailto address`),
      );
      return [];
    });
    const asText = (value: string | undefined) =>
      value ? (schedule.abstractsAreHtml ? htmlToText(value) : value.trim()) : "";
    const abstract = [asText(event.abstract), asText(event.description)].filter(Boolean).join("\n\n");
    if (event.room) addRoom(event.room);
    if (event.track && !tracks.has(event.track))
      tracks.set(event.track, { id: trackId(event.track), name: event.track });
    // frab and pretalx write the talk's language as a tag ("en"): the model's item language.
    const given = event.extra.language;
    const language = typeof given === "string" && languageTagPattern.test(given) ? given : undefined;
    // An item has no image: the logo is kept, as an absolute address, in extra.
    const logo = event.logo ? toSafeUrl(absoluteUrl(event.logo, schedule.baseUrl)) : undefined;
    const extra = withoutEmpty([
      ...Object.entries(event.extra).filter(([key]) => !(key === "language" && language)),
      ["type", event.type],
      ["logo", logo],
    ]);
    return {
      id,
      kind: kind ?? "other",
      ...(event.title ? { title: event.title } : { tba: ["title"] }),
      ...(event.subtitle ? { subtitle: event.subtitle } : {}),
      ...(abstract ? { abstract } : {}),
      ...(speakers.length > 0 ? { speakers: [...new Set(speakers)] } : {}),
      ...(links.length > 0 ? { links } : {}),
      ...(event.room ? { room: rooms.get(event.room)!.id } : {}),
      ...(event.track ? { track: tracks.get(event.track)!.id } : {}),
      ...(start ? { start, duration: minutes !== undefined && minutes > 0 ? minutes : 1 } : {}),
      ...(language ? { language } : {}),
      ...(Object.keys(extra).length > 0 ? { extra } : {}),
    };
  });
  for (const [type, count] of otherTypes)
    warnings.push(
      problemAt([], `${count} event(s) of type "${type}" imported as kind "other" (the type is kept in extra.type)`),
    );

  const firstStart = items.find((item) => typeof item.start === "string")?.start;
  const startDate = schedule.start?.slice(0, 10) ?? firstStart?.slice(0, 10) ?? "1970-01-01";
  const endDate = schedule.end?.slice(0, 10);
  const program = {
    version: 1,
    ...(schedule.textFormat === "markdown" ? { textFormat: "markdown" } : {}),
    event: {
      title: schedule.title ?? "Untitled conference",
      ...(schedule.acronym ? { acronym: schedule.acronym } : {}),
      ...(schedule.subtitle ? { subtitle: schedule.subtitle } : {}),
      kind: "conference",
      startDate,
      ...(endDate && endDate !== startDate ? { endDate } : {}),
      timeZone,
      ...(schedule.venue || schedule.city
        ? {
            venue: {
              ...(schedule.venue ? { name: schedule.venue } : {}),
              ...(schedule.city ? { city: schedule.city } : {}),
            },
          }
        : {}),
      ...(schedule.baseUrl && toSafeUrl(schedule.baseUrl)
        ? { links: [{ kind: "web", url: toSafeUrl(schedule.baseUrl)!, label: "Schedule" }] }
        : {}),
      ...(Object.keys(schedule.extra).length > 0 ? { extra: { frab: schedule.extra } } : {}),
    },
    people: [...people.values()],
    rooms: [...rooms.values()],
    tracks: [...tracks.values()],
    items,
  };
  return finishImport(program, warnings, {
    source,
    origins: new Map([["items", schedule.events.map((event) => event.where)]]),
  });
}
