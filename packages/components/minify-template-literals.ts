// How the templates of every build are minified: lectern.js (vite.bundle.config.ts) and the
// ESM files (tsup.config.ts), which Lit SSR renders with in Node. One function, so that both
// hold the very same template strings: Lit hydrates a server's markup only when the template it
// finds there has the digest of the browser's template, a hash of the strings themselves.
import { minifyHTMLLiterals } from "minify-literals";

/** True for a module whose `html` and `css` literals are minified: this package's sources. */
export const hasTemplateLiterals = (id: string, code: string): boolean =>
  /\/packages\/components\/src\/.*\.ts$/.test(id) && /\b(html|css)`/.test(code);

/**
 * Lit's `html` and `css` template literals are strings to a JavaScript minifier, so their
 * whitespace and comments would ship as written; this minifies them as HTML and CSS. Returns
 * undefined when there is nothing to change.
 */
export async function minifyTemplateLiterals(
  code: string,
  fileName: string,
): Promise<Awaited<ReturnType<typeof minifyHTMLLiterals>> | undefined> {
  // Collapse whitespace to one space, never to none: "Yuxin Chen, <span>Organizer</span>"
  // must keep the space between inline elements.
  // Style attributes stay as written: the CSS minifier would end `style=${x}` with a ";",
  // and styleProperties() must be the whole attribute (the `css` literals are still minified).
  const result = await minifyHTMLLiterals(code, { fileName, html: { conservativeCollapse: true, minifyCSS: false } });
  return result ?? undefined;
}
