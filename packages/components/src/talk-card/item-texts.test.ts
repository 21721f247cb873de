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

  it("keeps the original's subtitle, in its language, where the translation has none", () => {
    const withSubtitle: Item = { ...item, subtitle: "Ein Überblick" };
    const translation = chooseItemTexts(withSubtitle, { locale: "en", eventLanguage: "en" }).translation;
    expect([translation?.subtitle, translation?.subtitleLang]).toEqual(["Ein Überblick", "de"]);
    const translated: Item = {
      ...item,
      translations: [{ language: "en", title: "On learning", subtitle: "A survey" }],
    };
    const english = chooseItemTexts(translated, { locale: "en", eventLanguage: "en" }).translation;
    expect([english?.subtitle, english?.subtitleLang]).toEqual(["A survey", undefined]);
  });

  it("offers no translation for an item without translations", () => {
    expect(chooseItemTexts({ id: "b", kind: "panel", title: "Panel" }, { locale: "en" })).toEqual({
      original: {
        title: "Panel",
        subtitle: undefined,
        abstract: undefined,
        lang: undefined,
        subtitleLang: undefined,
        abstractLang: undefined,
      },
    });
  });
});
