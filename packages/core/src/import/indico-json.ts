import type { ParseResult } from "../parse/parse-program.js";
import type { PathSegment, ProgramProblem } from "../parse/problem.js";
import { readDateText } from "../time/date-time-text.js";
import { isValidTimeZone, resolveLocalTime, toIsoInZone } from "../time/zoned-time.js";
import type { FrabImportOptions } from "./frab-xml.js";
import { htmlToText } from "./html-to-text.js";
import { createIdKeeper, createIdMaker } from "./slug-ids.js";
import {
  asEntries,
  asKey,
  asNumber,
  asObject as object,
  asObjectList as list,
  asText as text,
  type JsonObject as Node,
} from "./json-values.js";
import { chooseEventTitle } from "./event-title.js";
import { finishImport } from "./finish-import.js";
import { guardImport } from "./guard-import.js";
import { problemInSource, type ImportSource } from "./import-source.js";
import { readJsonInput, rejectWith } from "./read-input.js";
import { readIndicoEventExport, type IndicoEventExport } from "./indico-event-export.js";
import { readPosterBlock, timeInPosterBlock, type IndicoPosterBlock } from "./indico-poster-block.js";
import { createUnreadFieldCounter } from "./indico-unread-fields.js";

/**
 * How deep session blocks may nest. Indico nests one level (a block holds contributions);
 * a file nested deeper than this is not a timetable, and reading it must not overflow the stack.
 */
const deepestNesting = 16;

/**
 * What an Indico entry is. Indico's serializer writes `entryType` ("Contribution", "Break",
 * "Session") on every entry and a legacy class name in `_type` on some ("ContribSchEntry",
 * "BreakTimeSchEntry", "LinkedTimeSchEntry" for blocks); `entryType` is read first because
 * session blocks carry no `_type`.
 */
function entryKindOf(entry: Node): "session" | "break" | "contribution" {
  const type = (asKey(entry.entryType) ?? asKey(entry._type) ?? "").toLowerCase();
  if (["session", "sessionblock", "block", "linkedtimeschentry", "sessionschentry"].includes(type)) return "session";
  if (type === "break" || type === "breaktimeschentry") return "break";
  return "contribution";
}

/** A block's title as Indico shows it: the session's title, then the block's own `slotTitle`. */
function blockTitle(entry: Node): string {
  const session = text(entry.title);
  const slot = text(entry.slotTitle);
  if (session && slot && slot !== session) return `${session}: ${slot}`;
  return session ?? slot ?? "Session";
}

/**
 * Imports Indico's timetable export (`/export/timetable/ID.json`: `results.<event>.<day>.<entry>`)
 * as a program: contributions (posters, with their board, when they or their block are
 * `isPoster`), breaks (`BreakTimeSchEntry`), and session blocks titled "session: slotTitle"
 * with their conveners as chairs and their nested entries (a poster block is a `concurrent`
 * session whose posters run the whole block); presenters with affiliations become
 * speakers, listed authors become authors. Each time comes as `{ date, time, tz }` and is written as an instant with the
 * offset of its own zone. HTML in descriptions becomes text. The event export API
 * (`/export/event/ID.json?detail=sessions`, `results` a list) is read too: its sessions with their
 * `contributions`, its event `title`, `timezone`, `location` (the venue), dates, page and
 * description. Never throws.
 */
export function importIndicoJson(
  input: string | unknown,
  options: FrabImportOptions & { title?: string } = {},
): ParseResult {
  return guardImport("an Indico timetable", () => {
    const read = readJsonInput(input);
    if (!read.ok) return read;
    const found = object(read.data)?.results;
    const exported = Array.isArray(found) ? readIndicoEventExport(found) : undefined;
    const results = exported?.days ?? object(found);
    if (!results)
      return rejectWith(
        problemInSource(
          read.source,
          ["results"],
          'is missing: Indico\'s timetable export is { "results": { "<event id>": { "<day>": { ... } } } }, its event export { "results": [ { "contributions": [...] } ] }',
        ),
      );
    const given = object(options) ?? {};
    const timeZone = text(given.timeZone) ?? exported?.timeZone;
    return importUnsafely(results, read.source, { timeZone, title: text(given.title) }, exported);
  });
}

