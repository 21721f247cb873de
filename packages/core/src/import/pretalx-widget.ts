import type { ParseResult } from "../parse/parse-program.js";
import type { PathSegment, ProgramProblem } from "../parse/problem.js";
import { toSafeUrl } from "../model/safe-url.js";
import type { FrabImportOptions } from "./frab-xml.js";
import { createIdKeeper, createIdMaker } from "./slug-ids.js";
import {
  asEntries,
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

/** pretalx writes names as text or as translations ({ "en": "Main hall", "de": "…" }): the first. */
const name = (value: unknown): string | undefined => {
  const text =
    typeof value === "string"
      ? value
      : (asEntries(value).find((entry) => typeof entry[1] === "string")?.[1] as string | undefined);
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
};
/** An instant as the program writes it: fractional seconds ("09:00:00.000+02:00") are not part of the format. */
const instant = (value: unknown) => (typeof value === "string" ? value.replace(/\.\d+(?=[Z+-]|$)/, "") : undefined);
const dateOf = (value: unknown) =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;

/**
 * Imports pretalx's schedule widget data (`{ talks, rooms, speakers, tracks, timezone, ... }`)
 * as a program. Breaks are talks with `slot_type: "break"`. Names may be text or
 * translations. The widget names no event, so the `title` option gives one. Never throws; the program goes through `parseProgram`.
 */
export function importPretalxWidget(
  input: string | unknown,
  options: FrabImportOptions & { title?: string } = {},
): ParseResult {
  return guardImport("pretalx widget data", () => {
    const read = readJsonInput(input);
    return read.ok ? importUnsafely(object(read.data), read.source, object(options) ?? {}) : read;
  });
}

function importUnsafely(
  data: Node | undefined,
  source: ImportSource,
  options: FrabImportOptions & { title?: string },
): ParseResult {
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
  const roomId = createIdMaker("room-");
  const trackId = createIdMaker("track-");
  const personId = createIdMaker("person-");
  const rooms = new Map(
    list(data.rooms).flatMap((room) => {
      const roomName = name(room.name);
      const key = asKey(room.id) ?? roomName;
      return roomName && key ? [[key, { id: roomId(key), name: roomName }] as const] : [];
    }),
  );
  const tracks = new Map(
    list(data.tracks).flatMap((track) => {
      const trackName = name(track.name);
      const key = asKey(track.id) ?? trackName;
      const color = typeof track.color === "string" && /^#[0-9a-f]{6}$/i.test(track.color) ? track.color : undefined;
      return trackName && key
        ? [[key, { id: trackId(key), name: trackName, ...(color ? { color } : {}) }] as const]
        : [];
    }),
  );
  const people = new Map(
    list(data.speakers).flatMap((speaker) => {
      const code = asKey(speaker.code) ?? asKey(speaker.id) ?? "";
      const personName = name(speaker.name);
      if (!code || !personName) return [];
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
    const title = name(talk.title) ?? (isBreak ? name(talk.description) : undefined);
    const speakerCodes = asList(talk.speakers).flatMap(
      (speaker) => asKey(object(speaker)?.code) ?? asKey(speaker) ?? [],
    );
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
        ...(name(talk.abstract) ? { abstract: name(talk.abstract) } : {}),
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
        ...(code ? { extra: { code } } : {}),
      },
    ];
  });
  const firstStart = items.find((item) => typeof item.start === "string")?.start;
  const startDate = dateOf(data.event_start) ?? dateOf(firstStart) ?? "1970-01-01";
  const endDate = dateOf(data.event_end);
  const program = {
    version: 1,
    event: {
      title: chooseEventTitle(name(options.title), name(data.event_name) ?? name(data.title), warnings),
      kind: "conference",
      startDate,
      ...(endDate && endDate !== startDate ? { endDate } : {}),
      timeZone,
      ...(typeof data.version === "string" ? { extra: { pretalxVersion: data.version } } : {}),
    },
    people: [...people.values()],
    rooms: [...rooms.values()],
    tracks: [...tracks.values()],
    items,
  };
  return finishImport(program, warnings, { source, origins: new Map([["items", origins]]) });
}
