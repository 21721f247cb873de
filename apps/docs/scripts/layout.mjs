import { escapeHtml } from "./escape-html.mjs";

/** The language of every page of the site (`<html lang>`). */
export const siteLanguage = "en-GB";

const navigation = [
  ["index.html", "Home"],
  ["embed.html", "Embed in your page"],
  ["format.html", "Write your program"],
  ["examples/index.html", "Examples"],
  ["components/index.html", "Components"],
  ["frameworks/index.html", "React, Vue and editors"],
  ["scheduler.html", "Schedule"],
  ["developers.html", "For developers"],
  ["api/index.html", "API reference"],
];

/**
 * The page around each body: a header with the site navigation (the current page marked with
 * aria-current), a main landmark, and the two scripts a webmaster's page would have:
 * lectern.js and nothing else. `depth` makes links relative, so the site works from any path.
 * `lectern: bundled` leaves lectern.js out, for the React and Vue pages, whose own bundles
 * register the elements from npm as an app would. `prelude` goes before lectern.js (a
 * pre-rendered page's program hand-over, which must run first).
 */
export function layout({
  title,
  description = "",
  body: content,
  path,
  depth,
  head = "",
  prelude = "",
  lectern = "script",
}) {
  const up = "../".repeat(depth);
  // Code blocks scroll sideways on a phone: focusable, so the keyboard can scroll them too.
  const body = content.replaceAll("<pre>", '<pre tabindex="0">');
  const links = navigation
    .map(
      ([href, label]) =>
        `<li><a href="${up}${href}"${href === path ? ' aria-current="page"' : ""}>${escapeHtml(label)}</a></li>`,
    )
    .join("\n        ");
  return `<!doctype html>
<html lang="${siteLanguage}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)} · Lectern</title>
    <meta name="description" content="${escapeHtml(description)}" />
    <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="${up}site.css" />
    ${prelude}
    ${lectern === "bundled" ? "" : '<script type="module" src="/lectern.js"></script>'}
    ${head}
  </head>
  <body>
    <a class="skip" href="#main">Skip to content</a>
    <header class="site-header">
      <a class="brand" href="${up}index.html">Lectern</a>
      <nav aria-label="Site">
        <ul>
        ${links}
        </ul>
      </nav>
    </header>
    <main id="main">
${body}
    </main>
    <footer class="site-footer">
      <p>Lectern is open source (MIT). <a href="${up}storybook/index.html">Component stories (Storybook)</a></p>
    </footer>
  </body>
</html>
`;
}
