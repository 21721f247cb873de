import { fileURLToPath } from "node:url";
import { defineConfig, normalizePath, type Plugin } from "vite";
import { elementTable } from "./src/element-table.js";
import { hasTemplateLiterals, minifyTemplateLiterals } from "./minify-template-literals.js";

/** Lit's template literals minified as HTML and CSS (minify-template-literals.ts says why). */
function minifyTemplates(): Plugin {
  return {
    name: "lectern:minify-template-literals",
    async transform(code, id) {
      if (!hasTemplateLiterals(id, code)) return null;
      const result = await minifyTemplateLiterals(code, id);
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}

/**
 * The folder of a module that belongs to an element lectern.js registers on first use (the
 * element table's "on-first-use" rows), or undefined. Such a module goes into that element's
 * chunk, named after the folder.
 */
function lazyElementFolderOf(id: string): string | undefined {
  return lazyElementFolders.find((folder) => id.startsWith(`${componentsSource}${folder}/`));
}

/** What the bundler tells the chunking about a module. */
type ModuleInfoOf = (id: string) => { readonly importedIds: readonly string[] } | null;

const isZod = (id: string) => id.includes("/node_modules/zod/");

/**
 * True for the modules that compare two versions of a program: core's diff, the change
 * marks built from it and the badges that show them, markup and styles. An element imports them dynamically once it has a previous version
 * (`previous-src`), so they are lectern-changes-<hash>.js and a page without one never
 * fetches them; what they share with the rest of core (timings, zones) stays in lectern.js.
 * (`<changes-since-visit>` imports the badges statically: it always has versions to compare.)
 */
const isChangesModule = (id: string) =>
  id.startsWith(`${coreSource}diff/`) ||
  id.startsWith(`${componentsSource}shared/change-marks.ts`) ||
  id.startsWith(`${componentsSource}shared/change-badges.ts`) ||
  id.startsWith(`${componentsSource}shared/change-badge.styles.ts`);

/**
 * True for zod and for the modules of @lectern/core that import it, directly or not (the model's
 * schemas, zod's parse path). They form one file of their own, which core's loadProgramJson
 * imports dynamically: fetched only for a program that is not valid (docs/decisions/0006).
 * Walks the static import graph afresh for each module (a few hundred modules), so that a
 * cycle cannot leave a wrong answer behind.
 */
function reachesZodWithin(core: string): (id: string, moduleInfo: ModuleInfoOf) => boolean {
  return (id, moduleInfo) => {
    const seen = new Set<string>();
    const pending = [id];
    while (pending.length > 0) {
      const current = pending.pop()!;
      if (isZod(current)) return true;
      if (!current.startsWith(core) || seen.has(current)) continue;
      seen.add(current);
      pending.push(...(moduleInfo(current)?.importedIds ?? []));
    }
    return false;
  };
}

/**
 * True for Lit's hydrate support and what only it uses: lectern.js imports it dynamically on a
 * page whose elements a server rendered, so it is lectern-hydrate-<hash>.js and a page drawn
 * in the browser never fetches it.
 */
const isHydrateModule = (id: string) =>
  id === `${componentsSource}hydrate-support.ts` ||
  id.includes("/node_modules/@lit-labs/ssr-client/") ||
  id.includes("/node_modules/lit-html/private-ssr-support.js");

const coreSource = fileURLToPath(new URL("../core/src/", import.meta.url));

/**
 * True for the schema.org JSON-LD writer (core's toJsonLd, the title it gives a session's
 * links, and the grid's module that calls it): `<schedule-grid structured-data>` imports it
 * dynamically after it has drawn, so it is lectern-structured-data-<hash>.js and a page
 * without the attribute never fetches it.
 */
const isStructuredDataModule = (id: string) =>
  id === `${coreSource}export/to-json-ld.ts` ||
  id === `${coreSource}export/link-title.ts` ||
  id === `${componentsSource}schedule-grid/structured-data-text.ts`;

/**
 * True for the modules of core that only `<paper-list>` uses (src/digest/: a digest's index,
 * query, sort and facets, a program turned into a digest). They go into the paper-list chunk,
 * so a page that shows only a schedule never loads them (2 KiB gzipped off lectern.js). A
 * digest's parse stays in lectern.js: zod's path for digests (lectern-schemas) imports it, and
 * a chunk that imported the paper-list one would register <paper-list> on a grid's error page.
 */
const isPaperDigestModule = (id: string) => id.startsWith(`${coreSource}digest/`);
const lazyElementFolders = elementTable.filter((row) => row.registration === "on-first-use").map((row) => row.folder);
const componentsSource = normalizePath(fileURLToPath(new URL("./src/", import.meta.url)));
const reachesZod = reachesZodWithin(coreSource);

// dist/lectern.js: one minified file for `<script type="module" src="lectern.js">`, with Lit
// and @lectern/core (its browser build) inside. temml (TeX to MathML) is imported
// dynamically, so it becomes a sibling chunk fetched only when a text on the page has math;
// marked (the Markdown lexer) likewise, fetched only for a program whose textFormat is markdown.
export default defineConfig({
  plugins: [minifyTemplates()],
  // Core's modules one by one (not its built chunk), so that rollup can leave its schemas out
  // of lectern.js; they are the same modules core's own browser build is made of.
  resolve: { alias: { "@lectern/core": `${coreSource}index.browser.ts` } },
  build: {
    outDir: "dist",
    emptyOutDir: false,
    target: "es2022",
    // LECTERN_NO_MINIFY=1 keeps names readable in a CPU profile of the benchmarks; never shipped.
    minify: process.env.LECTERN_NO_MINIFY ? false : "terser",
    terserOptions: { compress: { passes: 2 }, format: { comments: false } },
    sourcemap: true,
    lib: {
      entry: "src/lectern.ts",
      formats: ["es"],
      fileName: () => "lectern.js",
    },
    rollupOptions: {
      // Library mode keeps the entry's exports exactly as written ("strict"), which would move
      // everything lectern.js shares with a lazy element into a third file fetched after
      // lectern.js. Letting the entry export those internals keeps the page at one request.
      preserveEntrySignatures: "allow-extension",
      output: {
        chunkFileNames: (chunk) =>
          `lectern-${chunk.moduleIds.map(lazyElementFolderOf).find(Boolean) ?? "[name]"}-[hash].js`,
        // Everything but the lazy elements' own folders (and the digest modules, with paper-list's), temml, marked and zod's part of core goes into
        // lectern.js (the chunk holding the entry module becomes the entry), so a page makes
        // one request before it can draw, and a lazy element's chunk (lectern-<tag>-<hash>.js)
        // holds only that element. zod and the schemas are lectern-schemas-<hash>.js, fetched
        // only when a program or a paper digest must be checked by zod (one that is not valid).
        // The diff of two versions is lectern-changes-<hash>.js, fetched only with a previous version.
        // The JSON-LD writer is lectern-structured-data-<hash>.js, fetched only by a grid with structured-data.
        // The bundler adds lectern-rolldown-runtime-<hash>.js (160 bytes: the helper that builds
        // the namespace a dynamic import returns), which only those lazy files import.
        codeSplitting: {
          groups: [
            {
              name: (id, chunking) => {
                const folder = lazyElementFolderOf(id);
                if (
                  (folder === "paper-list" || isPaperDigestModule(id)) &&
                  !reachesZod(id, (other) => chunking.getModuleInfo(other))
                )
                  return "paper-list";
                if (
                  folder ||
                  isChangesModule(id) ||
                  isHydrateModule(id) ||
                  isStructuredDataModule(id) ||
                  /\/node_modules\/(temml|marked)\//.test(id)
                )
                  return null;
                return reachesZod(id, (other) => chunking.getModuleInfo(other)) ? "schemas" : "lectern";
              },
              // First, so that what the diff shares with the rest (timings, zones) is taken
              // into lectern.js before the changes group would take it in as its dependencies.
              priority: 1,
            },
            { name: (id) => (isChangesModule(id) ? "changes" : null) },
            { name: (id) => (isHydrateModule(id) ? "hydrate" : null) },
            { name: (id) => (isStructuredDataModule(id) ? "structured-data" : null) },
          ],
        },
      },
    },
  },
});
