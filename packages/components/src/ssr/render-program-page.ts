import { jsonLdScriptText, programForItem, programForSpeakers, toJsonLd, type Program } from "@lectern/core";
import { render } from "@lit-labs/ssr";
import { collectResult } from "@lit-labs/ssr/lib/render-result.js";
import { html, type TemplateResult } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
// Registers every element in Node (Lit's Node build brings its own minimal DOM shim), so the
// server renders the very templates the browser hydrates: no second template to keep in step.
import "../define.js";
import type { ElementTag } from "../element-table.js";
import { bundleFilesToPreload, installedBundleFolder, readBundleFiles } from "./bundle-preloads.js";
import { printStylesheet } from "./print-stylesheet.js";
import { inlineProgramScript, programHandOverScript } from "./program-hand-over.js";

/** Options of {@link renderProgramPage} and the other page renderers. */
export interface StaticPageOptions {
  /** URL of the script-tag bundle, relative to the page (default `lectern.js`). */
  scriptSrc?: string;
  /** Page language (default: the program's `event.language`, else `en`). */
  lang?: string;
  /** Folder of the talk pages, relative to the program page (default `talks/`). */
  talksHref?: string;
  /** URL of the speakers page, relative to the program page (default `speakers.html`). */
  speakersHref?: string;
  /**
   * The folder of the built `lectern.js` and its chunks, read to name the chunks each page
   * preloads (default: the installed package's). Host the same build beside `scriptSrc`.
   */
  bundleFolder?: URL;
}

/** File name of an item's page: its id, made safe for a path (ids are free text). */
export function talkPageFileName(itemId: string): string {
  return `${encodeURIComponent(itemId).replace(/%/g, "_")}.html`;
}

/** Text made safe inside HTML text and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The page's language, passed to every element too: Node has no page to look it up in. */
export function langOf(program: Program, options: StaticPageOptions): string {
  return options.lang ?? program.event.language ?? "en";
}

/** A Lit template rendered by SSR to one HTML string. */
export async function renderBody(template: TemplateResult): Promise<string> {
  return collectResult(render(template));
}

/**
 * `<link rel="modulepreload">` tags for what of the bundle a page with these elements fetches
 * before they can draw: `script` (the URL of `lectern.js` from the page), the chunks of the
 * elements it registers on first use beside it, Lit's hydrate support (every page these
 * renderers write is server-rendered), and the Markdown lexer for a Markdown program.
 */
export function preloadLinksFor(
  program: Program,
  tags: readonly ElementTag[],
  script: string,
  options: Pick<StaticPageOptions, "bundleFolder"> = {},
): string[] {
  const files = readBundleFiles(options.bundleFolder ?? installedBundleFolder());
  const folder = script.slice(0, script.lastIndexOf("/") + 1);
  return bundleFilesToPreload(files, tags, {
    markdown: program.textFormat === "markdown",
    hydrate: true,
  }).map((name) => `<link rel="modulepreload" href="${escapeHtml(name === "lectern.js" ? script : folder + name)}">`);
}

