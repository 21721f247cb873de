import { parseAuthorList } from "../people/parse-author-list.js";
import { readNameList } from "./miniconf-name-list.js";

/** One author as a MiniConf cell names them, in the cell's order. */
export interface CellAuthor {
  /** The name as people read it ("Arthur Flexer", not "Flexer, Arthur"). */
  readonly name: string;
  /** The author carried the site's mark (`*`); what it means is the caller's choice. */
  readonly starred: boolean;
  /** From `authors_and_affil` ("Name (University)"), when the site wrote one. */
  readonly affiliation?: string;
}

/**
 * The authors of one cell, with a note when the reading could be wrong (the caller warns
 * naming the row), or why the cell cannot be read (never a guessed, garbled name).
 */
export type CellAuthors =
  | { readonly ok: true; readonly authors: readonly CellAuthor[]; readonly note?: string }
  | { readonly ok: false; readonly reason: string };

const withoutStar = (raw: string) => {
  const text = raw.trim();
  return text.endsWith("*") ? { text: text.slice(0, -1).trim(), starred: true } : { text, starred: false };
};

/**
 * "Flexer, Arthur" -> "Arthur Flexer", "King, Martin Luther, Jr." -> "Martin Luther King Jr."
 * (core's parseAuthorList); a name with no comma is kept; anything else is unreadable.
 */
function fromLastFirst(text: string): string | undefined {
  if (!text.includes(",")) return text || undefined;
  const read = parseAuthorList(text, "last-first-semicolon");
  return read.problems.length === 0 && read.authors.length === 1 ? read.authors[0]!.name : undefined;
}

/**
 * Reads an `authors` cell the way real MiniConf sites write it: `A|B|C` (the template, ACL,
 * SIGDIAL) or `Last, First; Last, First*` (ISMIR); a cell with neither holds one name or a
 * list of full names ("Ana Silva, Li Na", "Ana Silva and Li Na"; see readNameList). A cell
 * that mixes `|` and `;`, or an entry that is not one name, is unreadable: the caller warns
 * naming the row instead of inventing an author.
 */
export function readAuthorsCell(cell: string): CellAuthors {
  const text = cell.trim();
  if (!text) return { ok: true, authors: [] };
  const byPipe = text.includes("|");
  if (byPipe && text.includes(";")) return { ok: false, reason: 'mixes "|" and ";" between authors' };
  if (!byPipe && !text.includes(";")) {
    const read = readNameList(text);
    if (!read.ok) return read;
    return { ok: true, authors: read.names, ...(read.note ? { note: read.note } : {}) };
  }
  const entries = text.split(byPipe ? "|" : ";").map(withoutStar);
  const authors: CellAuthor[] = [];
  for (const [index, entry] of entries.entries()) {
    // A "|" list holds whole names, which may contain a comma ("Smith, Jr."): keep it as written.
    const name = byPipe ? entry.text : fromLastFirst(entry.text);
    if (!name) return { ok: false, reason: `author ${index + 1} ("${entry.text}") is not one name` };
    authors.push({ name, starred: entry.starred });
  }
  return { ok: true, authors };
}

// "Name (Affiliation, Inc.)*": the affiliation is everything inside the outermost brackets.
const affiliatedEntry = /^([^()]+?)\s*\((.*)\)$/;

/**
 * Reads ISMIR's `authors_and_affil` cell, `Name (Affiliation)*; Name (Affiliation)`, into
 * names with their affiliation. An entry without the bracketed affiliation keeps its name.
 */
export function readAuthorsAndAffiliations(cell: string): CellAuthors {
  const text = cell.trim();
  if (!text) return { ok: true, authors: [] };
  const authors: CellAuthor[] = [];
  for (const [index, raw] of text.split(";").entries()) {
    const entry = withoutStar(raw);
    const match = affiliatedEntry.exec(entry.text);
    const name = (match ? match[1]! : entry.text).trim();
    if (!name || /[()]/.test(name))
      return { ok: false, reason: `author ${index + 1} ("${entry.text}") is not one name` };
    const affiliation = match?.[2]?.trim();
    authors.push({ name, starred: entry.starred, ...(affiliation ? { affiliation } : {}) });
  }
  return { ok: true, authors };
}