function importUnsafely(
  results: Node,
  source: ImportSource,
  options: { timeZone?: string; title?: string },
  exported?: IndicoEventExport,
): ParseResult {
  const at = (segments: readonly PathSegment[], message: string) => problemInSource(source, segments, message);
  const warnings: ProgramProblem[] = (exported?.notes ?? []).map((note) => at(note.segments, note.message));
  const itemId = createIdKeeper("entry-");
  const personId = createIdMaker("person-");
  const roomId = createIdMaker("room-");
  const people = new Map<string, Record<string, unknown>>();
  const rooms = new Map<string, { id: string; name: string }>();
  const items: Record<string, unknown>[] = [];
  const itemOrigins: PathSegment[][] = [];
  const sessions: Record<string, unknown>[] = [];
  const sessionOrigins: PathSegment[][] = [];
  let timeZone = options.timeZone;

  const instant = (value: unknown, where: readonly PathSegment[]): string | undefined => {
    const node = object(value);
    const date = text(node?.date);
    const time = text(node?.time);
    const zone = text(node?.tz) ?? timeZone;
    if (!date || !time || !zone) return undefined;
    if (!isValidTimeZone(zone)) {
      warnings.push(at(where, `"${zone}" is not an IANA time zone; the time is left out`));
      return undefined;
    }
    timeZone ??= zone;
    const day = readDateText(date);
    const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time);
    if (!day.ok || !clock) return undefined;
    const resolved = resolveLocalTime(
      {
        year: day.year,
        month: day.month,
        day: day.day,
        hour: Number(clock[1]),
        minute: Number(clock[2]),
        second: Number(clock[3] ?? 0),
      },
      zone,
    );
    return resolved.kind === "gap" ? undefined : toIsoInZone(resolved.epochMs, zone);
  };
  const personFor = (node: Node) => {
    const name =
      text(node.name) ??
      [text(node.firstName) ?? text(node.first_name), text(node.familyName) ?? text(node.last_name)]
        .filter(Boolean)
        .join(" ");
    if (!name) return undefined;
    const affiliation = text(node.affiliation);
    const key = `${name}|${affiliation ?? ""}`;
    if (!people.has(key))
      people.set(key, { id: personId(name), name, ...(affiliation ? { affiliations: [affiliation] } : {}) });
    return people.get(key)!.id as string;
  };
  const roomFor = (entry: Node) => {
    // An entry's `location` is the venue (it inherits the event's); only a different one stands for a room.
    const location = text(entry.location);
    const name = text(entry.room) ?? (location !== exported?.venue?.name ? location : undefined);
    if (!name) return undefined;
    if (!rooms.has(name)) rooms.set(name, { id: roomId(name), name });
    return rooms.get(name)!.id;
  };

  const unread = createUnreadFieldCounter();
  const addEntry = (
    entry: Node,
    where: readonly PathSegment[],
    depth: number,
    sessionItems?: string[],
    posterBlock?: IndicoPosterBlock,
  ) => {
    unread.count(entry, where);
    const type = entryKindOf(entry);
    if (type === "session") {
      if (depth >= deepestNesting) {
        warnings.push(
          at(
            where,
            `session blocks nest deeper than ${deepestNesting} levels here; this block and what it holds are left out`,
          ),
        );
        return;
      }
      const blockStart = instant(entry.startDate, [...where, "startDate"]);
      const blockEnd = instant(entry.endDate, [...where, "endDate"]);
      // Indico marks the poster session, not its contributions: its block is a concurrent session.
      const concurrentBlock =
        entry.isPoster === true ? readPosterBlock({ start: blockStart, end: blockEnd }) : undefined;
      if (concurrentBlock?.partial)
        warnings.push(at(where, "a poster block needs both a start and an end; it is kept without a time"));
      const [start, end] = concurrentBlock
        ? [concurrentBlock.span?.start, concurrentBlock.span?.end]
        : [blockStart, blockEnd];
      const childIds: string[] = [];
      // The timetable export nests `entries`; the event export's sessions list `contributions`.
      const childKey = entry.entries === undefined ? "contributions" : "entries";
      for (const [key, child] of asEntries(entry[childKey]))
        if (object(child)) addEntry(object(child)!, [...where, childKey, key], depth + 1, childIds, concurrentBlock);
      const chairs = list(entry.conveners).flatMap((convener) => personFor(convener) ?? []);
      const room = roomFor(entry);
      sessionOrigins.push([...where]);
      sessions.push({
        // From the entries' keeper, so a block never takes a contribution's id; unprefixed, as
        // its address adds "session-" (#session-s1).
        id: itemId(asKey(entry.id) ?? asKey(entry.sessionId) ?? `${sessions.length + 1}`),
        title: blockTitle(entry),
        ...(concurrentBlock ? { mode: "concurrent" } : {}),
        ...(chairs.length > 0 ? { chairs } : {}),
        ...(room ? { room } : {}),
        ...(start ? { start } : {}),
        ...(end ? { end } : {}),
        items: childIds,
      });
      return;
    }
    const id = itemId(asKey(entry.id) ?? asKey(entry.friendlyId) ?? `${items.length + 1}`);
    const isBreak = type === "break";
    // Everything in a poster block is a poster (but its breaks).
    const isPoster = !isBreak && (entry.isPoster === true || posterBlock !== undefined);
    const board = text(entry.board_number) ?? text(entry.boardNumber);
    const speakers = [...list(entry.presenters), ...list(entry.speakers)].flatMap((person) => personFor(person) ?? []);
    // Indico's event export lists authors apart from speakers (primary authors first, then co-authors).
    const authorIds = [...list(entry.authors), ...list(entry.primaryauthors), ...list(entry.coauthors)].flatMap(
      (person) => personFor(person) ?? [],
    );
    const authors = [...new Set(authorIds)].map((person) => ({
      person,
      ...(speakers.includes(person) ? { presenting: true } : {}),
    }));
    const description = text(entry.description);
    const own = {
      start: instant(entry.startDate, [...where, "startDate"]),
      end: instant(entry.endDate, [...where, "endDate"]),
    };
    const placed = posterBlock?.span ? timeInPosterBlock(posterBlock.span, own) : { ...own, outside: false };
    const { start, end } = placed;
    if (placed.outside)
      warnings.push(at(where, `"${text(entry.title) ?? id}" lies outside its poster block; it runs the whole block`));
    else if (!start && !posterBlock?.span)
      warnings.push(at(where, `"${text(entry.title) ?? id}" has no readable start; imported without a time`));
    const room = roomFor(entry);
    const duration = asNumber(entry.duration);
    itemOrigins.push([...where]);
    items.push({
      id,
      kind: isBreak ? "coffee-break" : isPoster ? "poster" : "contributed-talk",
      ...(isPoster && board ? { board } : {}),
      ...(text(entry.title) ? { title: text(entry.title) } : isBreak ? {} : { tba: ["title"] }),
      ...(description ? { abstract: htmlToText(description) || description } : {}),
      ...(speakers.length > 0 ? { speakers: [...new Set(speakers)] } : {}),
      ...(authors.length > 0 ? { authors } : {}),
      ...(room ? { room } : {}),
      ...(start ? { start } : {}),
      ...(start && end ? { end } : start ? { duration: duration !== undefined && duration > 0 ? duration : 1 } : {}),
    });
    sessionItems?.push(id);
  };

  let title = exported?.title;
  for (const [eventId, days] of asEntries(results)) {
    for (const [day, entries] of asEntries(days)) {
      for (const [key, entry] of asEntries(entries)) {
        const node = object(entry);
        if (node) addEntry(node, ["results", eventId, day, key], 0);
        title ??= text(node?.conferenceTitle);
      }
    }
  }
  if (!timeZone)
    return {
      ok: false,
      errors: [at(["results"], "names no time zone; pass the event's zone (the timeZone option, or --time-zone)")],
      warnings,
    };
  const starts = [...items, ...sessions]
    .map((entry) => entry.start)
    .filter((value): value is string => typeof value === "string")
    .sort();
  const program = {
    version: 1,
    event: {
      title: chooseEventTitle(options.title, title, warnings),
      kind: "conference",
      startDate: (starts[0] ?? "1970-01-01").slice(0, 10),
      timeZone,
      ...exported?.event,
    },
    people: [...people.values()],
    rooms: [...rooms.values()],
    sessions,
    items,
  };
  return finishImport(program, [...warnings, ...unread.warnings(at)], {
    source,
    origins: new Map([
      ["items", itemOrigins],
      ["sessions", sessionOrigins],
    ]),
  });
}
