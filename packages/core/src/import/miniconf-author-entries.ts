import type { RowPlace } from "./csv-lines.js";
import { foldPersonName } from "./miniconf-match-affiliations.js";
import type { MiniconfImportOptions } from "./miniconf-options.js";
import type { PaperAuthorPerson } from "./miniconf-people.js";
import { rowName } from "./miniconf-row-place.js";
import { readRowAuthors } from "./miniconf-row-authors.js";

/** What building a row's author entries needs from the import. */
export interface AuthorEntriesContext {
  readonly options: Pick<MiniconfImportOptions, "star">;
  /** The person an author's name is, and this paper's affiliations when they are not the person's. */
  readonly authorPerson: (
    name: string,
    affiliations: readonly string[] | undefined,
    place: RowPlace,
  ) => PaperAuthorPerson;
  /** A new person for a second co-author with a taken name (keyed by name and row). */
  readonly sharedNamePerson: (key: string, name: string, extra: Record<string, unknown>) => string;
  readonly warnAt: (place: RowPlace, message: string) => void;
}

/** An author entry of an item, as the model takes it. */
export interface AuthorEntry {
  readonly person: string;
  readonly presenting?: true;
  readonly equalContribution?: true;
  readonly affiliations?: readonly string[];
}

/**
 * The author entries of a paper row, in order (see readRowAuthors), warning naming the row.
 * With `star: "presenter"` (the default) a starred author presents, and with no star the
 * `primary_author`; with `"equal-contribution"` the starred ones are marked so and the
 * `primary_author` (ISMIR names one on every row) presents. Two co-authors with one name are
 * two people.
 */
export function readAuthorEntries(
  row: { readonly line: number; readonly get: (name: string) => string },
  place: RowPlace,
  context: AuthorEntriesContext,
): AuthorEntry[] {
  const read = readRowAuthors(row);
  for (const warning of read.warnings) context.warnAt(place, warning);
  const star = context.options.star ?? "presenter";
  const starred = read.authors.filter((author) => author.starred).length;
  if (star === "presenter" && starred > 1)
    context.warnAt(place, `row ${row.line}: ${starred} authors are starred (*); all are marked presenting`);
  const primary = row.get("primary_author") ? foldPersonName(row.get("primary_author")) : undefined;
  const inRow = new Set<string>();
  return read.authors.map((author) => {
    const shared = inRow.has(author.name);
    if (shared) context.warnAt(place, `row ${row.line}: two authors are named "${author.name}"; kept as two people`);
    inRow.add(author.name);
    const affiliations = author.affiliation ? [author.affiliation] : undefined;
    const { person, affiliations: here } = shared
      ? {
          person: context.sharedNamePerson(
            `${author.name} (${rowName(place)})`,
            author.name,
            affiliations ? { affiliations } : {},
          ),
          affiliations: undefined,
        }
      : context.authorPerson(author.name, affiliations, place);
    const isPrimary = primary !== undefined && foldPersonName(author.name) === primary;
    const presenting = star === "presenter" ? author.starred || (starred === 0 && isPrimary) : isPrimary;
    return {
      person,
      ...(presenting ? { presenting: true as const } : {}),
      ...(author.starred && star === "equal-contribution" ? { equalContribution: true as const } : {}),
      ...(here ? { affiliations: here } : {}),
    };
  });
}
