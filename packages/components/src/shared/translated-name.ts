import type { NameTranslation } from "@lectern/core";

/** A language tag's primary subtag, lower case: "pt-BR" is "pt". */
export const primaryLanguage = (tag: string): string => tag.toLowerCase().split("-")[0]!;

/**
 * The entry of `translations` in the language of `locale`: an exact tag first, then the same
 * primary language (`pt` serves `pt-BR`). Whether the text is already in that language is
 * the caller's question (an item may be given in another language than the event's).
 */
export function findTranslation<Entry extends { readonly language: string }>(
  translations: readonly Entry[] | undefined,
  locale: string,
): Entry | undefined {
  return (
    translations?.find((entry) => entry.language.toLowerCase() === locale.toLowerCase()) ??
    translations?.find((entry) => primaryLanguage(entry.language) === primaryLanguage(locale))
  );
}

/** A room or track: a name, and perhaps its translations. */
export interface TranslatableName {
  readonly name: string;
  readonly translations?: readonly NameTranslation[];
}

/**
 * A room's or track's name for a reader of `locale`, chosen as an item's title is: its
 * translation's name when it has one in the locale's language, else its own. (A name is in
 * the event's language, and a program lists no translation into that one, so unlike an item's
 * texts there is no own language to check first.) Undefined for an unknown room or track, so
 * call sites can pass a lookup.
 */
export function translatedName(named: TranslatableName | undefined, locale: string): string | undefined {
  return named && (findTranslation(named.translations, locale)?.name ?? named.name);
}
