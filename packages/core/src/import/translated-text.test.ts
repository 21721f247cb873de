import { describe, expect, it } from "vitest";
import { readTranslatedText } from "./translated-text.js";

describe("readTranslatedText", () => {
  it.each([
    ["plain text", "  Keynote ", undefined, { text: "Keynote", fellBack: false, others: [] }],
    [
      "first language without a choice",
      { en: "Break", es: "Receso" },
      undefined,
      { text: "Break", language: "en", fellBack: false, others: [["es", "Receso"]] },
    ],
    [
      "the chosen language",
      { en: "Break", es: "Receso" },
      "es",
      { text: "Receso", language: "es", fellBack: false, others: [["en", "Break"]] },
    ],
    [
      "a tag by its primary subtag",
      { en: "Hall", "de-formal": "Saal" },
      "de",
      { text: "Saal", language: "de-formal", fellBack: false, others: [["en", "Hall"]] },
    ],
    [
      "case and underscore",
      { zh_TW: "禮堂", en: "Hall" },
      "zh-tw",
      { text: "禮堂", language: "zh_TW", fellBack: false, others: [["en", "Hall"]] },
    ],
    [
      "a missing language, falling back",
      { en: "Break" },
      "de",
      { text: "Break", language: "en", fellBack: true, others: [] },
    ],
    [
      "empty translations ignored",
      { en: "", es: "Receso" },
      "en",
      { text: "Receso", language: "es", fellBack: true, others: [] },
    ],
    ["nothing at all", {}, "en", { fellBack: false, others: [] }],
    ["not text", 42, undefined, { text: undefined, fellBack: false, others: [] }],
  ])("reads %s", (_name, value, language, expected) => {
    expect(readTranslatedText(value, language)).toEqual(expected);
  });
});
