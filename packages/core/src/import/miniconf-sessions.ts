import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { problemAt, type ProgramProblem } from "../parse/problem.js";
import { readDateTimeText } from "../time/date-time-text.js";
import { resolveLocalTime, toIsoInZone } from "../time/zoned-time.js";
import { asObject, asText, type JsonObject } from "./json-values.js";
import { readCsv } from "./read-csv.js";
import type { Link } from "../model/link.js";
import {
  isOralSession,
  miniconfSessionFields as fields,
  sessionLinksOf,
  unreadSessionKeys,
} from "./miniconf-session-fields.js";

/** One timed session of a MiniConf sessions file, its times instants written in the event's zone. */
export interface MiniconfSession {
  readonly id: string;
  readonly title: string;
  /** ISO 8601 with the event zone's offset at that instant: `2020-11-16T08:00:00-08:00`. */
  readonly start: string;
  readonly end: string;
  readonly room?: string;
  readonly chairs: readonly string[];
  /** Where to join it: its video call, chat or livestream (`zoom_link`, `discord`, ...). */
  readonly links: readonly Link[];
  /** Paper UIDs in file order, each with its own times when the file gives them. */
  readonly papers: readonly { readonly uid: string; readonly start?: string; readonly end?: string }[];
  /** `sequence` when its papers have times of their own; otherwise every paper runs the whole session. */
  readonly mode: "sequence" | "concurrent";
  /** Whether its papers are talks: they have times of their own, or the file calls it an oral session. */
  readonly talks: boolean;
  /** Where the entry is in the file, for problems: its line (and JSON/YAML path). */
  readonly line: number;
  readonly path: string;
}

/** A session entry that was left out, with the paper UIDs it names, so their warnings can say why they have no time. */
export interface MiniconfLeftOutSession {
  /** Its id, as the file writes it (or its key, or path). */
  readonly id: string;
  readonly line: number;
  /** Why, in a few words: `its start "16:00" is not a date-time`. */
  readonly reason: string;
  readonly papers: readonly string[];
}

/** The sessions read, and what could not be read (warnings naming the entry's line and path). */
export interface MiniconfSessionsRead {
  readonly sessions: readonly MiniconfSession[];
  /** The entries left out (times unreadable, an id repeated), with the papers they name. */
  readonly leftOut: readonly MiniconfLeftOutSession[];
  readonly errors: readonly ProgramProblem[];
  readonly warnings: readonly ProgramProblem[];
}

const pick = (entry: JsonObject, names: readonly string[]) => {
  for (const name of names) if (entry[name] !== undefined && entry[name] !== null) return entry[name];
  return undefined;
};

/** A list cell: a YAML/JSON list, or text separated by `|` (MiniConf's CSV lists) or `,`. */
const listOf = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap((entry) => (asText(entry) ? [asText(entry)!] : []));
  const text = asText(value);
  if (!text) return [];
  return text
    .split(text.includes("|") ? "|" : ",")
    .map((part) => part.trim())
    .filter(Boolean);
};

/**
 * An instant from what sessions files write: `2020-11-16 16:00:00+00:00` (YAML, UTC),
 * `2023-09-13T10:45:00+02:00` (calendar JSON), or a local time in the event's zone. Written
 * back with the zone's offset, so it stays one instant and reads in the event's zone.
 */
