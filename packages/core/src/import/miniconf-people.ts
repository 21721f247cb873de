import type { RowPlace } from "./csv-lines.js";
import { rowName } from "./miniconf-row-place.js";
import { createIdMaker } from "./slug-ids.js";

/** An author of one paper: the person, and this paper's affiliations when they are not the person's. */
export interface PaperAuthorPerson {
  readonly person: string;
  readonly affiliations?: readonly string[];
}

/** The people of a MiniConf import, made as rows name them, each with the row that made it. */
export interface MiniconfPeople {
  /** Every person, in the order they were made. */
  readonly people: () => Record<string, unknown>[];
  /** The row each person came from, in the order of `people`. */
  readonly rows: readonly RowPlace[];
  /** The person with this name, made on first use (from `place`, with `extra`). */
  readonly personFor: (name: string, extra: Record<string, unknown> | undefined, place: RowPlace) => string;
  /** A new person for a second co-author with a taken name (keyed by name and row). */
  readonly sharedNamePerson: (key: string, name: string, extra: Record<string, unknown>, place: RowPlace) => string;
  /**
   * The person an author's name is (made on first use with these affiliations), and the
   * affiliations to write on this paper's author entry when they differ from the person's:
   * Ana Silva at Univ A on one paper and Univ C on another keeps both. Warns once a person.
   */
  readonly authorPerson: (
    name: string,
    affiliations: readonly string[] | undefined,
    place: RowPlace,
  ) => PaperAuthorPerson;
}

const sameList = (one: readonly string[], other: readonly string[]) =>
  one.length === other.length && one.every((entry, index) => entry === other[index]);

/** People made by name, one a name (MiniConf's files have no person ids), warning through `warnAt`. */
export function createMiniconfPeople(warnAt: (place: RowPlace, message: string) => void): MiniconfPeople {
  const personId = createIdMaker("person-");
  const people = new Map<string, Record<string, unknown>>();
  const rows: RowPlace[] = [];
  const firstRowOf = new Map<string, RowPlace>();
  const warned = new Set<string>();
  const personFor = (name: string, extra: Record<string, unknown> = {}, place: RowPlace) => {
    if (!people.has(name)) {
      people.set(name, { id: personId(name), name, ...extra });
      rows.push(place);
      firstRowOf.set(name, place);
    }
    return people.get(name)!.id as string;
  };
  const sharedNamePerson = (key: string, name: string, extra: Record<string, unknown>, place: RowPlace) => {
    people.set(key, { id: personId(key), name, ...extra });
    rows.push(place);
    return people.get(key)!.id as string;
  };
  const authorPerson = (name: string, affiliations: readonly string[] | undefined, place: RowPlace) => {
    const known = people.get(name);
    if (!known) return { person: personFor(name, affiliations ? { affiliations: [...affiliations] } : {}, place) };
    const person = known.id as string;
    const theirs = known.affiliations as string[] | undefined;
    if (!affiliations || (theirs && sameList(theirs, affiliations))) return { person };
    // The first paper named none: the person's own affiliations are these.
    if (!theirs) {
      known.affiliations = [...affiliations];
      return { person };
    }
    if (!warned.has(name)) {
      warned.add(name);
      const first = firstRowOf.get(name) ?? { line: 1 };
      warnAt(
        place,
        `${rowName(place)}: "${name}" is at ${affiliations.join("; ")} here and at ${theirs.join("; ")} on ${rowName(first)}; kept as one person, each paper's affiliations on its author entry`,
      );
    }
    return { person, affiliations: [...affiliations] };
  };
  return { people: () => [...people.values()], rows, personFor, sharedNamePerson, authorPerson };
}
