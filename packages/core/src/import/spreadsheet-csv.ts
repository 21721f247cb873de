import { rejectWith } from "./read-input.js";
import { spreadsheetKind } from "./spreadsheet-kinds.js";
import { toSafeUrl } from "../model/safe-url.js";
import type { ParseResult } from "../parse/parse-program.js";
import { problemAt, type ProgramProblem } from "../parse/problem.js";
import { readCsv } from "./read-csv.js";
import { createIdMaker } from "./slug-ids.js";
import { chooseEventTitle } from "./event-title.js";
import { finishImport } from "./finish-import.js";
import { placeOnRowLines } from "./csv-lines.js";
import { guardImport } from "./guard-import.js";
import { asObject, asText } from "./json-values.js";
import { readWrittenDate, type WrittenDate } from "../time/read-written-date.js";
import { utcMs } from "../time/date-time-text.js";

/** The columns a program spreadsheet has (in any order; names are case-insensitive). */
export const spreadsheetColumns = [
  "date",
  "start",
  "end",
  "room",
  "kind",
  "title",
  "speakers",
  "affiliations",
  "abstract",
  "links",
] as const;

/** How dates other than YYYY-MM-DD are written in a spreadsheet. */
export const spreadsheetDateFormats = ["DD/MM/YYYY", "MM/DD/YYYY", "DD.MM.YYYY", "YYYY/MM/DD"] as const;

/** Options of {@link importSpreadsheetCsv}. */
export interface SpreadsheetImportOptions {
  /** The event's IANA zone; the spreadsheet's times are local to it. Required. */
  readonly timeZone: string;
  /** The event's title (spreadsheets have none). */
  readonly title?: string;
  /** How dates are written, when not YYYY-MM-DD. Without it, 04/03/2026 is an error. */
  readonly dateFormat?: (typeof spreadsheetDateFormats)[number];
}

const monthShort = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A spreadsheet's date: YYYY-MM-DD always; otherwise the given format; without one, only a
 * date that can be read one way (25/03/2026, 2026/03/25). `04/03/2026` is never guessed.
 */
function readDate(value: string, format: SpreadsheetImportOptions["dateFormat"]): { date?: string; problem?: string } {
  const answer = (read: WrittenDate) => (read.ok ? { date: read.date } : { problem: read.problem });
  if (/^\d{4}-/.test(value)) return answer(readWrittenDate(value, "YYYY-MM-DD"));
  if (format) return answer(readWrittenDate(value, format));
  if (/^\d{4}\//.test(value)) return answer(readWrittenDate(value, "YYYY/MM/DD"));
  const parts = /^(\d{1,2})([/.])(\d{1,2})[/.]\d{4}$/.exec(value);
  if (!parts) return { problem: `"${value}" is not a date; write YYYY-MM-DD (2026-04-27)` };
  const [first, second] = [Number(parts[1]), Number(parts[3])];
  if (first > 12 && second <= 12) return answer(readWrittenDate(value, parts[2] === "." ? "DD.MM.YYYY" : "DD/MM/YYYY"));
  if (second > 12 && first <= 12) return answer(readWrittenDate(value.replaceAll(".", "/"), "MM/DD/YYYY"));
  return {
    problem: `"${value}" is ambiguous: ${first} ${monthShort[second] ?? "?"} or ${monthShort[first] ?? "?"} ${second}? Write YYYY-MM-DD, or give the date format (${spreadsheetDateFormats.join(", ")})`,
  };
}

/** The calendar day after `YYYY-MM-DD` (civil dates: no zone, so no DST to get wrong). */
function nextDate(date: string): string {
  const next = new Date(utcMs(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)) + 1));
  return next.toISOString().slice(0, 10);
}

