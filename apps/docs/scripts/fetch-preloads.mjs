import { escapeHtml } from "./escape-html.mjs";

const lecternTag = /<(?:schedule-grid|talk-card|speaker-list|event-summary|talk-list|paper-list)\b[^>]*>/g;
const fetchedAttribute = /\s(?:src|data-program-src)="([^"]+)"/g;

/**
 * `<link rel="preload" as="fetch" crossorigin>` for every document a page's Lectern elements
 * fetch (`src`, or `data-program-src` for attach-program.js), each once. Without it the
 * browser asks for the program only once lectern.js has run: the HTML, the script and the
 * program one after another. `crossorigin` makes the preload a CORS request with same-origin
 * credentials, as `fetch()` makes it, so the browser uses the preloaded response. Code
 * samples do not count: their tags are escaped text.
 */
export function fetchPreloads(body) {
  const urls = new Set();
  for (const [tag] of body.matchAll(lecternTag))
    for (const [, url] of tag.matchAll(fetchedAttribute)) urls.add(url.replace(/&amp;/g, "&"));
  return [...urls].map((url) => `<link rel="preload" href="${escapeHtml(url)}" as="fetch" crossorigin>`);
}
