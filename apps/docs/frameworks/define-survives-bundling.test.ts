// An app that imports `@lectern/components/define.js` or `@lectern/components/<element>/define.js`
// and is bundled with Vite's defaults (tree-shaking by the package's `sideEffects`) must still
// register the elements: the import is there for its side effect. This reads real bundles of
// the built package (npm run build first), so a `sideEffects` list that misses the module
// holding the registration call fails here.
import { build } from "vite";
import { describe, expect, it } from "vitest";

const entryId = "virtual:app";
const tags = ["schedule-grid", "talk-card", "speaker-list", "event-summary", "talk-list", "paper-list"];

/** The bundled code of a one-line app that imports `specifier` for its side effects. */
async function bundleOf(specifier: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: "silent",
    root: new URL(".", import.meta.url).pathname,
    plugins: [
      {
        name: "one-line-app",
        resolveId: (id) => (id === entryId ? `\0${entryId}` : undefined),
        load: (id) => (id === `\0${entryId}` ? `import ${JSON.stringify(specifier)};` : undefined),
      },
    ],
    build: { write: false, minify: false, modulePreload: false, rollupOptions: { input: entryId } },
  });
  const results = Array.isArray(output) ? output : [output];
  return results
    .flatMap((result) => ("output" in result ? result.output : []))
    .map((chunk) => ("code" in chunk ? chunk.code : ""))
    .join("\n");
}

describe("importing a define module from npm, bundled by Vite", () => {
  it.each(tags)(
    "keeps the registration of <%s> from its own define.js",
    async (tag) => {
      const code = await bundleOf(`@lectern/components/${tag}/define.js`);
      expect(code).toMatch(/customElements\.define\(/);
      expect(code).toMatch(new RegExp(`(?:defineElement|customElements\\.define)\\(\\s*"${tag}"`));
    },
    60_000,
  );

  it("keeps the registration of <talk-card> that <talk-list> needs", async () => {
    const code = await bundleOf("@lectern/components/talk-list/define.js");
    expect(code).toMatch(/(?:defineElement|customElements\.define)\(\s*"talk-card"/);
  }, 60_000);

  it("keeps the registration of every element from define.js", async () => {
    const code = await bundleOf("@lectern/components/define.js");
    // define.js registers one element per row of its element table, in a loop.
    expect(code).toMatch(/customElements\.define\(/);
    for (const tag of tags) expect(code).toContain(`tag: "${tag}"`);
  }, 60_000);
});
