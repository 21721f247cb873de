import { readAuthorsAndAffiliations, readAuthorsCell, type CellAuthor } from "./miniconf-authors.js";
import { matchAffiliations } from "./miniconf-match-affiliations.js";

/** A row's authors as its two author cells give them, and the warnings (each naming the row). */
export interface RowAuthors {
  readonly authors: readonly CellAuthor[];
  readonly warnings: readonly string[];
}

/**
 * Reads a paper row's authors from its `authors` cell (their order, their stars) and, when
 * the row has one, its `authors_and_affil` cell (their affiliations, see matchAffiliations).
 * `authors_and_affil` alone is the author list; `authors` unreadable and `authors_and_affil`
 * readable, the latter is. What cannot be read is a warning naming the row and what is left
 * out, never a garbled author nor a silent loss.
 */
export function readRowAuthors(row: { readonly line: number; readonly get: (name: string) => string }): RowAuthors {
  const at = `row ${row.line}`;
  const listedCell = row.get("authors");
  const affiliatedCell = row.get("authors_and_affil");
  const listed = listedCell ? readAuthorsCell(listedCell) : undefined;
  const affiliated = affiliatedCell ? readAuthorsAndAffiliations(affiliatedCell) : undefined;
  const warnings: string[] = [];
  if (listed?.ok && listed.note) warnings.push(`${at}: authors ${JSON.stringify(listedCell)} ${listed.note}`);
  if (listed && !listed.ok) {
    if (affiliated?.ok) {
      warnings.push(`${at}: authors not read (the cell ${listed.reason}); read from authors_and_affil instead`);
      return { authors: affiliated.authors, warnings };
    }
    warnings.push(`${at}: authors not imported, the cell ${listed.reason}`);
    if (affiliated) warnings.push(`${at}: authors_and_affil not read either (${affiliated.reason})`);
    return { authors: [], warnings };
  }
  if (!affiliated) return { authors: listed?.authors ?? [], warnings };
  if (!affiliated.ok) {
    warnings.push(
      listed
        ? `${at}: authors_and_affil not read (${affiliated.reason}); affiliations left out`
        : `${at}: authors not imported, the authors_and_affil cell ${affiliated.reason}`,
    );
    return { authors: listed?.authors ?? [], warnings };
  }
  if (!listed) return { authors: affiliated.authors, warnings };
  const matched = matchAffiliations(listed.authors, affiliated.authors);
  return { authors: matched.authors, warnings: [...warnings, ...matched.notes.map((note) => `${at}: ${note}`)] };
}