async function documentOf(
  program: Program,
  title: string,
  body: TemplateResult,
  options: StaticPageOptions,
  depth: string,
  tags: readonly ElementTag[],
): Promise<string> {
  const lang = langOf(program, options);
  const script = depth + (options.scriptSrc ?? "lectern.js");
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(lang)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    // The page needs nothing else before it paints; the bundle and the chunks of the page's
    // elements are fetched at once, so hydration does not wait for the parser to reach the
    // end of a long program, nor for lectern.js to run before it asks for a chunk.
    ...preloadLinksFor(program, tags, script, options),
    // Printing the live page from a browser is sane too: no controls, legible, titles wrap.
    `<style>${printStylesheet}</style>`,
    "</head>",
    "<body>",
    await renderBody(body),
    // The elements in the browser get the same program the server rendered, at once (no
    // fetch, no "Loading" between the static page and the live one).
    inlineProgramScript(program),
    `<script type="module">${programHandOverScript}</script>`,
    `<script type="module" src="${escapeHtml(script)}"></script>`,
    // After the content, not in the head: a program's JSON-LD is as long as the program (1.2 MB
    // for FOSDEM), and in the head it would hold back the first paint; search engines read it
    // anywhere in the document.
    `<script type="application/ld+json">${jsonLdScriptText(toJsonLd(program))}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/**
 * The list of every talk, as one escaped string: no element hydrates the page's own markup, so
 * Lit's markers (five a link: 4,400 comments, 90 KB for FOSDEM) would only be parsed before the
 * list is painted. Every title and address is escaped, as Lit escapes a binding.
 */
function talkLinks(program: Program, talksHref: string): TemplateResult {
  const links = program.items.map(
    (item) =>
      `<li><a href="${escapeHtml(talksHref + talkPageFileName(item.id))}">${escapeHtml(item.title ?? "")}</a></li>`,
  );
  return html`<nav aria-label="Talks">
    <ul>
      ${unsafeHTML(links.join("\n"))}
    </ul>
  </nav>`;
}

/**
 * The program as a complete HTML document: `<event-summary>` and `<schedule-grid>` rendered
 * by Lit SSR into declarative shadow DOM (readable with JavaScript off), links to every talk
 * page and the speakers page, `lectern.js`, which hydrates the same elements (they render
 * first with what the server knew, then with the visitor's zone, favourites and address:
 * docs/decisions/0009), and the program's JSON-LD after the content. Node only (this module is
 * not part of `lectern.js`). The page hydrates under the `lectern.js` of the same build: Lit
 * compares the templates' strings, which both minify alike.
 *
 * The program must be parsed already (`parseProgram`): SSR cannot wait for a fetch. Times
 * are in the event's zone: the server cannot know the visitor's, which the browser shows
 * once `lectern.js` runs (the build machine's would be nobody's).
 */
export async function renderProgramPage(program: Program, options: StaticPageOptions = {}): Promise<string> {
  const talksHref = options.talksHref ?? "talks/";
  const speakersHref = options.speakersHref ?? "speakers.html";
  const body = html`<main>
    <event-summary
      data-lectern-program
      .program=${program}
      .viewerZone=${program.event.timeZone}
      locale=${langOf(program, options)}
    ></event-summary>
    <schedule-grid
      data-lectern-program
      .program=${program}
      .viewerZone=${program.event.timeZone}
      locale=${langOf(program, options)}
    ></schedule-grid>
    <p><a href="${speakersHref}">Speakers</a></p>
    ${talkLinks(program, talksHref)}
  </main>`;
  return documentOf(program, program.event.title, body, options, "", ["event-summary", "schedule-grid"]);
}

/**
 * One item's page (`<talk-card>`, expanded), for `talks/<id>.html`: one folder below the
 * program page, so its links go up one level. The page, its JSON-LD and the program it hands
 * to the browser hold only the item and what it names (core's `programForItem`), not the
 * whole program. Throws when no item has the id.
 */
export async function renderTalkPage(whole: Program, itemId: string, options: StaticPageOptions = {}): Promise<string> {
  const program = programForItem(whole, itemId);
  const item = program?.items[0];
  if (!program || !item) throw new Error(`items: no item has the id "${itemId}"`);
  const body = html`<main>
    <p><a href="../index.html">${program.event.title}</a> · <a href="../speakers.html">Speakers</a></p>
    <talk-card
      data-lectern-program
      .program=${program}
      .viewerZone=${program.event.timeZone}
      locale=${langOf(program, options)}
      item-id=${itemId}
      expanded
      heading-level="1"
    ></talk-card>
  </main>`;
  return documentOf(program, `${item.title} · ${program.event.title}`, body, options, "../", ["talk-card"]);
}

/**
 * The speakers page (`<speaker-list>`), beside the program page. It holds the people and only
 * what the list shows of their talks (core's `programForSpeakers`), not the whole program.
 */
export async function renderSpeakersPage(whole: Program, options: StaticPageOptions = {}): Promise<string> {
  const program = programForSpeakers(whole);
  const body = html`<main>
    <p><a href="index.html">${program.event.title}</a></p>
    <speaker-list
      data-lectern-program
      .program=${program}
      .viewerZone=${program.event.timeZone}
      locale=${langOf(program, options)}
      heading-level="2"
    ></speaker-list>
  </main>`;
  return documentOf(program, `Speakers · ${program.event.title}`, body, options, "", ["speaker-list"]);
}
