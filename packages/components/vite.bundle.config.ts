import { minifyHTMLLiterals } from "minify-literals";
import { defineConfig, type Plugin } from "vite";

/**
 * Lit's `html` and `css` template literals are strings to a JavaScript minifier, so their
 * whitespace and comments ship as written; minify-literals minifies them as HTML and CSS.
 */
function minifyTemplateLiterals(): Plugin {
  return {
    name: "lectern:minify-template-literals",
    async transform(code, id) {
      if (!/\/packages\/components\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      // Collapse whitespace to one space, never to none: "Yuxin Chen, <span>Organizer</span>"
      // must keep the space between inline elements.
      const result = await minifyHTMLLiterals(code, {
        fileName: id,
        html: { conservativeCollapse: true },
      });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}

/** The folders of the elements lectern.js registers on first use (see src/lectern.ts). */
const lazyElementFolder = /\/src\/(talk-card|speaker-list|event-summary|talk-list|paper-list)\//;

// dist/lectern.js: one minified file for `<script type="module" src="lectern.js">`, with Lit
// and @lectern/core (its browser build) inside. temml (TeX to MathML) is imported
// dynamically, so it becomes a sibling chunk fetched only when a text on the page has math.
export default defineConfig({
  plugins: [minifyTemplateLiterals()],
  build: {
    outDir: "dist",
    emptyOutDir: false,
    target: "es2022",
    minify: "terser",
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
        chunkFileNames: (chunk) => `lectern-${chunk.moduleIds.map((id) => lazyElementFolder.exec(id)?.[1]).find(Boolean) ?? "[name]"}-[hash].js`,
        // Everything but the lazy elements' own folders and temml goes into lectern.js (the
        // chunk holding the entry module becomes the entry), so a page makes one request
        // before it can draw, and a lazy element's chunk (lectern-<tag>-<hash>.js) holds only
        // that element.
        manualChunks: (id) => (lazyElementFolder.test(id) || id.includes("/node_modules/temml/") ? undefined : "lectern"),
      },
    },
  },
});
