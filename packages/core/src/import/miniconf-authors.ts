/** One author as a MiniConf cell names them, in the cell's order. */
export interface CellAuthor {
  /** The name as people read it ("Arthur Flexer", not "Flexer, Arthur"). */
  readonly name: string;
  /** The author carried the site's mark (`*`); what it means is the caller's choice. */
  readonly starred: boolean;
  /** From `authors_and_affil` ("Name (University)"), when the site wrote one. */
  readonly affiliation?: string;
}

/** The authors of one cell, or why the cell cannot be read (never a guessed, garbled name). */
export type CellAuthors =
  { readonly ok: true; readonly authors: readonly CellAuthor[] } | { readonly ok: false; readonly reason: string };

const withoutStar = (raw: string) => {
  const text = raw.trim();
  return text.endsWith("*") ? { text: text.slice(0, -1).trim(), starred: true } : { text, starred: false };
};

/** "Flexer, Arthur" -> "Arthur Flexer"; a name with no comma is kept; more than one comma is unreadable. */
function fromLastFirst(text: string): string | undefined {
  const parts = text.split(",").map((part) => part.trim());
  if (parts.length === 1) return parts[0] || undefined;
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  return `${parts[1]} ${parts[0]}`;
}

/**
 * Reads an `authors` cell the way real MiniConf sites write it: `A|B|C` (the template, ACL,
 * SIGDIAL) or `Last, First; Last, First*` (ISMIR). A cell that mixes the two, or an entry
 * that is not one name, is unreadable: the caller warns naming the row instead of inventing
 * an author.
 */
export function readAuthorsCell(cell: string): CellAuthors {
  const text = cell.trim();
  if (!text) return { ok: true, authors: [] };
  const byPipe = text.includes("|");
  if (byPipe && text.includes(";")) return { ok: false, reason: 'mixes "|" and ";" between authors' };
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
