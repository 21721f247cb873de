import { describe, expect, it } from "vitest";
import { usableLocale } from "./usable-locale.js";

describe("usableLocale", () => {
  it.each([
    ["en-GB", "en-GB"],
    ["pt-br", "pt-BR"],
    ["de", "de"],
    ["not a locale", "en"],
    ["", "en"],
  ])("%j is used as %j", (locale, expected) => {
    expect(usableLocale(locale)).toBe(expected);
  });
});
