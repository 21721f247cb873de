import type { ParseResult } from "../parse/parse-program.js";
import { problemAt, type PathSegment, type ProgramProblem } from "../parse/problem.js";
import { readDateText } from "../time/date-time-text.js";
import { isValidTimeZone, resolveLocalTime, toIsoInZone } from "../time/zoned-time.js";
import type { FrabImportOptions } from "./frab-xml.js";
import { htmlToText } from "./html-to-text.js";
import { createIdKeeper, createIdMaker } from "./slug-ids.js";
import { asObject as object, asText as text, type JsonObject as Node } from "./json-values.js";
import { finishImport } from "./finish-import.js";


/**
 * Imports Indico's timetable export (`/export/timetable/ID.json`: `results.<event>.<day>.<entry>`)
 * as a program: contributions (posters when `isPoster`), breaks, and session blocks with
 * their conveners as chairs and their nested entries; presenters with affiliations become
 * speakers. Each time comes as `{ date, time, tz }` and is written as an instant with the
 * offset of its own zone. HTML in descriptions becomes text. Never throws.
 */
export function importIndicoJson(input: string | unknown, options: FrabImportOptions & { title?: string } = {}): ParseResult {
  try {
    const data = object(typeof input === "string" ? (JSON.parse(input) as unknown) : input);
    const results = object(data?.results);
    if (!results) return { ok: false, errors: [problemAt(["results"], 'is missing: Indico\'s timetable export is { "results": { "<event id>": { "<day>": { ... } } } }')], warnings: [] };
    return importUnsafely(results, options);
  } catch (error) {
    return { ok: false, errors: [problemAt([], `could not be imported: ${error instanceof Error ? error.message : String(error)}`)], warnings: [] };
  }
}

function importUnsafely(results: Node, options: FrabImportOptions & { title?: string }): ParseResult {
  const warnings: ProgramProblem[] = [];
  const itemId = createIdKeeper("entry-");
  const personId = createIdMaker("person-");
  const roomId = createIdMaker("room-");
  const people = new Map<string, Record<string, unknown>>();
  const rooms = new Map<string, { id: string; name: string }>();
  const items: Record<string, unknown>[] = [];
  const sessions: Record<string, unknown>[] = [];
  let timeZone = options.timeZone;

  const instant = (value: unknown, where: readonly PathSegment[]): string | undefined => {
    const node = object(value);
    const date = text(node?.date);
    const time = text(node?.time);
    const zone = text(node?.tz) ?? timeZone;
    if (!date || !time || !zone) return undefined;
    if (!isValidTimeZone(zone)) {
      warnings.push(problemAt(where, `"${zone}" is not an IANA time zone; the time is left out`));
      return undefined;
    }
    timeZone ??= zone;
    const day = readDateText(date);
    const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time);
    if (!day.ok || !clock) return undefined;
    const resolved = resolveLocalTime({ year: day.year, month: day.month, day: day.day, hour: Number(clock[1]), minute: Number(clock[2]), second: Number(clock[3] ?? 0) }, zone);
    return resolved.kind === "gap" ? undefined : toIsoInZone(resolved.epochMs, zone);
  };
  const personFor = (node: Node) => {
    const name = text(node.name) ?? [text(node.firstName) ?? text(node.first_name), text(node.familyName) ?? text(node.last_name)].filter(Boolean).join(" ");
    if (!name) return undefined;
    const affiliation = text(node.affiliation);
    const key = `${name}|${affiliation ?? ""}`;
    if (!people.has(key)) people.set(key, { id: personId(name), name, ...(affiliation ? { affiliations: [affiliation] } : {}) });
    return people.get(key)!.id as string;
  };
  const roomFor = (entry: Node) => {
    const name = text(entry.room) ?? text(entry.location);
    if (!name) return undefined;
    if (!rooms.has(name)) rooms.set(name, { id: roomId(name), name });
    return rooms.get(name)!.id;
  };

  const addEntry = (entry: Node, where: readonly PathSegment[], sessionItems?: string[]) => {
    const type = String(entry._type ?? entry.entryType ?? "").toLowerCase();
    if (type === "session" || type === "sessionblock" || type === "block") {
      const childIds: string[] = [];
      for (const [key, child] of Object.entries(object(entry.entries) ?? {})) if (object(child)) addEntry(object(child)!, [...where, "entries", key], childIds);
      sessions.push({
        id: `session-${itemId(String(entry.id ?? entry.sessionId ?? `${sessions.length + 1}`))}`,
        title: text(entry.title) ?? text(entry.slotTitle) ?? "Session",
        ...(Array.isArray(entry.conveners) && entry.conveners.length > 0 ? { chairs: (entry.conveners as Node[]).flatMap((convener) => personFor(convener) ?? []) } : {}),
        ...(roomFor(entry) ? { room: roomFor(entry) } : {}),
        ...(instant(entry.startDate, [...where, "startDate"]) ? { start: instant(entry.startDate, [...where, "startDate"]) } : {}),
        ...(instant(entry.endDate, [...where, "endDate"]) ? { end: instant(entry.endDate, [...where, "endDate"]) } : {}),
        items: childIds,
      });
      return;
    }
    const id = itemId(String(entry.id ?? entry.friendlyId ?? `${items.length + 1}`));
    const isBreak = type === "break";
    const speakers = [...((entry.presenters as Node[] | undefined) ?? []), ...((entry.speakers as Node[] | undefined) ?? [])].flatMap((person) => (object(person) ? (personFor(person) ?? []) : []));
    const description = text(entry.description);
    const start = instant(entry.startDate, [...where, "startDate"]);
    const end = instant(entry.endDate, [...where, "endDate"]);
    if (!start) warnings.push(problemAt(where, `"${text(entry.title) ?? id}" has no readable start; imported without a time`));
    const room = roomFor(entry);
    items.push({
      id,
      kind: isBreak ? "coffee-break" : entry.isPoster ? "poster" : "contributed-talk",
      ...(text(entry.title) ? { title: text(entry.title) } : isBreak ? {} : { tba: ["title"] }),
      ...(description ? { abstract: htmlToText(description) || description } : {}),
      ...(speakers.length > 0 ? { speakers: [...new Set(speakers)] } : {}),
      ...(room ? { room } : {}),
      ...(start ? { start } : {}),
      ...(start && end ? { end } : start ? { duration: typeof entry.duration === "number" && entry.duration > 0 ? entry.duration : 1 } : {}),
    });
    sessionItems?.push(id);
  };

  let title: string | undefined;
  for (const [eventId, days] of Object.entries(results)) {
    for (const [day, entries] of Object.entries(object(days) ?? {})) {
      for (const [key, entry] of Object.entries(object(entries) ?? {})) {
        const node = object(entry);
        if (node) addEntry(node, ["results", eventId, day, key]);
        title ??= text(node?.conferenceTitle);
      }
    }
  }
  if (!timeZone) return { ok: false, errors: [problemAt(["results"], "names no time zone; pass the event's zone (the timeZone option, or --time-zone)")], warnings };
  const starts = [...items, ...sessions].map((entry) => entry.start).filter((value): value is string => typeof value === "string").sort();
  const program = {
    version: 1,
    event: { title: options.title ?? title ?? "Untitled event", kind: "conference", startDate: (starts[0] ?? "1970-01-01").slice(0, 10), timeZone },
    people: [...people.values()],
    rooms: [...rooms.values()],
    sessions,
    items,
  };
  return finishImport(program, warnings);
}
