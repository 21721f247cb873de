import { quoteText } from "../model/describe-value.js";
import { createIdMaker } from "./slug-ids.js";

/** A speaker of a spreadsheet, as the program's `people` lists it. */
export interface SpreadsheetPerson {
  readonly id: string;
  readonly name: string;
  affiliations?: string[];
}

/** What {@link splitSpeakerNames} read from a speakers cell. */
export interface SpeakerNames {
  readonly names: readonly string[];
  /** True when the names were separated by commas or "and", not by `;`. */
  readonly readAsList: boolean;
}

const clean = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The names in a speakers cell. `;` separates speakers. A cell without `;` is also read as a
 * list when it is unambiguous: separated by commas (or "and", "&"), every part a full name
 * with a space in it ("Ana Silva, Li Na and Bo Chen"). "Silva, Ana" and "Martin Luther King,
 * Jr." have a part without a space: one name, as written.
 */
export function splitSpeakerNames(cell: string): SpeakerNames {
  if (cell.includes(";")) return { names: cell.split(";").map(clean).filter(Boolean), readAsList: false };
  const parts = cell.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s+&\s+/i).map(clean);
  const isList = parts.length > 1 && parts.every((part) => part.includes(" "));
  return isList ? { names: parts, readAsList: true } : { names: [clean(cell)].filter(Boolean), readAsList: false };
}

const sameText = (one: string, other: string) => clean(one).toLowerCase() === clean(other).toLowerCase();
const sameAffiliations = (one: readonly string[], other: readonly string[]) =>
  one.length === other.length && one.every((affiliation, index) => sameText(affiliation, other[index]!));
const listed = (affiliations: readonly string[] | undefined) => (affiliations ?? []).join("; ") || "no affiliation";

/** The people of a spreadsheet, made row by row. */
export interface SpreadsheetPeople {
  /** Everybody met so far, in the order met. */
  readonly people: readonly SpreadsheetPerson[];
  /**
   * The ids of one row's speakers, read from its speakers and affiliations cells; `warn` takes
   * each warning about the row (the caller puts the row in front).
   */
  readSpeakers(
    names: readonly string[],
    affiliationsCell: string,
    line: number,
    warn: (message: string) => void,
  ): string[];
}

/**
 * Keeps a spreadsheet's people apart by name and affiliation: a name met again is the same
 * person when the affiliation agrees (or one of the two rows gives none). Two speakers of one
 * row who share a name are two people, and so is a name met again with another affiliation:
 * each gets its own person and a warning, as the model identifies people by id, never by name.
 * Affiliations are given in the speakers' order; a row with one speaker gives her all of them.
 */
export function createSpreadsheetPeople(): SpreadsheetPeople {
  const personId = createIdMaker("person-");
  const usedKeys = new Set<string>();
  const people: SpreadsheetPerson[] = [];
  const byName = new Map<string, { person: SpreadsheetPerson; line: number }[]>();
  const add = (name: string, affiliations: string[], line: number, key: string) => {
    let unique = key;
    for (let count = 2; usedKeys.has(unique); count += 1) unique = `${key} ${count}`;
    usedKeys.add(unique);
    const person: SpreadsheetPerson = { id: personId(unique), name, ...(affiliations.length ? { affiliations } : {}) };
    people.push(person);
    const known = byName.get(name.toLowerCase()) ?? [];
    byName.set(name.toLowerCase(), [...known, { person, line }]);
    return person;
  };

  const readSpeakers: SpreadsheetPeople["readSpeakers"] = (names, affiliationsCell, line, warn) => {
    const affiliations = affiliationsCell.split(";").map(clean);
    const given = affiliations.filter(Boolean);
    if (names.length === 0 && given.length > 0)
      warn(`affiliations: ${given.map(quoteText).join(", ")} not imported; the row has no speakers`);
    const extra = names.length > 1 ? affiliations.slice(names.length).filter(Boolean) : [];
    if (extra.length > 0)
      warn(
        `affiliations: ${given.length} given for ${names.length} speakers; ${extra.map(quoteText).join(", ")} not imported; give one per speaker, in the speakers' order, separated by ";"`,
      );
    // "Ana Silva, Bob" is one name (a part has no space), but two affiliations hint at two people.
    if (names.length === 1 && given.length > 1 && names[0]!.includes(","))
      warn(
        `speakers: "${names[0]}" is read as one name with ${given.length} affiliations; if these are several speakers, separate them with ";"`,
      );
    const inRow = new Set<string>();
    return names.map((name, index) => {
      const own = names.length === 1 ? given : affiliations[index] ? [affiliations[index]!] : [];
      const known = byName.get(name.toLowerCase()) ?? [];
      const free = known.filter((entry) => !inRow.has(entry.person.id));
      const agreeing =
        own.length === 0
          ? free[0]
          : (free.find((entry) => sameAffiliations(entry.person.affiliations ?? [], own)) ??
            free.find((entry) => !entry.person.affiliations));
      let person = agreeing?.person;
      // A row gives the affiliation of a name met without one: the same person, now with it.
      if (person && own.length > 0 && !person.affiliations) person.affiliations = own;
      if (!person) {
        const first = known[0];
        if (first && free.length < known.length) warn(`speakers: two speakers are named "${name}"; kept as two people`);
        else if (first)
          warn(
            `speakers: "${name}" (${listed(own)}) has another affiliation than the "${name}" of line ${first.line} (${listed(first.person.affiliations)}); kept as two people; if they are one, give the same affiliation in both rows`,
          );
        const key = !first ? name : own.length > 0 ? `${name} ${own[0]}` : `${name} (line ${line})`;
        person = add(name, own, line, key);
      }
      inRow.add(person.id);
      return person.id;
    });
  };
  return { people, readSpeakers };
}
