// An app that imports `@lectern/components/<element>/define.js` and is bundled with Vite's
// defaults (tree-shaking by the package's `sideEffects`) must still register the element:
// the import is there for its side effect. The docs site's own build works around this
// failing today (vite.config.ts, keepElementDefinitions); this test is the reminder.
import { build, type Plugin } from "vite";
import { describe, expect, it } from "vitest";
import { keepElementDefinitions } from "./keep-element-definitions.js";

const entryId = "virtual:app";

/** The bundled code of a one-line app that imports `specifier` for its side effects. */
async function bundleOf(specifier: string, extraPlugins: Plugin[] = []): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: "silent",
    root: new URL(".", import.meta.url).pathname,
    plugins: [
      ...extraPlugins,
      {
        name: "one-line-app",
        resolveId: (id) => (id === entryId ? `\0${entryId}` : undefined),
        load: (id) => (id === `\0${entryId}` ? `import ${JSON.stringify(specifier)};` : undefined),
      },
    ],
    build: { write: false, minify: false, modulePreload: false, rollupOptions: { input: entryId } },
  });
  const results = Array.isArray(output) ? output : [output];
  return results.flatMap((result) => ("output" in result ? result.output : [])).map((chunk) => ("code" in chunk ? chunk.code : "")).join("\n");
}

describe("importing a define module from npm, bundled by Vite", () => {
  it.each(["schedule-grid", "talk-card"])("keeps the customElements.define call of <%s>", async (tag) => {
    const code = await bundleOf(`@lectern/components/${tag}/define.js`);
    expect(code).toMatch(new RegExp(`customElements\\.define\\(\\s*"${tag}"`));
  }, 60_000);

  it("keeps it with the docs site's workaround (so the check above can pass: it reads real bundles)", async () => {
    const code = await bundleOf("@lectern/components/schedule-grid/define.js", [keepElementDefinitions]);
    expect(code).toMatch(/customElements\.define\(\s*"schedule-grid"/);
  }, 60_000);
});
