import { foldForSearch } from "../schedule/filter-items.js";
import type { CellAuthor } from "./miniconf-authors.js";

/**
 * A name as two cells of one row both write it: lower case, without accents or punctuation,
 * its words sorted, so "Müller, Meinard" read as "Meinard Muller" and "Li Na" / "Na Li" meet.
 */
export function foldPersonName(name: string): string {
  return foldForSearch(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort()
    .join(" ");
}

/** The authors of a row with their affiliations, and what to say when the two cells disagree. */
export interface MatchedAuthors {
  readonly authors: readonly CellAuthor[];
  /** Sentences for a warning (without the row), empty when the cells agree. */
  readonly notes: readonly string[];
}

const quoted = (authors: readonly CellAuthor[]) => authors.map((author) => `"${author.name}"`).join(", ");

/**
 * Gives the authors of a row's `authors` cell (their order and stars) the affiliations of its
 * `authors_and_affil` cell, matched by folded name, then the unmatched ones by their order.
 * Nobody is dropped: a person only in `authors_and_affil` is added last, and the counts,
 * the people without an affiliation and the matches made by order are named in `notes`. A
 * star in `authors_and_affil` counts only when `authors` stars nobody. Linear in the row.
 */
export function matchAffiliations(listed: readonly CellAuthor[], affiliated: readonly CellAuthor[]): MatchedAuthors {
  const unusedByName = new Map<string, number[]>();
  affiliated.forEach((author, index) => {
    const key = foldPersonName(author.name);
    unusedByName.set(key, [...(unusedByName.get(key) ?? []), index]);
  });
  const matchOf: (number | undefined)[] = listed.map((author) =>
    unusedByName.get(foldPersonName(author.name))?.shift(),
  );
  const used = new Set(matchOf.filter((index) => index !== undefined));
  const unmatchedAffiliated = affiliated.flatMap((_, index) => (used.has(index) ? [] : [index]));
  const notes: string[] = [];
  // Spelled differently in the two cells ("A. Silva" and "Ana Silva"): paired in order.
  const byOrder: string[] = [];
  matchOf.forEach((match, index) => {
    if (match !== undefined || unmatchedAffiliated.length === 0) return;
    const paired = unmatchedAffiliated.shift()!;
    matchOf[index] = paired;
    byOrder.push(`"${affiliated[paired]!.name}" as "${listed[index]!.name}"`);
  });
  const anyStar = listed.some((author) => author.starred);
  const authors: CellAuthor[] = listed.map((author, index) => {
    const match = matchOf[index] === undefined ? undefined : affiliated[matchOf[index]!];
    return {
      name: author.name,
      starred: author.starred || (!anyStar && (match?.starred ?? false)),
      ...(match?.affiliation ? { affiliation: match.affiliation } : {}),
    };
  });
  const added = unmatchedAffiliated.map((index) => affiliated[index]!);
  const withoutAffiliation = listed.filter((_, index) => matchOf[index] === undefined);
  if (listed.length !== affiliated.length) {
    const kept = [
      ...(withoutAffiliation.length > 0 ? [`${quoted(withoutAffiliation)} without an affiliation`] : []),
      ...(added.length > 0 ? [`${quoted(added)} only in authors_and_affil, added last`] : []),
    ];
    notes.push(
      `"authors" lists ${listed.length} ${listed.length === 1 ? "author" : "authors"} and "authors_and_affil" ${affiliated.length}; all ${authors.length + added.length} kept (${kept.join(", ")})`,
    );
  }
  if (byOrder.length > 0) notes.push(`authors_and_affil's ${byOrder.join(", ")} matched by their order`);
  return { authors: [...authors, ...added], notes };
}
