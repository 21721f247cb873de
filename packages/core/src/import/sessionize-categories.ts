import { asKey, asList, asObjectList, asText, type JsonObject } from "./json-values.js";

/** Language names Sessionize events use for a "Language" category, and their tags. */
const languageTags: Readonly<Record<string, string>> = {
  english: "en",
  german: "de",
  deutsch: "de",
  french: "fr",
  spanish: "es",
  italian: "it",
  dutch: "nl",
  portuguese: "pt",
  polish: "pl",
};

/** One item of a Sessionize category ("Level" → "Advanced"), as a tag. */
export interface SessionizeCategoryTag {
  /** The item's name. */
  label: string;
  /** The category's title, then the item's name. */
  path: string[];
}

/** An export's categories, by item id: what sessions and speakers name in `categoryItems`. */
export interface SessionizeCategories {
  /** Every item as a tag under its category. */
  readonly tags: ReadonlyMap<string, SessionizeCategoryTag>;
  /** The items of a "Language" category whose name is a known language, as language tags. */
  readonly languages: ReadonlyMap<string, string>;
}

/**
 * Reads an "All data" export's `categories` (`{ title, items: [{ id, name }] }`), the ones
 * sessions answer (track, level, format) and the ones speakers answer alike.
 */
export function readSessionizeCategories(value: unknown): SessionizeCategories {
  const tags = new Map<string, SessionizeCategoryTag>();
  const languages = new Map<string, string>();
  for (const category of asObjectList(value)) {
    const title = asText(category.title) ?? "Category";
    const isLanguage = /^(language|sprache|langue|idioma)s?$/i.test(title);
    for (const entry of asObjectList(category.items)) {
      const key = asKey(entry.id);
      const name = asText(entry.name);
      if (key === undefined || !name) continue;
      tags.set(key, { label: name, path: [title, name] });
      const tag = languageTags[name.toLowerCase()];
      if (isLanguage && tag) languages.set(key, tag);
    }
  }
  return { tags, languages };
}

/**
 * A speaker's answers to the event's speaker categories ("Are you a new speaker?" → "No"),
 * by category title: a person has no tags, so they are kept in the person's `extra`. Reads
 * the ids of `categoryItems` and the older inline `categories: [{ name, categoryItems }]`;
 * ids the export does not list come back in `unknown`, for a warning.
 */
export function speakerCategoriesOf(
  speaker: JsonObject,
  categories: SessionizeCategories,
): { answers: Record<string, string[]>; unknown: string[] } {
  const answers: Record<string, string[]> = {};
  const unknown: string[] = [];
  const add = (category: string, item: string) => {
    const given = answers[category] ?? [];
    if (!given.includes(item)) answers[category] = [...given, item];
  };
  for (const id of asList(speaker.categoryItems)) {
    const tag = categories.tags.get(asKey(id) ?? "");
    if (tag) add(tag.path[0]!, tag.label);
    else unknown.push(asKey(id) ?? "(not an id)");
  }
  for (const category of asObjectList(speaker.categories)) {
    const title = asText(category.name) ?? asText(category.title) ?? "Category";
    for (const item of asObjectList(category.categoryItems)) {
      const name = asText(item.name);
      if (name) add(title, name);
    }
  }
  return { answers, unknown };
}
