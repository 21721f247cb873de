import type { WorkbookCell, WorkbookSheet } from "../importer.js";
import {
  COSPLIB_WEIGHT_KEYS,
  type CosplibInstance,
  type CosplibSession,
  type CosplibSubmission,
  type CosplibWeightKey,
} from "./cosplib-instance.js";

/** A cell as an xlsx reader hands it over (dates and times as `Date` in UTC). */
export type CosplibCell = WorkbookCell;

/** One sheet: its name and its rows of cells, row 1 first (a workbook sheet like any other). */
export type CosplibSheet = WorkbookSheet;

type Matrix = Record<string, Record<string, number>>;

/** The nine sheet names the library requires. */
export const COSPLIB_SHEETS = [
  "parameters",
  "submissions",
  "tracks",
  "sessions",
  "rooms",
  "tracks_sessions|penalty",
  "tracks_rooms|penalty",
  "similar tracks",
  "sessions_rooms|penalty",
] as const;

/** `A1`-style name of a 0-based (row, column). */
export function cellName(row: number, column: number): string {
  let letters = "";
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) {
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  }
  return `${letters}${row + 1}`;
}

function fail(sheet: string, row: number, column: number, message: string): never {
  throw new Error(`CoSPLib sheet "${sheet}" cell ${cellName(row, column)}: ${message}`);
}

function cellOf(sheet: CosplibSheet, row: number, column: number): CosplibCell {
  return sheet.data[row]?.[column];
}

function text(sheet: CosplibSheet, row: number, column: number): string {
  const value = cellOf(sheet, row, column);
  if (typeof value === "number") return String(value);
  if (typeof value !== "string" || value.trim() === "") fail(sheet.sheet, row, column, "expected an id");
  return value.trim();
}

/** An empty cell is 0, as in every penalty matrix of the library. */
function number(sheet: CosplibSheet, row: number, column: number): number {
  const value = cellOf(sheet, row, column);
  if (value === null || value === undefined || value === "") return 0;
  const parsed = typeof value === "number" ? value : Number(String(value).trim());
  if (!Number.isFinite(parsed)) fail(sheet.sheet, row, column, `expected a number, got "${String(value)}"`);
  return parsed;
}

