import { rejectWith } from "./read-input.js";
import { spreadsheetKind } from "./spreadsheet-kinds.js";
import { toSafeUrl } from "../model/safe-url.js";
import { quoteText } from "../model/describe-value.js";
import type { ParseResult } from "../parse/parse-program.js";
import { problemAt, type ProgramProblem } from "../parse/problem.js";
import { readCsv } from "./read-csv.js";
import { createIdMaker } from "./slug-ids.js";
import { chooseEventTitle } from "./event-title.js";
import { finishImport } from "./finish-import.js";
import { placeOnRowLines } from "./csv-lines.js";
import { guardImport } from "./guard-import.js";
import { asObject, asText } from "./json-values.js";
import { spreadsheetDateFormats, type SpreadsheetDateFormat } from "./spreadsheet-date.js";
import { readRowTimes } from "./spreadsheet-row-times.js";
import { createSpreadsheetPeople, splitSpeakerNames } from "./spreadsheet-speakers.js";

export { spreadsheetDateFormats, type SpreadsheetDateFormat } from "./spreadsheet-date.js";

/** The columns a program spreadsheet has (in any order; names are case-insensitive). */
export const spreadsheetColumns = [
  "date",
  "start",
  "end",
  "end date",
  "room",
  "kind",
  "title",
  "speakers",
  "affiliations",
  "abstract",
  "links",
] as const;

/** Other names sheets give a column (`end_date`, `EndDate`), each with the column it is. */
export const spreadsheetColumnAliases: ReadonlyMap<string, (typeof spreadsheetColumns)[number]> = new Map([
  ["end_date", "end date"],
  ["enddate", "end date"],
]);

/** Options of {@link importSpreadsheetCsv}. */
export interface SpreadsheetImportOptions {
  /** The event's IANA zone; the spreadsheet's times are local to it. Required. */
  readonly timeZone: string;
  /** The event's title (spreadsheets have none). */
  readonly title?: string;
  /** How dates are written, when not YYYY-MM-DD. Without it, 04/03/2026 is an error. */
  readonly dateFormat?: SpreadsheetDateFormat;
}

/**
 * Imports a program from a plain spreadsheet saved as CSV, with the documented columns
 * (`date, start, end, end date, room, kind, title, speakers, affiliations, abstract, links`).
 * Speakers are separated by `;` (or by commas when every part is a full name: "Ana Silva, Li
 * Na"), each speaker's affiliations (in the same order) by `;` too, links by spaces. A name met
 * again with another affiliation, or twice in one row, is a second person, with a warning;
 * affiliations left over are named in a warning. Times are local to the given zone; an end with its day (`2026-03-05 06:00`,
 * or an `end date` column) is read as written; an end time alone at or before the start is
 * the next day (a night row, 21:00-06:00), with a warning. Every problem names the row's line in
 * the file and its title. Dates must be YYYY-MM-DD unless a format is given: `04/03/2026` is April 3 in one
 * country and March 4 in another, and is never guessed. Never throws.
 */
export function importSpreadsheetCsv(text: string | unknown, options: SpreadsheetImportOptions): ParseResult {
  return guardImport("a spreadsheet", () => {
    const given = asObject(options);
    const timeZone = asText(given?.timeZone);
    if (!timeZone)
      return rejectWith(
        problemAt(
          [],
          "needs the event's time zone (the timeZone option, or --time-zone): a spreadsheet's times are local",
        ),
      );
    const dateFormat = given?.dateFormat;
    if (dateFormat !== undefined && !(spreadsheetDateFormats as readonly unknown[]).includes(dateFormat)) {
      return rejectWith(problemAt([], `the dateFormat option must be one of ${spreadsheetDateFormats.join(", ")}`));
    }
    return importUnsafely(text, {
      timeZone,
      title: asText(given?.title),
      dateFormat: dateFormat as SpreadsheetDateFormat | undefined,
    });
  });
}

