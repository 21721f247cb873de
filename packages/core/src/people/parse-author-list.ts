/** The ways author lists are written that `parseAuthorList` reads; the caller names one. */
export const authorListFormats = [
  /** "Ada Lovelace, Alan Turing and Grace Hopper" (also "&"). */
  "first-last",
  /** "Lovelace, Ada; Turing, Alan*" — `*` marks the presenting author, as ISMIR's data does. */
  "last-first-semicolon",
  /** "Lovelace, Ada, Turing, Alan": pairs rebuilt from commas alone. */
  "last-first-comma",
] as const;

/** One of {@link authorListFormats}. */
export type AuthorListFormat = (typeof authorListFormats)[number];

/** An author read from a list: the name as it should be shown, and its parts when known. */
export interface ParsedAuthor {
  /** "Ada Lovelace", "Ludwig van Beethoven". */
  readonly name: string;
  readonly givenName?: string;
  readonly familyName: string;
  readonly presenting: boolean;
}

/** What {@link parseAuthorList} read, and what it could not read without guessing. */
export interface AuthorListResult {
  readonly authors: readonly ParsedAuthor[];
  readonly problems: readonly string[];
}

// Lower-case words that begin a family name ("van der Waals", "de la Cruz", "da Costa").
const particles = new Set([
  "van",
  "von",
  "der",
  "den",
  "de",
  "del",
  "della",
  "la",
  "le",
  "da",
  "das",
  "do",
  "dos",
  "di",
  "du",
  "ten",
  "ter",
  "bin",
  "ibn",
  "al",
  "el",
  "zu",
  "st.",
  "mac",
]);
const suffixes = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);

const clean = (text: string) => text.replace(/\s+/g, " ").trim();

/** Splits "First Middle van der Last" into given and family names. */
function splitFirstLast(raw: string): { givenName?: string; familyName: string } {
  const words = clean(raw).split(" ");
  let end = words.length;
  let suffix = "";
  if (end > 2 && suffixes.has(words[end - 1]!.toLowerCase())) {
    suffix = ` ${words[end - 1]}`;
    end -= 1;
  }
  if (end === 1) return { familyName: `${words[0]}${suffix}` };
  // The family name starts at the first particle after the first word, or is the last word.
  let start = end - 1;
  for (let index = 1; index < end - 1; index += 1) {
    if (particles.has(words[index]!.toLowerCase())) {
      start = index;
      break;
    }
  }
  return { givenName: words.slice(0, start).join(" "), familyName: `${words.slice(start, end).join(" ")}${suffix}` };
}

const presentingMark = /\s*\*\s*$|^\s*\*\s*/;

function author(givenName: string | undefined, familyName: string, presenting: boolean): ParsedAuthor {
  return {
    name: clean([givenName, familyName].filter(Boolean).join(" ")),
    ...(givenName ? { givenName: clean(givenName) } : {}),
    familyName: clean(familyName),
    presenting,
  };
}

/**
 * Reads an author list in the format the caller names (never detected: "Smith, John" is one
 * person in one format and two in another). Particles ("van der", "de la", "da") stay with the
 * family name, initials with the given names, "Jr." with the family name. What cannot be read
 * without guessing (an odd number of parts in the comma-only format, an empty entry, a
 * "Last, First" entry without its comma or with a third part that is not a suffix, as in
 * "Ryu, Jiwoo, Sogang") is reported and left out, never guessed.
 */
export function parseAuthorList(text: string, format: AuthorListFormat): AuthorListResult {
  const problems: string[] = [];
  const authors: ParsedAuthor[] = [];
  if (format === "first-last") {
    const parts = text.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/i).map(clean);
    parts.forEach((part, index) => {
      if (!part) {
        if (index < parts.length - 1 || parts.length === 1) problems.push(`entry ${index + 1} is empty`);
        return;
      }
      const presenting = presentingMark.test(part);
      const { givenName, familyName } = splitFirstLast(part.replace(presentingMark, ""));
      authors.push(author(givenName, familyName, presenting));
    });
  } else if (format === "last-first-semicolon") {
    text.split(";").forEach((part, index) => {
      const entry = clean(part);
      if (!entry) return problems.push(`entry ${index + 1} is empty`);
      const presenting = presentingMark.test(entry);
      const bare = entry.replace(presentingMark, "");
      const parts = bare.split(",").map(clean);
      if (parts.length < 2)
        return problems.push(`entry ${index + 1} "${entry}" has no comma between family and given names`);
      // "King, Martin Luther, Jr." is one name; "Ryu, Jiwoo, Sogang" (an affiliation or a
      // second author slipped in) is not, and reading it as "Jiwoo Sogang Ryu" would garble it.
      const [familyName, givenName, suffix, ...rest] = parts;
      const isSuffix = suffix !== undefined && suffixes.has(suffix.toLowerCase()) && rest.length === 0;
      if (!familyName || !givenName || (suffix !== undefined && !isSuffix))
        return problems.push(
          `entry ${index + 1} "${entry}" is not one "Last, First" name (${parts.length} comma-separated parts); left out`,
        );
      authors.push(author(givenName, isSuffix ? `${familyName} ${suffix}` : familyName, presenting));
    });
  } else {
    const parts = text.split(",").map(clean);
    if (parts.length % 2 !== 0) {
      problems.push(
        `${parts.length} comma-separated parts cannot be paired into "Last, First" names; give the list in another format`,
      );
    } else {
      for (let index = 0; index < parts.length; index += 2) {
        const familyPart = parts[index]!;
        const givenPart = parts[index + 1]!;
        if (!familyPart || !givenPart) {
          problems.push(`pair ${index / 2 + 1} is incomplete`);
          continue;
        }
        const presenting = presentingMark.test(familyPart) || presentingMark.test(givenPart);
        authors.push(author(givenPart.replace(presentingMark, ""), familyPart.replace(presentingMark, ""), presenting));
      }
    }
  }
  return { authors, problems };
}
