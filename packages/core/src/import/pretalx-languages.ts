import { asEntries, asList, asObject, type JsonObject } from "./json-values.js";
import { asLanguageTag } from "./pretalx-translations.js";

/** The fields of a pretalx widget file that pretalx writes as translations, by list. */
const translatedFields = {
  talks: ["title", "abstract", "description"],
  rooms: ["name"],
  tracks: ["name", "description"],
} as const;

/**
 * The languages a pretalx widget file has texts in, in the order it first uses them: the
 * languages of its translated fields (talks first, then rooms and tracks) and its talks'
 * `content_locale`, as language tags (`zh_TW` is `zh-TW`). Empty when every text is plain.
 */
export function languagesOfPretalxData(data: JsonObject): string[] {
  const found = new Set<string>();
  const note = (key: string) => {
    const tag = asLanguageTag(key);
    if (tag) found.add(tag);
  };
  for (const [list, fields] of Object.entries(translatedFields)) {
    for (const entry of asList(data[list])) {
      const record = asObject(entry);
      for (const field of fields) {
        for (const [key, text] of asEntries(record?.[field])) if (typeof text === "string" && text.trim()) note(key);
      }
      if (list === "talks" && typeof record?.content_locale === "string") note(record.content_locale);
    }
  }
  return [...found];
}

/** The language a pretalx file is read in, and why it is not the one asked for, when it is not. */
export interface ReadingLanguage {
  /** The language translated texts are read in and the program's `event.language`; none when none was asked for. */
  readonly language?: string;
  /** Why the language asked for was not taken: the file has no texts in it. */
  readonly problem?: string;
}

const primarySubtag = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/**
 * Which language to read a pretalx file in. The one asked for, when the file has texts in it
 * (`de` matches `de-formal`) or names no languages at all (plain texts: the caller's word is
 * all there is). Otherwise the file's first language, as a text that lacks a translation
 * falls back to its first: a program must not claim a language none of its texts is in.
 */
export function chooseReadingLanguage(asked: string | undefined, languages: readonly string[]): ReadingLanguage {
  if (asked === undefined || languages.length === 0) return { language: asked };
  if (languages.some((language) => primarySubtag(language) === primarySubtag(asked))) return { language: asked };
  const first = languages[0]!;
  return {
    language: first,
    problem: `has no texts in "${asked}" (the language option, --language): its texts are in ${languages.join(", ")}; they were read in ${first}, its first language, which is the program's language`,
  };
}
