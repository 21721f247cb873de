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

/** A room's or track's name and description in one other language, as the model keeps them. */
export interface NameTranslationDraft {
  language: string;
  name?: string;
  description?: string;
}

/**
 * Reads pretalx's translated fields in the language the caller chose, and remembers what it
 * could not do, so the import says so once (with where) instead of dropping it silently:
 * fields where that language was missing (the first language was taken), and translations
 * under a key that is no language tag, which no program can hold.
 */
export function createTranslationReader(language: string | undefined) {
  const fellBack: string[] = [];
  const lost: string[] = [];
  const read = (value: unknown, where: readonly PathSegment[]): TranslatedText => {
    const result = readTranslatedText(value, language);
    if (result.fellBack) fellBack.push(formatPath(where));
    return result;
  };
  /** Gathers the fields' other languages into one entry per language; `keepSame` keeps texts equal to the chosen one. */
  const gather = <Field extends string>(fields: Readonly<Record<Field, TranslatedText>>, keepSame: boolean) => {
    type Entry = { language: string } & Partial<Record<Field, string>>;
    const byLanguage = new Map<string, Entry>();
    for (const [field, chosen] of Object.entries(fields) as [Field, TranslatedText][]) {
      for (const [key, text] of chosen.others) {
        const tag = asLanguageTag(key);
        if (!tag) lost.push(`${field} in "${key}" (not a language tag)`);
        else if (keepSame || text !== chosen.text) {
          const entry = byLanguage.get(tag) ?? ({ language: tag } as Entry);
          (entry as Partial<Record<Field, string>>)[field] = text;
          byLanguage.set(tag, entry);
        }
      }
    }
    return [...byLanguage.values()];
  };
  return {
    /** A field whose other languages become translations. */
    read,
    /** An item's translations from its title's and abstract's other languages, one entry per language. */
    translationsOf(title: TranslatedText, abstract: TranslatedText): ItemTranslationDraft[] {
      return gather({ title, abstract }, true);
    },
    /**
     * A room's or track's translations from its name's and description's other languages. A
     * text the same as the chosen one is left out (pretalx repeats an untranslated name in
     * every language), and so is a language left with nothing.
     */
    nameTranslationsOf(name: TranslatedText, description: TranslatedText): NameTranslationDraft[] {
      return gather({ name, description }, false);
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
