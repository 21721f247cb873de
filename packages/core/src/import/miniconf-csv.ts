import type { ParseResult } from "../parse/parse-program.js";
import { problemAt, type ProgramProblem } from "../parse/problem.js";
import { createIdKeeper } from "./slug-ids.js";
import { createMiniconfPeople } from "./miniconf-people.js";
import { papersFilesOf, readMiniconfCsv } from "./miniconf-csv-files.js";
import { problemFileOf, rowName } from "./miniconf-row-place.js";
import { chooseEventTitle } from "./event-title.js";
import { finishImport } from "./finish-import.js";
import { placeOnRowLines, type RowPlace } from "./csv-lines.js";
import { guardImport } from "./guard-import.js";
import { asObject, asText } from "./json-values.js";
import { isValidTimeZone } from "../time/zoned-time.js";
import { unreadColumns } from "./miniconf-columns.js";
import type { MiniconfFiles, MiniconfImportOptions } from "./miniconf-options.js";
import { readPaperRow, type PaperRowContext } from "./miniconf-paper-row.js";
import { describeInPersonReadings } from "./miniconf-presentation.js";
import { readSpeakerRow } from "./miniconf-speaker-row.js";
import { readMiniconfSessions } from "./miniconf-sessions.js";
import { isOralSession } from "./miniconf-session-fields.js";
import { markTalkSessions } from "./miniconf-talk-kinds.js";
import { joinMiniconfSessions, type JoinedSession } from "./miniconf-join-sessions.js";

export type { MiniconfFiles, MiniconfImportOptions, MiniconfPapersFile } from "./miniconf-options.js";

/**
 * Imports a MiniConf site's papers and/or speakers CSV, and optionally a sessions file with
 * times. Papers become posters (contributed talks in an oral session) with their
 * ordered authors (a trailing `*` marks the presenting author, as ISMIR's data does, or equal
 * contribution with `star`), keywords become tags and sessions become sessions in file order
 * (ISMIR's day/session poster sessions `concurrent`); invited speakers become
 * invited talks. A column (or sessions key) nothing reads is a warning naming its file.
 * MiniConf's CSV files carry no times, so without a sessions file the result is an ordered
 * program without times, and the zone and first day must be given. Never throws.
 */
export function importMiniconf(files: MiniconfFiles, options: MiniconfImportOptions): ParseResult {
  return guardImport("MiniConf CSV", () => {
    const given = asObject(options);
    const timeZone = asText(given?.timeZone);
    const startDate = asText(given?.startDate);
    const problems = [
      ...(timeZone && isValidTimeZone(timeZone)
        ? []
        : [
            problemAt(
              [],
              'needs the event\'s IANA time zone (the timeZone option, e.g. "Asia/Kolkata"): MiniConf files have none',
            ),
          ]),
      ...(startDate && /^\d{4}-\d{2}-\d{2}$/.test(startDate)
        ? []
        : [
            problemAt(
              [],
              "needs the event's first day as YYYY-MM-DD (the startDate option): MiniConf files have no dates",
            ),
          ]),
    ];
    const sources = asObject(files);
    if (!sources || (sources.papers === undefined && sources.speakers === undefined))
      problems.push(problemAt([], "needs a papers CSV, a speakers CSV, or both ({ papers, speakers })"));
    if (problems.length > 0) return { ok: false, errors: problems, warnings: [] };
    return importUnsafely(sources!, {
      timeZone: timeZone!,
      startDate: startDate!,
      title: asText(given?.title),
      star: given?.star === "equal-contribution" ? "equal-contribution" : "presenter",
      siteUrl: asText(given?.siteUrl),
    });
  });
}

