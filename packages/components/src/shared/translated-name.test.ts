import { describe, expect, it } from "vitest";
import { findTranslation, translatedName } from "./translated-name.js";

const hall = {
  name: "Main hall",
  translations: [
    { language: "de", name: "Großer Saal" },
    { language: "pt-BR", name: "Salão principal" },
    { language: "pt-PT", name: "Sala principal" },
    { language: "fr", description: "La grande salle." },
  ],
};

describe("translatedName", () => {
  it.each([
    ["the translation in the locale's language", "de", "Großer Saal"],
    ["an exact tag before one of the same language", "pt-PT", "Sala principal"],
    ["the same primary language for a regional locale", "de-AT", "Großer Saal"],
    ["the first of the language for its bare tag", "pt", "Salão principal"],
    ["tags in any case", "DE", "Großer Saal"],
    ["its own name when no translation is in the locale's language", "es", "Main hall"],
    ["its own name when the translation has no name", "fr", "Main hall"],
  ] as const)("gives %s", (_case, locale, expected) => {
    expect(translatedName(hall, locale)).toBe(expected);
  });

  it("gives the name of a room without translations, and nothing for an unknown one", () => {
    expect(translatedName({ name: "Lab" }, "de")).toBe("Lab");
    expect(translatedName(undefined, "de")).toBeUndefined();
  });
});

describe("findTranslation", () => {
  it("finds nothing in no translations, and the whole entry otherwise", () => {
    expect(findTranslation(undefined, "de")).toBeUndefined();
    expect(findTranslation([], "de")).toBeUndefined();
    expect(findTranslation(hall.translations, "fr-CA")).toEqual({ language: "fr", description: "La grande salle." });
  });
});
