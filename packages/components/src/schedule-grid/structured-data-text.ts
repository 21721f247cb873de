import { jsonLdScriptText, toJsonLd, type Program } from "@lectern/core";

// Its own file so that the bundle can make it lectern-structured-data-<hash>.js with core's
// toJsonLd (vite.bundle.config.ts): only a grid with `structured-data` fetches it, after it
// has drawn, and lectern.js does not carry the JSON-LD writer.

/** The program as schema.org JSON-LD, escaped to be the text of a `<script>` element. */
export function structuredDataText(program: Program): string {
  return jsonLdScriptText(toJsonLd(program));
}
