import { readAuthorEntries, type AuthorEntriesContext } from "./miniconf-author-entries.js";
import {
  linkAddress,
  miniconfLinkColumns,
  miniconfTagColumns,
  splitPipeList,
  splitTagCell,
  tagOfEntry,
} from "./miniconf-columns.js";
import type { MiniconfImportOptions } from "./miniconf-options.js";
import { presentationColumn, readPresentationCell } from "./miniconf-presentation.js";
import type { RowPlace } from "./csv-lines.js";
import type { createIdKeeper } from "./slug-ids.js";

/** One row of a papers CSV, its cells read by column name. */
export interface PaperRow {
  readonly line: number;
  readonly get: (name: string) => string;
}

/** What reading a paper row shares with the rest of the import: ids, people, warnings. */
export interface PaperRowContext {
  readonly options: MiniconfImportOptions;
  readonly itemId: ReturnType<typeof createIdKeeper>;
  /** The person with this name, made on first use. */
  readonly personFor: (name: string, extra?: Record<string, unknown>) => string;
  /** A new person for a second co-author with a taken name (keyed by name and row). */
  readonly sharedNamePerson: (key: string, name: string, extra: Record<string, unknown>) => string;
  /** The person an author's name is, and this paper's affiliations when they are not the person's. */
  readonly authorPerson: AuthorEntriesContext["authorPerson"];
  /** The id of the track with this name, made on first use. */
  readonly trackFor: (name: string) => string;
  readonly warnAt: (place: RowPlace, message: string) => void;
  /** Link columns already warned about, as "file NUL column" (one warning per column, not per row). */
  readonly unlinkedColumns: Set<string>;
  /** Presentation cells read as in person ("San Francisco"), each with its first row: one warning names them all. */
  readonly inPersonReadings: Map<string, RowPlace>;
}

/**
 * The address in a row's cell, made absolute with `siteUrl` when it is site-relative (see
 * linkAddress); undefined for an empty cell. A cell that cannot be made an http(s) address is
 * skipped with one warning for its column (naming the first row and value), not one per row.
 */
export function cellAddress(
  row: PaperRow,
  column: string,
  place: RowPlace,
  context: Pick<PaperRowContext, "options" | "warnAt" | "unlinkedColumns">,
  what: string,
): string | undefined {
  const value = row.get(column);
  if (!value) return undefined;
  const url = linkAddress(value, context.options.siteUrl);
  // One warning per column of each file: the speakers' "image" is not the papers' "image".
  const key = `${place.file ?? "papers"}\u0000${column}`;
  if (url || context.unlinkedColumns.has(key)) return url;
  context.unlinkedColumns.add(key);
  context.warnAt(
    place,
    `row ${row.line}: column "${column}" has "${value}", not an http(s) address (give siteUrl for relative ones); such ${what} are skipped`,
  );
  return undefined;
}

/** The same address twice (ISMIR repeats its pdf_path column) is one link. */
const dedupeLinks = (links: { kind: string; url: string }[]) =>
  links.filter((link, index) => links.findIndex((other) => other.url === link.url) === index);

/** EMNLP's paper_type (Long, Short, TACL): a tag under "Paper type", so a paper list makes it a facet. */
const paperTypeTag = (value: string) => (value ? [{ label: value, path: ["Paper type", value] }] : []);

/**
 * Reads one paper row into a poster item (ordered authors, tags, links, board, in person,
 * remote or hybrid) and the names of the sessions it is in (`concurrentSession`: the one that is a
 * poster session). `star` decides whether `*` marks the presenter or equal contribution. Unreadable cells are warnings naming the row, never guesses.
 */
export function readPaperRow(
  row: PaperRow,
  place: RowPlace,
  context: PaperRowContext,
): { item: Record<string, unknown>; sessions: string[]; concurrentSession?: string } {
  const id = context.itemId(row.get("UID") || `paper-${row.line}`);
  const authors = readAuthorEntries(row, place, context);
  const labels = [...new Set(miniconfTagColumns.flatMap((column) => splitTagCell(row.get(column))))];
  const links = [...miniconfLinkColumns].flatMap(([column, kind]) => {
    const url = cellAddress(row, column, place, context, "links");
    return url ? [{ kind, url }] : [];
  });
  const position = row.get("position");
  const presentation = readPresentationCell(row.get(presentationColumn));
  if (presentation?.readAsInPerson && !context.inPersonReadings.has(presentation.readAsInPerson))
    context.inPersonReadings.set(presentation.readAsInPerson, place);
  const tags = [...labels.map(tagOfEntry), ...paperTypeTag(row.get("paper_type"))];
  const item: Record<string, unknown> = {
    id,
    kind: "poster",
    ...(row.get("title") ? { title: row.get("title") } : { tba: ["title"] }),
    ...(row.get("abstract") ? { abstract: row.get("abstract") } : {}),
    ...(authors.length > 0 ? { authors } : {}),
    ...(row.get("track") ? { track: context.trackFor(row.get("track")) } : {}),
    ...(tags.length > 0 ? { tags } : {}),
    ...(links.length > 0 ? { links: dedupeLinks(links) } : {}),
    ...(position ? { board: position } : {}),
    ...(presentation ? { presentation: presentation.presentation } : {}),
    // A venue ("San Francisco") read as in person: the text is kept, so nothing of the cell is lost.
    ...(presentation?.readAsInPerson
      ? { extra: { miniconf: { paperPresentation: presentation.readAsInPerson } } }
      : {}),
  };
  // ISMIR names a poster session by day and session number instead of a "sessions" list.
  // SIGDIAL writes one session name in "session".
  const session = row.get("session");
  const daySession = !session ? [] : row.get("day") ? [`Day ${row.get("day")}, session ${session}`] : [session];
  return {
    item,
    sessions: [...splitPipeList(row.get("sessions")), ...daySession],
    // ISMIR's day/session/position are poster sessions: every paper runs the whole session.
    ...(row.get("day") && session ? { concurrentSession: daySession[0] } : {}),
  };
}
