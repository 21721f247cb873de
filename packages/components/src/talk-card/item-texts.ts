import type { Item } from "@lectern/core";
import { findTranslation, primaryLanguage as primary } from "../shared/translated-name.js";

/** The texts of an item in one language, as a card shows them. */
export interface ItemTexts {
  readonly title?: string;
  readonly subtitle?: string;
  readonly abstract?: string;
  /** The language of the title when it differs from the event's (the `lang` to set), else undefined. */
  readonly lang?: string;
  /** The same for the subtitle: a translation without one shows the original's, in its language. */
  readonly subtitleLang?: string;
  /** The same for the abstract: a translation without one shows the original's, in its language. */
  readonly abstractLang?: string;
}

/** An item's texts as written, and the translation for the reader's locale when there is one. */
export interface ItemTextChoice {
  readonly original: ItemTexts;
  readonly translation?: ItemTexts;
}

/**
 * Chooses an item's texts for a reader: the translation whose language is the locale's
 * (an exact tag first, then the same primary language: `pt` serves `pt-BR`), unless the item
 * is already given in that language. A translation's missing field falls back to the
 * original's, so a title-only translation still shows the abstract. `lang` is set only where
 * the language differs from the event's, so a screen reader switches voice just there.
 */
export function chooseItemTexts(item: Item, options: { eventLanguage?: string; locale: string }): ItemTextChoice {
  const { eventLanguage, locale } = options;
  const own = item.language ?? eventLanguage;
  const differs = (language: string | undefined) =>
    language !== undefined && (eventLanguage === undefined || primary(language) !== primary(eventLanguage))
      ? language
      : undefined;
  const original: ItemTexts = {
    title: item.title,
    subtitle: item.subtitle,
    abstract: item.abstract,
    lang: differs(item.language),
    subtitleLang: differs(item.language),
    abstractLang: differs(item.language),
  };
  if (own !== undefined && primary(own) === primary(locale)) return { original };
  const match = findTranslation(item.translations, locale);
  if (!match) return { original };
  return {
    original,
    translation: {
      title: match.title ?? item.title,
      subtitle: match.subtitle ?? item.subtitle,
      abstract: match.abstract ?? item.abstract,
      lang: match.title === undefined ? original.lang : differs(match.language),
      subtitleLang: match.subtitle === undefined ? original.subtitleLang : differs(match.language),
      abstractLang: match.abstract === undefined ? original.abstractLang : differs(match.language),
    },
  };
}
