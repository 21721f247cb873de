import { parseAuthorList } from "../people/parse-author-list.js";

/** A name read from a cell, with the site's trailing (or leading) `*`. */
export interface StarredName {
  readonly name: string;
  readonly starred: boolean;
}

/**
 * What one cell without `|` or `;` holds: its names, with a note when the reading could be
 * wrong (the caller warns naming the row), or why it cannot be read.
 */
export type NameListRead =
  | { readonly ok: true; readonly names: readonly StarredName[]; readonly note?: string }
  | { readonly ok: false; readonly reason: string };

// The separators parseAuthorList's "first-last" form splits on: commas, "and", "&".
const listSeparator = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/i;
const andSeparator = /\s+and\s+|\s*&\s*|,\s*and\s+/i;
const suffix = /^(jr|sr|ii|iii|iv)\.?$/i;
const star = /^\s*\*\s*|\s*\*\s*$/;

/** A full name ("Ana Silva"): two words or more, not a suffix, not a family name that starts with a particle. */
const isFullName = (part: string) => /\S\s+\S/.test(part) && !suffix.test(part) && !/^\p{Ll}/u.test(part);

/** One "Last, First" (or "Last, First, Jr.") name, by core's parseAuthorList. */
function lastFirst(text: string): StarredName | undefined {
  const read = parseAuthorList(text, "last-first-semicolon");
  const [author] = read.authors;
  return read.problems.length === 0 && read.authors.length === 1 && author
    ? { name: author.name, starred: author.presenting }
    : undefined;
}

/**
 * Reads an authors cell that has no `|` or `;` between names: one name ("Arthur Flexer"),
 * one "Last, First" name ("Flexer, Arthur*", "King, Martin Luther, Jr."), or a list of full
 * names ("Ana Silva, Li Na", "Ana Silva and Li Na", "A B, C D, and E F"), by core's
 * parseAuthorList. Two full names split by one comma could also be one person whose family
 * and given names both have two words ("Silva Santos, Ana Maria"): read as two, with a note.
 * Anything else ("Silva, Ana, Na, Li") is unreadable: a guess would garble the names.
 */
export function readNameList(text: string): NameListRead {
  const parts = text.split(listSeparator).map((part) => part.replace(star, "").trim());
  if (parts.length === 1) return { ok: true, names: [{ name: parts[0]!, starred: star.test(text) }] };
  const withAnd = andSeparator.test(text);
  if (parts.every(isFullName)) {
    const names = parseAuthorList(text, "first-last").authors.map((author) => ({
      name: author.name,
      starred: author.presenting,
    }));
    const note =
      parts.length === 2 && !withAnd
        ? `read as 2 authors ("${names[0]!.name}", "${names[1]!.name}"), not as one "Last, First" name`
        : undefined;
    return { ok: true, names, ...(note ? { note } : {}) };
  }
  // "Martin Luther King, Jr." is one name written first name first.
  if (parts.length === 2 && !withAnd && suffix.test(parts[1]!))
    return { ok: true, names: [{ name: text.replace(star, "").trim(), starred: star.test(text) }] };
  const single = withAnd ? undefined : lastFirst(text);
  if (single) return { ok: true, names: [single] };
  return {
    ok: false,
    reason: `"${text}" is neither one "Last, First" name nor a list of full names (separate "Last, First" names with ";")`,
  };
}