export function readSessionTime(value: unknown, timeZone: string): { iso?: string; problem?: string } {
  const text = asText(value)?.replace(/^(\d{4}-\d{2}-\d{2})[ T]/, "$1T");
  if (!text) return { problem: "has no time" };
  const read = readDateTimeText(text.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  if (read.form === "invalid") return { problem: `${JSON.stringify(asText(value))}: ${read.problem}` };
  if (read.form === "instant") return { iso: toIsoInZone(read.epochMs, timeZone) };
  const local = resolveLocalTime(read.local, timeZone);
  if (local.kind === "gap") return { problem: `${JSON.stringify(text)} does not exist in ${timeZone} (clocks jump)` };
  return { iso: toIsoInZone(local.epochMs, timeZone) };
}

/** Whether a sessions file is CSV: by name, or a first line of comma-separated words that is not JSON or YAML. */
function looksLikeCsv(fileName: string, text: string): boolean {
  if (/\.csv$/i.test(fileName)) return true;
  if (/\.(ya?ml|json)$/i.test(fileName)) return false;
  const first = text.trimStart().split("\n", 1)[0] ?? "";
  return !/^[[{-]/.test(first) && first.includes(",") && !first.includes(": ");
}

/** An entry of a sessions file; `headerLine` is the line of a CSV's header, which names its columns. */
type RawEntry = { entry: JsonObject; key?: string; line: number; path: string; headerLine?: number };

function entriesOfDocument(text: string, file: string, errors: ProgramProblem[]): RawEntry[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  if (document.errors.length > 0) {
    const first = document.errors[0]!;
    const line = first.linePos?.[0]?.line ?? 1;
    errors.push({ ...problemAt([file], `cannot be read as JSON or YAML: ${first.message}`), line, column: 1 });
    return [];
  }
  const lineOf = (node: unknown) => lineCounter.linePos((node as Node | undefined)?.range?.[0] ?? 0).line;
  let root: unknown = document.contents;
  // `{ sessions: [...] }` wraps the list some sites write.
  if (isMap(root) && root.items.length === 1 && isSeq(root.items[0]!.value)) root = root.items[0]!.value;
  if (isSeq(root))
    return root.items.map((node, index) => ({
      entry: asObject((node as Node).toJSON()) ?? {},
      line: lineOf(node),
      path: `[${index}]`,
    }));
  if (isMap(root))
    return root.items.map((pair) => {
      const key = String((pair.key as Node | null)?.toJSON?.() ?? "");
      return { entry: asObject((pair.value as Node | null)?.toJSON?.()) ?? {}, key, line: lineOf(pair.key), path: key };
    });
  errors.push({ ...problemAt([file], "holds no list or map of sessions"), line: 1, column: 1 });
  return [];
}

function entriesOfCsv(text: string, file: string, errors: ProgramProblem[]): RawEntry[] {
  const { records, problem } = readCsv(text);
  if (problem) {
    errors.push({ ...problemAt([file], problem.message), line: problem.line, column: 1 });
    return [];
  }
  const [header, ...rows] = records;
  const names = (header?.fields ?? []).map((name) => name.trim().toLowerCase());
  return rows.map((row) => ({
    entry: Object.fromEntries(names.map((name, index) => [name, row.fields[index] ?? ""])),
    line: row.line,
    path: `row ${row.line}`,
    headerLine: header?.line ?? 1,
  }));
}

/** A paper's UID in a session's list: the entry itself, or its `uid` key when it is an object with times. */
const uidOf = (value: unknown) => {
  const object = asObject(value);
  return object ? asText(pick(object, ["UID", "uid", "id", "paper"])) : asText(value);
};

/** The papers a session entry lists, as the file writes them. */
const papersOf = (entry: JsonObject): unknown[] =>
  Array.isArray(entry.papers) ? entry.papers : listOf(pick(entry, fields.papers));

/** The paper UIDs an entry names, read without their times (for an entry that is left out). */
const paperUidsOf = (entry: JsonObject): string[] => papersOf(entry).flatMap((paper) => uidOf(paper) ?? []);

/**
 * A paper of a session's list: a UID, or an object with its UID and times of its own. A time
 * that cannot be read is reported (`problem`), never dropped: without it the paper would
 * seem to have no time and fail later with a reason that names the papers file.
 */
const paperOf = (value: unknown, timeZone: string, problem: (message: string) => void) => {
  const object = asObject(value);
  const uid = uidOf(value);
  if (!uid) return undefined;
  const timeOf = (names: readonly string[], which: string): string | undefined => {
    const written = object && pick(object, names);
    if (written === undefined) return undefined;
    const read = readSessionTime(written, timeZone);
    if (!read.iso)
      problem(`paper "${uid}" has the ${which} ${JSON.stringify(written)}, which is not a time (${read.problem})`);
    return read.iso;
  };
  const start = timeOf(["start", "start_time"], "start");
  const end = timeOf(["end", "end_time"], "end");
  return { uid, ...(start ? { start } : {}), ...(end ? { end } : {}) };
};

/**
 * Reads a MiniConf sessions file (CSV, JSON or YAML: a list of sessions, or a map keyed by
 * session id, as EMNLP's `paper_sessions.yml` and SIGDIAL's `main_calendar.json` are) into
 * timed sessions with the paper UIDs they name. An entry without readable times is a warning
 * naming its line and path, and is left out; a session that ends before it starts, or a paper
 * time that cannot be read, is an error naming the file (`fileName`), the entry and its line.
 * Keys nothing reads are warnings, once each. Never throws; linear in the file's size.
 */
export function readMiniconfSessions(text: string, fileName: string, timeZone: string): MiniconfSessionsRead {
  const file = "sessions";
  const label = fileName || "the sessions file";
  const errors: ProgramProblem[] = [];
  const warnings: ProgramProblem[] = [];
  const raw = looksLikeCsv(fileName, text) ? entriesOfCsv(text, file, errors) : entriesOfDocument(text, file, errors);
  // A CSV's columns are named on its header line; a JSON/YAML key on the first entry that has it.
  for (const unread of unreadSessionKeys(raw))
    warnings.push({
      ...problemAt([file], `${label}: ${unread.message}`),
      line: raw[0]?.headerLine ?? unread.line,
      column: 1,
    });
  const sessions: MiniconfSession[] = [];
  const leftOut: MiniconfLeftOutSession[] = [];
  const seen = new Set<string>();
  const unusableLinkKeys = new Set<string>();
  for (const { entry, key, line, path } of raw) {
    const at = (message: string) => ({
      ...problemAt([file], `${label}, entry ${path} (line ${line}): ${message}`),
      line,
      column: 1,
    });
    const warn = (message: string) => warnings.push(at(message));
    const leave = (id: string, reason: string) => {
      warn(`${reason}; left out`);
      leftOut.push({ id, line, reason, papers: paperUidsOf(entry) });
    };
    const id = asText(pick(entry, fields.id)) ?? key;
    const title = asText(pick(entry, fields.title)) ?? id;
    if (!id || !title) {
      warn("has no id or title; left out");
      continue;
    }
    if (seen.has(id)) {
      leave(id, `repeats the session id "${id}"`);
      continue;
    }
    const start = readSessionTime(pick(entry, fields.start), timeZone);
    const end = readSessionTime(pick(entry, fields.end), timeZone);
    if (!start.iso || !end.iso) {
      leave(id, `${start.iso ? "end" : "start"} ${start.iso ? end.problem : start.problem}`);
      continue;
    }
    if (Date.parse(end.iso) < Date.parse(start.iso)) {
      errors.push(at(`session "${id}" ends at ${end.iso}, before it starts at ${start.iso}`));
      continue;
    }
    seen.add(id);
    const papers = papersOf(entry)
      .map((paper) => paperOf(paper, timeZone, (message) => errors.push(at(message))))
      .filter((paper) => paper !== undefined);
    const room = asText(pick(entry, fields.room));
    const timedPapers = papers.some((paper) => paper.start !== undefined);
    const { links, unusable } = sessionLinksOf(entry);
    // Once per key, not per session: a calendar of placeholders would repeat it on every entry.
    for (const { key, value } of unusable)
      if (!unusableLinkKeys.has(key)) {
        unusableLinkKeys.add(key);
        warn(`column "${key}" has ${JSON.stringify(value)}, not a usable http(s) address; such links are left out`);
      }
    sessions.push({
      id,
      title,
      start: start.iso,
      end: end.iso,
      // A calendar's location is often a link to a page of the site (`/papers.html?session=1`), not a room.
      ...(room && !/^(\/|https?:)/i.test(room) ? { room } : {}),
      chairs: listOf(pick(entry, fields.chairs)),
      links,
      papers,
      mode: timedPapers ? "sequence" : "concurrent",
      talks: timedPapers || isOralSession([pick(entry, fields.type), title, id, asText(entry.name)]),
      line,
      path,
    });
  }
  return { sessions, leftOut, errors, warnings };
}
