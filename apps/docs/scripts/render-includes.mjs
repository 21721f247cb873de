import { readFileSync } from "node:fs";
import { join } from "node:path";
import { escapeHtml } from "./escape-html.mjs";
import { strictCspDirectives } from "./strict-csp.mjs";

/**
 * Fills a content page's placeholders with what must not drift from the code:
 * `<!-- source: frameworks/react/program-page.tsx -->` becomes that file of apps/docs as a code
 * block (the very file the page's live example is built from), `<!-- strict-csp -->` the
 * header the site serves its strict-CSP example with.
 */
export function renderIncludes(body, docsDir) {
  return body
    .replace(
      /<!-- source: ([\w./-]+) -->/g,
      (_, path) => `<pre><code>${escapeHtml(readFileSync(join(docsDir, path), "utf8").trimEnd())}</code></pre>`,
    )
    .replace(
      "<!-- strict-csp -->",
      `<pre><code>Content-Security-Policy: ${escapeHtml(strictCspDirectives.join(";\n  "))}</code></pre>`,
    );
}
