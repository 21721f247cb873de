import type { PathSegment, ProgramProblem } from "../parse/problem.js";
import { formatPath } from "../parse/problem.js";
import { readTranslatedText, type TranslatedText } from "./translated-text.js";

/** The shape of a BCP 47 tag, as the model checks it; pretalx writes `zh-hant`, some files `zh_TW`. */
const asLanguageTag = (key: string) => {
  const tag = key.replace(/_/g, "-");
  return /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : undefined;
};

/** An item's texts in one other language, as the model keeps them. */
export interface ItemTranslationDraft {
  language: string;
  title?: string;
  abstract?: string;
}

/**
 * Reads pretalx's translated fields in the language the caller chose, and remembers what it
 * could not do, so the import says so once (with where) instead of dropping it silently:
 * fields where that language was missing (the first language was taken), and translations of
 * names (rooms, tracks) that the model has no place for.
 */
export function createTranslationReader(language: string | undefined) {
  const fellBack: string[] = [];
  const lost: string[] = [];
  const read = (value: unknown, where: readonly PathSegment[]): TranslatedText => {
    const result = readTranslatedText(value, language);
    if (result.fellBack) fellBack.push(formatPath(where));
    return result;
  };
  return {
    /** A field whose other languages become item translations. */
    read,
    /** A name whose other languages have no place in the model: they are named in a warning when they differ. */
    readName(value: unknown, where: readonly PathSegment[]): string | undefined {
      const result = read(value, where);
      if (result.others.some(([, text]) => text !== result.text))
        lost.push(`${formatPath(where)} (${result.others.map(([key]) => key).join(", ")})`);
      return result.text;
    },
    /** An item's translations from its title's and abstract's other languages, one entry per language. */
    translationsOf(title: TranslatedText, abstract: TranslatedText): ItemTranslationDraft[] {
      const byLanguage = new Map<string, ItemTranslationDraft>();
      const add = (field: "title" | "abstract", [key, text]: readonly [string, string]) => {
        const tag = asLanguageTag(key);
        if (!tag) {
          lost.push(`${field} in "${key}" (not a language tag)`);
          return;
        }
        const entry = byLanguage.get(tag) ?? { language: tag };
        entry[field] = text;
        byLanguage.set(tag, entry);
      };
      title.others.forEach((other) => add("title", other));
      abstract.others.forEach((other) => add("abstract", other));
      return [...byLanguage.values()];
    },
    /** The warnings for everything above, at most one of each kind, naming the first places. */
    warnings(at: (segments: readonly PathSegment[], message: string) => ProgramProblem): ProgramProblem[] {
      const listed = (places: string[]) =>
        `${places.slice(0, 5).join(", ")}${places.length > 5 ? ` and ${places.length - 5} more` : ""}`;
      return [
        ...(fellBack.length > 0
          ? [
              at(
                [],
                `language "${language}" is missing from ${fellBack.length} translated field(s) (${listed(fellBack)}); their first language was taken`,
              ),
            ]
          : []),
        ...(lost.length > 0
          ? [at([], `${lost.length} translation(s) have no place in a program and are left out: ${listed(lost)}`)]
          : []),
      ];
    },
  };
}

export { asLanguageTag };