/**
 * Imports a program from a plain spreadsheet saved as CSV, with the documented columns
 * (`date, start, end, room, kind, title, speakers, affiliations, abstract, links`).
 * Speakers are separated by `;`, each speaker's affiliations (in the same order) by `;` too,
 * links by spaces. Times are local to the given zone; an end at or before the start is the
 * next day (a night row, 21:00-06:00), with a warning. Every problem names the row's line in
 * the file. Dates must be YYYY-MM-DD unless a format is given: `04/03/2026` is April 3 in one
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
      dateFormat: dateFormat as SpreadsheetImportOptions["dateFormat"],
    });
  });
}

function importUnsafely(text: unknown, options: SpreadsheetImportOptions): ParseResult {
  const { records, problem } = readCsv(text);
  if (problem) return rejectWith({ ...problemAt([], problem.message), line: problem.line, column: 1 });
  const [header, ...rows] = records;
  if (!header)
    return rejectWith(problemAt([], "is empty; the first row names the columns: " + spreadsheetColumns.join(", ")));
  const columns = header.fields.map((name) => name.trim().toLowerCase());
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

  const personId = createIdMaker("person-");
  const roomId = createIdMaker("room-");
  const itemId = createIdMaker("row-");
  const people = new Map<string, { id: string; name: string; affiliations?: string[] }>();
  const rooms = new Map<string, { id: string; name: string }>();
  const items = rows.map((row) => {
    const cell = (name: string) => (row.fields[columns.indexOf(name)] ?? "").trim();
    const where = `row at line ${row.line}`;
    const date = readDate(cell("date"), options.dateFormat);
    if (date.problem) errors.push(at(row.line, `${where}, date: ${date.problem}`));
    const clock = (name: string) => {
      const value = cell(name);
      if (!value) return undefined;
      const match = /^(\d{1,2})[:.h](\d{2})$/.exec(value);
      if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
        errors.push(at(row.line, `${where}, ${name}: "${value}" is not a time of day; write HH:MM (09:30)`));
        return undefined;
      }
      return `${match[1]!.padStart(2, "0")}:${match[2]}`;
    };
    const start = clock("start");
    const end = clock("end");
    // A row 21:00-06:00 (a night session, a poster hall open overnight) ends the next day.
    const endDate = date.date && start && end && end <= start ? nextDate(date.date) : date.date;
    if (endDate !== date.date)
      warnings.push(
        at(
          row.line,
          `${where}, end: ${end} is not after the start (${start}); read as ${endDate}T${end}, the next day`,
        ),
      );
    const kind = spreadsheetKind(cell("kind"));
    if (!kind)
      warnings.push(at(row.line, `${where}, kind: "${cell("kind")}" is not a kind it knows; imported as other`));
    const names = cell("speakers")
      .split(";")
      .map((name) => name.trim())
      .filter(Boolean);
    const affiliations = cell("affiliations")
      .split(";")
      .map((name) => name.trim());
    const speakers = names.map((name, index) => {
      if (!people.has(name))
        people.set(name, {
          id: personId(name),
          name,
          ...(affiliations[index] ? { affiliations: [affiliations[index]!] } : {}),
        });
      return people.get(name)!.id;
    });
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
    return {
      id: itemId(`${row.line}`),
      kind: kind ?? "other",
      ...(cell("title") ? { title: cell("title") } : { tba: ["title"] }),
      ...(cell("abstract") ? { abstract: cell("abstract") } : {}),
      ...(speakers.length > 0 ? { speakers } : {}),
      ...(roomName ? { room: rooms.get(roomName)!.id } : {}),
      ...(date.date && start ? { start: `${date.date}T${start}` } : {}),
      ...(endDate && end ? { end: `${endDate}T${end}` } : {}),
      ...(links.length > 0 ? { links } : {}),
    };
  });
  if (errors.length > 0) return { ok: false, errors, warnings };
  const dates = items
    .map((item) => item.start?.slice(0, 10))
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
    people: [...people.values()],
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
    ["people", [...people.values()].map((person) => ({ line: personLines.get(person.id) ?? header.line }))],
    ["rooms", [...rooms.values()].map((room) => ({ line: roomLines.get(room.id) ?? header.line }))],
  ]);
  // Problems the model finds later (a time in a DST gap) are about a row: they name its line.
  return placeOnRowLines(finishImport(program, warnings), lines, { line: header.line });
}
