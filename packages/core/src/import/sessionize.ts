import type { ParseResult } from "../parse/parse-program.js";
import { problemAt, type ProgramProblem } from "../parse/problem.js";
import { isSafeUrl } from "../model/safe-url.js";
import type { FrabImportOptions } from "./frab-xml.js";
import { createIdKeeper, createIdMaker } from "./slug-ids.js";
import { asObject as object, asObjectList as list, asText as text, type JsonObject as Node } from "./json-values.js";
import { finishImport } from "./finish-import.js";



/**
 * Imports Sessionize's "All data" JSON (`{ sessions, speakers, rooms }`) as a program.
 * Sessionize writes local times with no offset ("2026-04-27T09:00:00"), so the event's zone
 * must be given: without it the import stops with an error rather than guess. Service
 * sessions (breaks) become breaks, plenum sessions span all rooms, categories become tags.
 */
export function importSessionize(input: string | unknown, options: FrabImportOptions = {}): ParseResult {
  try {
    const data = object(typeof input === "string" ? (JSON.parse(input) as unknown) : input);
    if (!data || !Array.isArray(data.sessions)) {
      return { ok: false, errors: [problemAt(["sessions"], 'is missing: Sessionize data is { "sessions": [...], "speakers": [...], "rooms": [...] }')], warnings: [] };
    }
    if (!options.timeZone) {
      return {
        ok: false,
        errors: [problemAt(["sessions"], "Sessionize times carry no time zone, so the event's zone must be given (the timeZone option, or --time-zone); it is not guessed")],
        warnings: [],
      };
    }
    return importUnsafely(data, options.timeZone);
  } catch (error) {
    return { ok: false, errors: [problemAt([], `could not be imported: ${error instanceof Error ? error.message : String(error)}`)], warnings: [] };
  }
}

function importUnsafely(data: Node, timeZone: string): ParseResult {
  const warnings: ProgramProblem[] = [];
  const roomId = createIdMaker("room-");
  const personId = createIdMaker("person-");
  const itemId = createIdKeeper("item-");
  const rooms = new Map(list(data.rooms).flatMap((room) => (text(room.name) ? [[String(room.id), { id: roomId(String(room.id)), name: text(room.name)! }] as const] : [])));
  const people = new Map(
    list(data.speakers).flatMap((speaker) => {
      const fullName = text(speaker.fullName) ?? [text(speaker.firstName), text(speaker.lastName)].filter(Boolean).join(" ");
      if (!speaker.id || !fullName) return [];
      const picture = text(speaker.profilePicture);
      return [
        [
          String(speaker.id),
          {
            id: personId(String(speaker.id)),
            name: fullName,
            ...(text(speaker.firstName) ? { givenName: text(speaker.firstName) } : {}),
            ...(text(speaker.lastName) ? { familyName: text(speaker.lastName) } : {}),
            ...(text(speaker.tagLine) ? { affiliations: [text(speaker.tagLine)!] } : {}),
            ...(text(speaker.bio) ? { biography: text(speaker.bio) } : {}),
            ...(picture && isSafeUrl(picture) ? { photo: picture } : {}),
          },
        ] as const,
      ];
    }),
  );
  // Categories (level, format, topic) become tags, their category as the hierarchy.
  const categoryTags = new Map<string, { label: string; path: string[] }>();
  for (const category of list(data.categories)) {
    for (const entry of list(category.items)) {
      if (entry.id !== undefined && text(entry.name)) categoryTags.set(String(entry.id), { label: text(entry.name)!, path: [text(category.title) ?? "Category", text(entry.name)!] });
    }
  }
  // Local wall-clock times: seconds and any fraction dropped, no offset added.
  const local = (value: unknown) => (typeof value === "string" ? /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})/.exec(value)?.[1] : undefined);
  const items = list(data.sessions).map((session, index) => {
    const speakerIds = (Array.isArray(session.speakers) ? session.speakers : []).map((speaker) => String(object(speaker)?.id ?? speaker));
    const missing = speakerIds.filter((id) => !people.has(id));
    if (missing.length > 0) warnings.push(problemAt(["sessions", index, "speakers"], `speaker(s) ${missing.join(", ")} not in speakers; left out`));
    const room = session.roomId === undefined || session.roomId === null ? undefined : rooms.get(String(session.roomId));
    const start = local(session.startsAt);
    const end = local(session.endsAt);
    return {
      id: itemId(String(session.id ?? `session-${index + 1}`)),
      kind: session.isServiceSession ? "coffee-break" : "contributed-talk",
      ...(text(session.title) ? { title: text(session.title) } : session.isServiceSession ? {} : { tba: ["title"] }),
      ...(text(session.description) ? { abstract: text(session.description) } : {}),
      ...(speakerIds.some((id) => people.has(id)) ? { speakers: speakerIds.filter((id) => people.has(id)).map((id) => people.get(id)!.id) } : {}),
      ...(room ? { room: room.id } : {}),
      ...(session.isPlenumSession ? { plenary: true } : {}),
      ...((Array.isArray(session.categoryItems) && session.categoryItems.some((id) => categoryTags.has(String(id))))
        ? { tags: session.categoryItems.flatMap((id) => categoryTags.get(String(id)) ?? []) }
        : {}),
      ...(start ? { start } : {}),
      ...(start && end ? { end } : {}),
      ...(session.status === "Declined" || session.status === "Cancelled" ? { status: "cancelled" } : {}),
    };
  });
  const firstStart = items.find((item) => typeof item.start === "string")?.start as string | undefined;
  const program = {
    version: 1,
    event: { title: text(data.name) ?? text(data.title) ?? "Untitled event", kind: "conference", startDate: (firstStart ?? "1970-01-01").slice(0, 10), timeZone },
    people: [...people.values()],
    rooms: [...rooms.values()],
    items,
  };
  return finishImport(program, warnings);
}
