import { describe, expect, it } from "vitest";
import { chooseReadingLanguage, languagesOfPretalxData } from "./pretalx-languages.js";
import { importPretalxWidget } from "./pretalx-widget.js";

const talk = (code: string, title: unknown, extra: object = {}) => ({
  code,
  title,
  start: "2026-05-04T09:00:00+02:00",
  end: "2026-05-04T09:30:00+02:00",
  ...extra,
});
// German in one talk only, English in both, Spanish as one talk's locale; the room is named alike in both.
const bilingual = {
  timezone: "Europe/Berlin",
  rooms: [{ id: 1, name: { en: "Hall", de: "Hall" } }],
  talks: [talk("A1", { en: "Opening", de: "Eröffnung" }), talk("B2", { en: "Closing" }, { content_locale: "es" })],
};

describe("languagesOfPretalxData", () => {
  it("lists the languages of translated fields and talk locales, talks first, once each", () => {
    expect(languagesOfPretalxData(bilingual)).toEqual(["en", "de", "es"]);
  });

  it("skips empty translations and keys that are no language tag, and spells zh_TW as a tag", () => {
    const data = { talks: [talk("A1", { en: " ", "not a tag": "x", zh_TW: "開幕" })] };
    expect(languagesOfPretalxData(data)).toEqual(["zh-TW"]);
  });

  it("is empty when every text is plain", () => {
    expect(languagesOfPretalxData({ talks: [talk("A1", "Opening")], rooms: [{ name: "Hall" }] })).toEqual([]);
  });
});

describe("chooseReadingLanguage", () => {
  it.each([
    ["none asked for", undefined, ["en", "de"], undefined],
    ["one the file has", "de", ["en", "de"], "de"],
    ["a variant of one it has (de-formal)", "de-formal", ["en", "de"], "de-formal"],
    ["any, when the file names no language", "fr", [], "fr"],
  ] as const)("keeps %s", (_case, asked, languages, expected) => {
    expect(chooseReadingLanguage(asked, languages)).toEqual({ language: expected });
  });

  it("takes the file's first language instead of one it has no texts in, and says why", () => {
    const chosen = chooseReadingLanguage("fr", ["en", "de"]);
    expect(chosen.language).toBe("en");
    expect(chosen.problem).toContain('has no texts in "fr"');
    expect(chosen.problem).toContain("its texts are in en, de");
  });
});

describe("importPretalxWidget with a language", () => {
  const read = (language: string) => {
    const result = importPretalxWidget(bilingual, { title: "Talks", language });
    if (!result.ok) throw new Error(result.errors[0]!.message);
    return result;
  };

  it("keeps a language some texts are in, falling back per field with a warning", () => {
    const { program, warnings } = read("de");
    expect(program.event.language).toBe("de");
    expect(program.items.map((item) => item.title)).toEqual(["Eröffnung", "Closing"]);
    expect(warnings.map((warning) => warning.message)).toEqual([
      'language "de" is missing from 1 translated field(s) (talks[1].title); their first language was taken',
    ]);
  });

  it("reads a language no text is in as the first, which becomes the program's, with a warning", () => {
    const { program, warnings } = read("fr");
    expect(program.event.language).toBe("en");
    expect(program.items.map((item) => item.title)).toEqual(["Opening", "Closing"]);
    expect(program.items[0]!.translations).toEqual([{ language: "de", title: "Eröffnung" }]);
    expect(warnings.map((warning) => warning.message)).toEqual([
      expect.stringContaining('has no texts in "fr" (the language option, --language): its texts are in en, de, es'),
    ]);
  });

  it("takes the language given for a file of plain texts, which names none", () => {
    const plain = importPretalxWidget(
      { timezone: "Europe/Paris", talks: [talk("A1", "Ouverture")] },
      { language: "fr" },
    );
    expect(plain.ok && plain.program.event.language).toBe("fr");
    expect(plain.warnings.filter((warning) => warning.message.includes("no texts in"))).toEqual([]);
  });
});