function list(sheet: CosplibSheet, row: number, column: number): string[] {
  const value = cellOf(sheet, row, column);
  if (value === null || value === undefined || String(value).trim() === "") return [];
  // The library splits on exactly ", "; trimming keeps stray spaces from becoming new people.
  return String(value)
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

function zone(sheet: CosplibSheet, row: number, column: number): number {
  const match = /^GMT([+-]\d{1,2})$/.exec(text(sheet, row, column));
  const hours = match ? Number(match[1]) : NaN;
  if (!(Math.abs(hours) <= 12)) fail(sheet.sheet, row, column, "expected a zone GMT+N or GMT-N (N = 0..12)");
  return hours;
}

/** Minutes since midnight of a time cell (a `Date` on 1899-12-30, a day fraction, or `HH:MM`). */
function minutes(sheet: CosplibSheet, row: number, column: number): number {
  const value = cellOf(sheet, row, column);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.getUTCHours() * 60 + value.getUTCMinutes();
  if (typeof value === "number" && value >= 0 && value < 1) return Math.round(value * 1440);
  const match = typeof value === "string" ? /^(\d{1,2}):(\d{2})/.exec(value.trim()) : null;
  if (match && Number(match[1]) < 24 && Number(match[2]) < 60) return Number(match[1]) * 60 + Number(match[2]);
  return fail(sheet.sheet, row, column, "expected a time of day");
}

function date(sheet: CosplibSheet, row: number, column: number): string {
  const value = cellOf(sheet, row, column);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim();
  return fail(sheet.sheet, row, column, "expected a date");
}

const clock = (m: number): string =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/** Ids in column A from row 2 on, unique. */
function idColumn(sheet: CosplibSheet): string[] {
  const ids: string[] = [];
  for (let row = 1; row < sheet.data.length; row += 1) {
    const id = text(sheet, row, 0);
    if (ids.includes(id)) fail(sheet.sheet, row, 0, `duplicate id "${id}"`);
    ids.push(id);
  }
  return ids;
}

/** A penalty matrix: header row of column ids, column A of row ids, both checked against the instance. */
function matrix(sheet: CosplibSheet, rowIds: readonly string[], columnIds: readonly string[], firstColumn = 1): Matrix {
  const result: Matrix = {};
  const header = columnIds.map((id, index) => {
    if (text(sheet, 0, firstColumn + index) !== id)
      fail(sheet.sheet, 0, firstColumn + index, `expected the column "${id}"`);
    return id;
  });
  for (let row = 1; row < sheet.data.length; row += 1) {
    const rowId = text(sheet, row, 0);
    if (!rowIds.includes(rowId)) fail(sheet.sheet, row, 0, `unknown id "${rowId}"`);
    const values: Record<string, number> = {};
    header.forEach((columnId, index) => {
      const value = number(sheet, row, firstColumn + index);
      if (value !== 0) values[columnId] = value;
    });
    result[rowId] = values;
  }
  return result;
}

/** The library keeps only the upper triangle of `similar tracks` (rows a < b), made symmetric. */
function symmetricUpper(full: Matrix, order: readonly string[]): Matrix {
  const result: Matrix = Object.fromEntries(order.map((id) => [id, {}]));
  order.forEach((a, i) =>
    order.slice(i + 1).forEach((b) => {
      const value = full[a]?.[b] ?? 0;
      if (value !== 0) {
        result[a]![b] = value;
        result[b]![a] = value;
      }
    }),
  );
  return result;
}

function readSubmissions(
  sheet: CosplibSheet,
  tracks: readonly string[],
  sessions: readonly string[],
  rooms: readonly string[],
) {
  // Columns H.. hold one penalty per session, then one per room (the library reads them by position).
  const penalties = matrix(sheet, idColumn(sheet), [...sessions, ...rooms], 7);
  return idColumn(sheet).map((id, index): CosplibSubmission => {
    const row = index + 1;
    const track = text(sheet, row, 1);
    if (!tracks.includes(track)) fail(sheet.sheet, row, 1, `unknown track "${track}"`);
    const requiredSlots = number(sheet, row, 2);
    if (!Number.isInteger(requiredSlots) || requiredSlots < 1)
      fail(sheet.sheet, row, 2, "expected a whole number of slots >= 1");
    const own = penalties[id] ?? {};
    const pick = (ids: readonly string[]) =>
      Object.fromEntries(ids.filter((k) => own[k] !== undefined).map((k) => [k, own[k]!]));
    return {
      id,
      track,
      requiredSlots,
      order: number(sheet, row, 3),
      zoneOffsetHours: zone(sheet, row, 4),
      presenters: list(sheet, row, 5),
      attendees: list(sheet, row, 6),
      sessionPenalty: pick(sessions),
      roomPenalty: pick(rooms),
    };
  });
}

/** Reads a CoSPLib instance from its sheets; throws an error naming sheet and cell on bad input. */
export function readCosplibSheets(sheets: readonly CosplibSheet[]): CosplibInstance {
  const byName = new Map(sheets.map((sheet) => [sheet.sheet, sheet]));
  const get = (name: (typeof COSPLIB_SHEETS)[number]): CosplibSheet => {
    const sheet = byName.get(name);
    if (!sheet) throw new Error(`CoSPLib workbook: missing sheet "${name}" (needs ${COSPLIB_SHEETS.join(", ")})`);
    return sheet;
  };
  const parameters = get("parameters");
  const tracksSheet = get("tracks");
  const sessionsSheet = get("sessions");
  const trackIds = idColumn(tracksSheet);
  const sessionIds = idColumn(sessionsSheet);
  const rooms = idColumn(get("rooms"));
  const sessions = sessionIds.map((id, index): CosplibSession => {
    const maxSlots = number(sessionsSheet, index + 1, 1);
    if (!Number.isInteger(maxSlots) || maxSlots < 1)
      fail(sessionsSheet.sheet, index + 1, 1, "expected a whole number of slots >= 1");
    const start = minutes(sessionsSheet, index + 1, 3);
    const end = minutes(sessionsSheet, index + 1, 4);
    if (end <= start) fail(sessionsSheet.sheet, index + 1, 4, "the session ends before it starts");
    return { id, maxSlots, date: date(sessionsSheet, index + 1, 2), start: clock(start), end: clock(end) };
  });
  const weights = Object.fromEntries(
    COSPLIB_WEIGHT_KEYS.map((key, index) => [key, number(parameters, index + 1, 4)]),
  ) as Record<CosplibWeightKey, number>;
  return {
    zoneOffsetHours: zone(parameters, 1, 1),
    suitable: [minutes(parameters, 3, 1), minutes(parameters, 4, 1)],
    lessSuitable: [minutes(parameters, 6, 1), minutes(parameters, 7, 1)],
    smallZonePenalty: number(parameters, 8, 1),
    bigZonePenalty: number(parameters, 10, 1),
    weights,
    submissions: readSubmissions(get("submissions"), trackIds, sessionIds, rooms),
    tracks: trackIds.map((id, index) => ({ id, chairs: list(tracksSheet, index + 1, 1) })),
    sessions,
    rooms,
    tracksSessions: matrix(get("tracks_sessions|penalty"), trackIds, sessionIds),
    tracksRooms: matrix(get("tracks_rooms|penalty"), trackIds, rooms),
    sessionsRooms: matrix(get("sessions_rooms|penalty"), sessionIds, rooms),
    similarTracks: symmetricUpper(matrix(get("similar tracks"), trackIds, trackIds), trackIds),
  };
}
