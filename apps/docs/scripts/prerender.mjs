import { parseProgram } from "@lectern/core";
import { inlineProgramScript, preloadLinksFor, renderElement } from "@lectern/components/ssr";

/** Where the site serves its hand-over script (written by generate-site.mjs from the package's). */
export const handOverScriptPath = "/assets/hand-over-program.js";

const lecternTags = ["schedule-grid", "talk-card", "speaker-list", "event-summary", "talk-list", "paper-list"];
const elementPattern = new RegExp(`<(${lecternTags.join("|")})((?:\\s[^>]*)?)></\\1>`, "g");
const attributePattern = /([a-z][a-z0-9-]*)(?:="([^"]*)")?/g;

/** Attribute values as written in the content (which escapes only `&` and `"` in them). */
const unescape = (value) => value.replace(/&quot;/g, '"').replace(/&amp;/g, "&");

/**
 * A content page's Lectern elements server-rendered with the program of `programText`, as
 * `renderProgramPage` renders its pages: each `<tag …></tag>` becomes the element with its
 * content in declarative shadow DOM (readable with JavaScript off), and `prelude` is what the
 * page needs in its head before lectern.js: the preloads of the chunks those elements fetch,
 * the program inline, and the script that hands it to them (it must run before lectern.js).
 * Dates are in `siteLanguage`, as the elements find it in the page in the browser. An element
 * with `src` or `data-program-src` is an error: it would fetch the program again.
 */
export async function prerenderPage(body, programText, source, siteLanguage) {
  const parsed = parseProgram(JSON.parse(programText));
  if (!parsed.ok) throw new Error(`${source}: ${parsed.errors.map((error) => `${error.path}: ${error.message}`)}`);
  const { program } = parsed;
  const pieces = [];
  const tags = new Set();
  let last = 0;
  for (const match of body.matchAll(elementPattern)) {
    const [whole, tag, written] = match;
    const attributes = Object.fromEntries(
      [...written.matchAll(attributePattern)].map(([, name, value]) => [name, unescape(value ?? "")]),
    );
    for (const name of ["src", "data-program-src"])
      if (name in attributes) throw new Error(`${source}: <${tag} ${name}> is pre-rendered; leave ${name} out`);
    // The site's language (layout.mjs), as the elements read it from the page in the browser.
    const rendered = await renderElement(program, tag, { locale: siteLanguage, ...attributes });
    pieces.push(body.slice(last, match.index), rendered);
    tags.add(tag);
    last = match.index + whole.length;
  }
  pieces.push(body.slice(last));
  const prelude = [
    ...preloadLinksFor(program, [...tags], "/lectern.js"),
    inlineProgramScript(program),
    `<script type="module" src="${handOverScriptPath}"></script>`,
  ].join("\n    ");
  return { body: pieces.join(""), prelude };
}
