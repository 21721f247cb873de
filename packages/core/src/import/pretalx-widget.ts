import type { ParseResult } from "../parse/parse-program.js";
import { problemAt, type ProgramProblem } from "../parse/problem.js";
import { isSafeUrl } from "../model/safe-url.js";
import type { FrabImportOptions } from "./frab-xml.js";
import { createIdKeeper, createIdMaker } from "./slug-ids.js";
import { asObject as object, asObjectList as list, type JsonObject as Node } from "./json-values.js";
import { finishImport } from "./finish-import.js";


/** pretalx writes names as text or as translations ({ "en": "Main hall", "de": "…" }): the first. */
const name = (value: unknown): string | undefined => {
  const text = typeof value === "string" ? value : (Object.values(object(value) ?? {}).find((entry) => typeof entry === "string") as string | undefined);
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
};

/**
 * Imports pretalx's schedule widget data (`{ talks, rooms, speakers, tracks, timezone, ... }`)
 * as a program. Breaks are talks with `slot_type: "break"`. Names may be text or
 * translations. Never throws; the program goes through `parseProgram`.
 */
export function importPretalxWidget(input: string | unknown, options: FrabImportOptions = {}): ParseResult {
  try {
    const data = typeof input === "string" ? (JSON.parse(input) as unknown) : input;
    return importUnsafely(object(data), options);
  } catch (error) {
    return { ok: false, errors: [problemAt([], `could not be imported: ${error instanceof Error ? error.message : String(error)}`)], warnings: [] };
  }
}

function importUnsafely(data: Node | undefined, options: FrabImportOptions): ParseResult {
  if (!data || !Array.isArray(data.talks)) {
    return { ok: false, errors: [problemAt(["talks"], 'is missing: pretalx widget data is { "talks": [...], "rooms": [...], "speakers": [...] }')], warnings: [] };
  }
  const timeZone = name(data.timezone) ?? options.timeZone;
  if (!timeZone) return { ok: false, errors: [problemAt(["timezone"], "is missing; pass the event's zone (the timeZone option, or --time-zone)")], warnings: [] };
  const warnings: ProgramProblem[] = [];
  const roomId = createIdMaker("room-");
  const trackId = createIdMaker("track-");
  const personId = createIdMaker("person-");
  const rooms = new Map(list(data.rooms).flatMap((room) => (name(room.name) ? [[String(room.id ?? name(room.name)), { id: roomId(String(room.id ?? name(room.name))), name: name(room.name)! }] as const] : [])));
  const tracks = new Map(
    list(data.tracks).flatMap((track) =>
      name(track.name)
        ? [[String(track.id ?? name(track.name)), { id: trackId(String(track.id ?? name(track.name))), name: name(track.name)!, ...(typeof track.color === "string" && /^#[0-9a-f]{6}$/i.test(track.color) ? { color: track.color } : {}) }] as const]
        : [],
    ),
  );
  const people = new Map(
    list(data.speakers).flatMap((speaker) => {
      const code = String(speaker.code ?? speaker.id ?? "");
      const personName = name(speaker.name);
      if (!code || !personName) return [];
      const avatar = typeof speaker.avatar === "string" && isSafeUrl(speaker.avatar) ? speaker.avatar : undefined;
      return [[code, { id: personId(code), name: personName, ...(name(speaker.biography) ? { biography: name(speaker.biography) } : {}), ...(avatar ? { photo: avatar } : {}) }] as const];
    }),
  );
  const itemId = createIdKeeper("item-");
  const items = list(data.talks).map((talk, index) => {
    const isBreak = talk.slot_type === "break" || (!talk.code && !talk.title && talk.description !== undefined);
    const title = name(talk.title) ?? (isBreak ? name(talk.description) : undefined);
    const speakerCodes = (Array.isArray(talk.speakers) ? talk.speakers : []).map((speaker) => String(object(speaker)?.code ?? speaker));
    const unknown = speakerCodes.filter((code) => !people.has(code));
    if (unknown.length > 0) warnings.push(problemAt(["talks", index, "speakers"], `speaker(s) ${unknown.join(", ")} not in speakers; left out`));
    const room = talk.room === undefined || talk.room === null ? undefined : rooms.get(String(talk.room));
    const track = talk.track === undefined || talk.track === null ? undefined : tracks.get(String(talk.track));
    // Fractional seconds ("09:00:00.000+02:00") are not part of the program format.
    const start = typeof talk.start === "string" ? talk.start.replace(/\.\d+(?=[Z+-]|$)/, "") : undefined;
    const end = typeof talk.end === "string" ? talk.end.replace(/\.\d+(?=[Z+-]|$)/, "") : undefined;
    return {
      id: itemId(String(talk.code ?? talk.id ?? `talk-${index + 1}`)),
      kind: isBreak ? "coffee-break" : "contributed-talk",
      ...(title ? { title } : isBreak ? {} : { tba: ["title"] }),
      ...(name(talk.abstract) ? { abstract: name(talk.abstract) } : {}),
      ...(speakerCodes.some((code) => people.has(code)) ? { speakers: speakerCodes.filter((code) => people.has(code)).map((code) => people.get(code)!.id) } : {}),
      ...(room ? { room: room.id } : {}),
      ...(track ? { track: track.id } : {}),
      ...(start ? { start } : {}),
      ...(start && end ? { end } : start && typeof talk.duration === "number" ? { duration: talk.duration } : {}),
      ...(talk.state === "canceled" || talk.state === "withdrawn" ? { status: "cancelled" } : {}),
      ...(talk.code ? { extra: { code: String(talk.code) } } : {}),
    };
  });
  const firstStart = items.find((item) => typeof item.start === "string")?.start as string | undefined;
  const program = {
    version: 1,
    event: {
      title: name(data.event_name) ?? name(data.title) ?? "Untitled event",
      kind: "conference",
      startDate: (typeof data.event_start === "string" ? data.event_start : firstStart ?? "1970-01-01").slice(0, 10),
      ...(typeof data.event_end === "string" && data.event_end.slice(0, 10) !== (data.event_start as string | undefined)?.slice(0, 10) ? { endDate: data.event_end.slice(0, 10) } : {}),
      timeZone,
      ...(typeof data.version === "string" ? { extra: { pretalxVersion: data.version } } : {}),
    },
    people: [...people.values()],
    rooms: [...rooms.values()],
    tracks: [...tracks.values()],
    items,
  };
  return finishImport(program, warnings);
}
