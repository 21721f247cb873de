/** A `src` read as a URL: the absolute address to fetch, or why it is not one. */
export type ResolvedAddress =
  { readonly ok: true; readonly href: string } | { readonly ok: false; readonly message: string };

/**
 * Reads an element's `src` as a URL, absolute or relative to the page (`base`), without
 * throwing: `new URL("http://[")` throws, and one such attribute once stopped lectern.js
 * from registering any element (issue 18). The message names the text as written, for the
 * element to show.
 *
 * Imports nothing: lectern.js's first module (the early fetch) uses it.
 */
export function resolveAddress(src: string, base: string = document.baseURI): ResolvedAddress {
  // Not URL.parse or URL.canParse: older Safari, which webmasters' visitors still use, lacks them.
  try {
    return { ok: true, href: new URL(src, base).href };
  } catch {
    return {
      ok: false,
      message: `"${src}" is not an address: it cannot be read as a URL, neither whole nor relative to the page (${base})`,
    };
  }
}
