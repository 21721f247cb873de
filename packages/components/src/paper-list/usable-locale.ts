/**
 * The locale if `Intl` knows it (in its canonical form), else English: a typo in an attribute
 * or a page's `lang` must not break the list.
 */
export function usableLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? "en";
  } catch {
    return "en";
  }
}
