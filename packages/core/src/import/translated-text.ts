import { asEntries } from "./json-values.js";

/** A text read from a field that may be translated: the chosen text, and every other language's. */
export interface TranslatedText {
  /** The text in the chosen language, or in the first language when it is not there. */
  readonly text?: string;
  /** The language `text` is in, when the field was a translation object. */
  readonly language?: string;
  /** True when a language was asked for, the field was translated, and that language was not in it. */
  readonly fellBack: boolean;
  /** The field's other languages, in the order the file gives them. */
  readonly others: readonly (readonly [language: string, text: string])[];
}

const trimmed = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;

/** Case and `_` vs `-` do not matter in a language tag ("zh_TW" is "zh-tw"). */
const sameLanguage = (a: string, b: string) =>
  a.toLowerCase().replace(/_/g, "-") === b.toLowerCase().replace(/_/g, "-");

/**
 * Reads a field that pretalx writes either as text or as translations
 * (`{ "en": "Break", "es": "Receso" }`). The `language` asked for wins; an exact tag first,
 * then one with the same primary subtag (`de` finds `de-formal`). Without it the first
 * language wins, as pretalx's own widget does. Empty translations are ignored.
 */
export function readTranslatedText(value: unknown, language?: string): TranslatedText {
  const plain = trimmed(value);
  if (plain !== undefined || typeof value !== "object" || value === null)
    return { text: plain, fellBack: false, others: [] };
  const entries = asEntries(value).flatMap(([key, text]) => {
    const kept = trimmed(text);
    return kept === undefined ? [] : [[key, kept] as const];
  });
  if (entries.length === 0) return { fellBack: false, others: [] };
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  const chosen =
    (language === undefined
      ? undefined
      : (entries.find(([key]) => sameLanguage(key, language)) ??
        entries.find(([key]) => primary(key) === primary(language)))) ?? entries[0]!;
  return {
    text: chosen[1],
    language: chosen[0],
    fellBack: language !== undefined && primary(chosen[0]) !== primary(language),
    others: entries.filter((entry) => entry !== chosen),
  };
}