function importUnsafely(text: unknown, options: SpreadsheetImportOptions): ParseResult {
  const { records, problem } = readCsv(text);
  if (problem) return rejectWith({ ...problemAt([], problem.message), line: problem.line, column: 1 });
  const [header, ...rows] = records;
  if (!header)
    return rejectWith(problemAt([], "is empty; the first row names the columns: " + spreadsheetColumns.join(", ")));
  const columns = header.fields.map((name) => {
    const written = name.trim().toLowerCase();
    return spreadsheetColumnAliases.get(written) ?? written;
  });
  const unknown = columns.filter((name) => name && !(spreadsheetColumns as readonly string[]).includes(name));
  const errors: ProgramProblem[] = [];
  const warnings: ProgramProblem[] = [];
  const at = (line: number, message: string): ProgramProblem => ({ ...problemAt([], message), line, column: 1 });
  if (unknown.length > 0)
    warnings.push(
      at(header.line, `column(s) ${unknown.join(", ")} are not read; the columns are ${spreadsheetColumns.join(", ")}`),
    );
  for (const required of ["date", "start", "title"])
    if (!columns.includes(required)) errors.push(at(header.line, `has no "${required}" column`));
  if (errors.length > 0) return { ok: false, errors, warnings };

  const people = createSpreadsheetPeople();
  const listRows: number[] = [];
  const roomId = createIdMaker("room-");
  const itemId = createIdMaker("row-");
  const rooms = new Map<string, { id: string; name: string }>();
  const items = rows.map((row) => {
    const cell = (name: string) => (row.fields[columns.indexOf(name)] ?? "").trim();
    // A line alone is hard to find in a sheet whose cells span lines: the title says which row.
    const title = cell("title").replace(/\s+/g, " ");
    const where = `row at line ${row.line}${title ? ` (${quoteText(title)})` : ""}`;
    const times = readRowTimes(cell, options.timeZone, options.dateFormat);
    times.errors.forEach((message) => errors.push(at(row.line, `${where}, ${message}`)));
    times.warnings.forEach((message) => warnings.push(at(row.line, `${where}, ${message}`)));
    const kind = spreadsheetKind(cell("kind"));
    if (!kind)
      warnings.push(at(row.line, `${where}, kind: "${cell("kind")}" is not a kind it knows; imported as other`));
    const { names, readAsList } = splitSpeakerNames(cell("speakers"));
    if (readAsList) listRows.push(row.line);
    const speakers = people.readSpeakers(names, cell("affiliations"), row.line, (message) =>
      warnings.push(at(row.line, `${where}, ${message}`)),
    );
    const roomName = cell("room");
    if (roomName && !rooms.has(roomName)) rooms.set(roomName, { id: roomId(roomName), name: roomName });
    const links = cell("links")
      .split(/[\s;]+/)
      .filter(Boolean)
      .flatMap((url) => {
        const safe = toSafeUrl(url);
        if (safe !== undefined) return [{ kind: "web", url: safe }];
        warnings.push(at(row.line, `${where}, links: "${url}" dropped: not an http(s) address`));
        return [];
      });
    const tba = [...(cell("title") ? [] : ["title" as const]), ...(times.timeToBeAnnounced ? ["time" as const] : [])];
    return {
      id: itemId(`${row.line}`),
      kind: kind ?? "other",
      ...(cell("title") ? { title: cell("title") } : {}),
      ...(cell("abstract") ? { abstract: cell("abstract") } : {}),
      ...(speakers.length > 0 ? { speakers } : {}),
      ...(roomName ? { room: rooms.get(roomName)!.id } : {}),
      ...(times.start ? { start: times.start } : {}),
      ...(times.end ? { end: times.end } : {}),
      ...(times.date ? { date: times.date } : {}),
      ...(tba.length > 0 ? { tba } : {}),
      ...(links.length > 0 ? { links } : {}),
    };
  });
  if (listRows.length > 0)
    warnings.push(
      at(
        listRows[0]!,
        `speakers: read as lists of names separated by commas (or "and") in ${listRows.length} row(s), at line(s) ${listRows.slice(0, 5).join(", ")}${listRows.length > 5 ? ", ..." : ""}; separate speakers with ";" to say so`,
      ),
    );
  if (errors.length > 0) return { ok: false, errors, warnings };
  const dates = items
    .map((item) => item.start?.slice(0, 10) ?? item.date)
    .filter((value): value is string => Boolean(value))
    .sort();
  const program = {
    version: 1,
    event: {
      // A spreadsheet of rows has no cell for the event: the title option names it, or a placeholder, said aloud.
      title: chooseEventTitle(options.title, undefined, warnings),
      kind: "workshop",
      startDate: dates[0] ?? "1970-01-01",
      ...(dates.length > 0 && dates.at(-1) !== dates[0] ? { endDate: dates.at(-1) } : {}),
      timeZone: options.timeZone,
    },
    people: people.people,
    rooms: [...rooms.values()],
    items,
  };
  const personLines = new Map<string, number>();
  rows.forEach((row, index) =>
    items[index]?.speakers?.forEach((id) => personLines.has(id) || personLines.set(id, row.line)),
  );
  const roomLines = new Map<string, number>();
  rows.forEach(
    (row, index) =>
      items[index]?.room !== undefined &&
      !roomLines.has(items[index]!.room!) &&
      roomLines.set(items[index]!.room!, row.line),
  );
  const lines = new Map([
    ["items", rows.map((row) => ({ line: row.line }))],
    ["people", people.people.map((person) => ({ line: personLines.get(person.id) ?? header.line }))],
    ["rooms", [...rooms.values()].map((room) => ({ line: roomLines.get(room.id) ?? header.line }))],
  ]);
  // Problems the model finds later (a time in a DST gap) are about a row: they name its line.
  return placeOnRowLines(finishImport(program, warnings), lines, { line: header.line });
}