function importUnsafely(files: Record<string, unknown>, options: MiniconfImportOptions): ParseResult {
  const errors: ProgramProblem[] = [];
  const csvFiles = [
    ...papersFilesOf(files.papers).map(({ file, text }) => readMiniconfCsv(text, file, "papers", errors)),
    ...(files.speakers === undefined ? [] : [readMiniconfCsv(files.speakers, "speakers", "speakers", errors)]),
  ];
  if (errors.length > 0) return { ok: false, errors, warnings: [] };
  const itemId = createIdKeeper("item-");
  // A session cell is often the sessions file's id (SIGDIAL's "inlgoralsession1"): kept, the
  // session has the id it gets with that file. Unprefixed: its address adds "session-".
  const sessionId = createIdKeeper();
  let sessions = new Map<string, JoinedSession>();
  const itemRows: RowPlace[] = [];
  let currentRow: RowPlace = { line: 1 };
  const people = createMiniconfPeople((place, message) => warnAt(place, message));
  const personFor = (name: string, extra: Record<string, unknown> = {}) => people.personFor(name, extra, currentRow);
  const sharedNamePerson = (key: string, name: string, extra: Record<string, unknown>) =>
    people.sharedNamePerson(key, name, extra, currentRow);
  // EMNLP names each paper's track ("Machine Translation and Multilinguality"): one track each.
  const tracks = new Map<string, { id: string; name: string }>();
  const trackId = createIdKeeper();
  const trackFor = (name: string) => {
    if (!tracks.has(name)) tracks.set(name, { id: trackId(name), name });
    return tracks.get(name)!.id;
  };
  const addToSessions = (names: string[], id: string) => {
    for (const title of names) {
      if (!sessions.has(title)) sessions.set(title, { id: sessionId(title), title, items: [] });
      sessions.get(title)!.items.push(id);
    }
  };
  const items: Record<string, unknown>[] = [];
  const warnings: ProgramProblem[] = [];
  const warnAt = (place: RowPlace, message: string) =>
    warnings.push({ ...problemAt([problemFileOf(place)], message), line: place.line, column: 1 });
  // Every column nothing reads is named once, with its file, so no cell is lost silently.
  for (const { file, kind, header } of csvFiles) {
    if (!header) continue;
    const named = file === kind ? "" : `${file}: `;
    for (const name of unreadColumns(header.names, kind))
      warnAt({ line: header.line, file }, `${named}column "${name}" is not imported`);
  }
  const concurrentSessions = new Set<string>();
  const paperContext: PaperRowContext = {
    options,
    itemId,
    personFor,
    sharedNamePerson,
    authorPerson: people.authorPerson,
    trackFor,
    warnAt,
    unlinkedColumns: new Set<string>(),
    inPersonReadings: new Map<string, RowPlace>(),
  };
  const itemsByUid = new Map<string, Record<string, unknown>>();
  const sessionNamesOf = new Map<string, readonly string[]>();
  const rowOfUid = new Map<string, RowPlace>();
  for (const { file, row } of csvFiles.flatMap((csv) =>
    csv.kind === "papers" ? csv.rows.map((row) => ({ file: csv.file, row })) : [],
  )) {
    currentRow = { line: row.line, file };
    itemRows.push(currentRow);
    const paper = readPaperRow(row, currentRow, paperContext);
    items.push(paper.item);
    const uid = row.get("UID");
    if (uid && rowOfUid.has(uid))
      warnAt(
        currentRow,
        `${rowName(currentRow)}: UID "${uid}" is also ${rowName(rowOfUid.get(uid)!)}; this paper is kept as "${paper.item.id as string}", and a sessions file's "${uid}" is the first`,
      );
    if (uid && !rowOfUid.has(uid)) {
      rowOfUid.set(uid, currentRow);
      itemsByUid.set(uid, paper.item);
    }
    sessionNamesOf.set(paper.item.id as string, paper.sessions);
    addToSessions(paper.sessions, paper.item.id as string);
    if (paper.concurrentSession !== undefined) concurrentSessions.add(paper.concurrentSession);
  }
  const inPerson = describeInPersonReadings(paperContext.inPersonReadings);
  if (inPerson) warnAt(inPerson.place, inPerson.message);
  for (const row of csvFiles.find((csv) => csv.kind === "speakers")?.rows ?? []) {
    currentRow = { line: row.line, file: "speakers" };
    itemRows.push(currentRow);
    const speaker = readSpeakerRow(row, currentRow, paperContext);
    items.push(speaker.item);
    addToSessions(speaker.sessions, speaker.item.id as string);
  }
  const rowOfItem = new Map(items.map((item, index) => [item.id as string, itemRows[index]!]));
  let rooms: { id: string; name: string }[] = [];
  // Sessions of talks (by id), and where each timed session is in its own file, for problems.
  const talkSessions = new Set<string>();
  const sessionPlaces = new Map<string, RowPlace>();
  if (typeof files.sessions === "string") {
    const sessionsFile = asText(files.sessionsFileName) ?? "";
    const read = readMiniconfSessions(files.sessions, sessionsFile, options.timeZone);
    if (read.errors.length > 0) return { ok: false, errors: [...read.errors], warnings: [...read.warnings] };
    warnings.push(...read.warnings);
    // The sessions file's timed sessions replace the untimed ones the papers' cells name.
    const joined = joinMiniconfSessions(
      read.sessions,
      {
        itemsByUid,
        sessionNamesOf,
        personFor: (name) => personFor(name),
        placeOfItem: (id) => rowOfItem.get(id) ?? { line: 1 },
      },
      { label: sessionsFile || "the sessions file", leftOut: read.leftOut },
    );
    warnings.push(...joined.warnings);
    sessions = joined.sessions;
    rooms = joined.rooms;
    concurrentSessions.clear();
    for (const entry of read.sessions) {
      const session = joined.sessions.get(entry.id)!;
      sessionPlaces.set(session.id, { line: entry.line, file: sessionsFile || "sessions" });
      if (entry.talks) talkSessions.add(session.id);
    }
  } else {
    for (const session of sessions.values()) if (isOralSession([session.title])) talkSessions.add(session.id);
  }
  // An item in several sessions (MiniConf repeats poster sessions) stays in the first; the
  // model keeps one. The first session of each item is noted once, so this is linear.
  const firstSessionOf = new Map<string, string>();
  const sessionList = [...sessions.values()].map((session) => ({
    ...session,
    ...(concurrentSessions.has(session.title) ? { mode: "concurrent" as const } : {}),
    items: session.items.filter((id) => {
      const first = firstSessionOf.get(id);
      if (first !== undefined) {
        const place = rowOfItem.get(id) ?? { line: 1 };
        warnings.push({
          ...problemAt([place.file ?? "papers"], `"${id}" is in more than one session; kept in its first ("${first}")`),
          line: place.line,
          column: 1,
        });
        return false;
      }
      firstSessionOf.set(id, session.title);
      return true;
    }),
  }));
  const placeOfSession = (session: { id: string; items: readonly string[] }) =>
    sessionPlaces.get(session.id) ?? rowOfItem.get(session.items[0] ?? "") ?? { line: 1 };
  const itemsById = new Map(items.map((item) => [item.id as string, item]));
  warnings.push(...markTalkSessions(sessionList, talkSessions, itemsById, placeOfSession));
  const program = {
    version: 1,
    event: {
      // MiniConf's files name no conference: the title option does, or a placeholder, said aloud.
      title: chooseEventTitle(options.title, undefined, warnings, "Untitled conference"),
      kind: "conference",
      startDate: options.startDate,
      timeZone: options.timeZone,
      schedule: { status: "tentative" },
    },
    people: people.people(),
    ...(rooms.length > 0 ? { rooms } : {}),
    ...(tracks.size > 0 ? { tracks: [...tracks.values()] } : {}),
    sessions: sessionList,
    items,
  };
  const sessionRows = sessionList.map(placeOfSession);
  const lines = new Map([
    ["items", itemRows],
    ["people", people.rows],
    ["sessions", sessionRows],
  ]);
  return placeOnRowLines(finishImport(program, warnings), lines, { line: 1 });
}
