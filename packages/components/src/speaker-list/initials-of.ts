// Graphemes, not code units: "Émile" written with a combining accent, or a name in a script
// whose letters are surrogate pairs, must keep its first letter whole.
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const letterOrDigit = /[\p{L}\p{N}]/u;

function firstLetterOf(word: string): string | undefined {
  for (const { segment } of graphemes.segment(word)) {
    if (letterOrDigit.test(segment)) return segment;
  }
  return undefined;
}

/**
 * The initials shown in place of a missing photo: the first letter of the first and of the
 * last word of a name ("René Vidal" → "RV", "Victor Guilherme Turrisi da Costa" → "VC"), one
 * letter for a one-word name ("Madonna" → "M"), upper-cased. Words without a letter or digit
 * ("—", "&") are skipped; a name with none at all gives `""`.
 *
 * Written for display next to the name, not for identification: it does not know about
 * particles or family-name-first orders, and need not.
 */
export function initialsOf(name: string): string {
  const letters = name
    .split(/\s+/u)
    .map(firstLetterOf)
    .filter((letter): letter is string => letter !== undefined);
  const chosen = letters.length > 1 ? [letters[0], letters.at(-1)] : letters;
  return chosen.join("").toUpperCase();
}
