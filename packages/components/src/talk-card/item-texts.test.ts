import { describe, expect, it } from "vitest";
import type { Item } from "@lectern/core";
import { chooseItemTexts } from "./item-texts.js";

const item: Item = {
  id: "a",
  kind: "invited-talk",
  title: "Über Lernen",
  abstract: "Eine Einführung.",
  language: "de",
  translations: [
    { language: "en", title: "On learning" },
    { language: "pt-BR", title: "Sobre aprender", abstract: "Uma introdução." },
  ],
};

describe("chooseItemTexts", () => {
  it.each([
    // locale, event language, shown title, its lang
    ["en-GB", "en", "On learning", undefined],
    ["pt-BR", "en", "Sobre aprender", "pt-BR"],
    ["pt-PT", "en", "Sobre aprender", "pt-BR"],
    ["fr", "en", undefined, undefined],
    ["de-AT", "en", undefined, undefined],
  ])("in %s (event in %s) shows the translation %s", (locale, eventLanguage, title, lang) => {
    const choice = chooseItemTexts(item, { locale, eventLanguage });
    expect(choice.translation?.title).toBe(title);
    expect(choice.translation?.lang).toBe(lang);
  });

  it("marks the original's language only where it differs from the event's", () => {
    expect(chooseItemTexts(item, { locale: "en", eventLanguage: "en" }).original.lang).toBe("de");
    expect(chooseItemTexts(item, { locale: "en", eventLanguage: "de-CH" }).original.lang).toBeUndefined();
  });

  it("keeps the original's abstract, in its language, where the translation has none", () => {
    const translation = chooseItemTexts(item, { locale: "en", eventLanguage: "en" }).translation;
    expect(translation?.abstract).toBe("Eine Einführung.");
    expect(translation?.abstractLang).toBe("de");
    expect(translation?.lang).toBeUndefined();
  });

  it("offers no translation for an item without translations", () => {
    expect(chooseItemTexts({ id: "b", kind: "panel", title: "Panel" }, { locale: "en" })).toEqual({
      original: { title: "Panel", subtitle: undefined, abstract: undefined, lang: undefined, abstractLang: undefined },
    });
  });
});
