import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldForSearch } from "./filter-items.js";

// How search text is folded; what the matcher does with it is in filter-items.test.ts.

describe("foldForSearch", () => {
  it.each([
    { input: "", expected: "" },
    { input: "plain", expected: "plain" },
    { input: "René Vidal", expected: "rene vidal" },
    { input: "BÉTHUNE", expected: "bethune" },
    { input: "Louis Béthune", expected: "louis bethune" },
    { input: "Núñez", expected: "nunez" },
    { input: "ZOË Çelik", expected: "zoe celik" },
    { input: "Ångström", expected: "angstrom" },
    { input: "naïve café", expected: "naive cafe" },
    { input: "Víctor Lucas Rosada Canesin", expected: "victor lucas rosada canesin" },
    { input: "Dvořák", expected: "dvorak" },
    { input: "Rene\u0301 (decomposed)", expected: "rene (decomposed)" },
    { input: "ﬁnite (ligature)", expected: "finite (ligature)" },
    { input: "Ｆｕｌｌ", expected: "full" },
    { input: "Άλφα", expected: "αλφα" },
    { input: "Spectral Condition for \u00b5P (micro sign)", expected: "spectral condition for \u03bcp (micro sign)" },
    { input: "日本語", expected: "日本語" },
  ])("$input -> $expected", ({ input, expected }) => {
    expect(foldForSearch(input)).toBe(expected);
  });

  it("leaves no combining diacritic and no upper case", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 20 }), (input) => {
        const folded = foldForSearch(input);
        expect(folded).not.toMatch(/[\u0300-\u036f]/);
        expect(folded).toBe(folded.toLowerCase());
      }),
    );
  });

  it("folds ASCII text as it folds any text (its quick path changes nothing)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)) }),
        (input) => {
          expect(foldForSearch(input)).toBe(
            input
              .normalize("NFKD")
              .replace(/[\u0300-\u036f]/g, "")
              .toLowerCase(),
          );
        },
      ),
    );
  });

  it("does not tell upper from lower case, nor precomposed from decomposed accents", () => {
    const unit = fc.constantFrom("a", "E", "é", "É", "e\u0301", "ñ", "Ç", "ö", " ", "-");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), (input) => {
        expect(foldForSearch(input.toUpperCase())).toBe(foldForSearch(input));
        expect(foldForSearch(input.normalize("NFD"))).toBe(foldForSearch(input.normalize("NFC")));
      }),
    );
  });
});
