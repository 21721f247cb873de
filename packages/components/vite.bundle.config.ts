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
      output: { chunkFileNames: "lectern-[name]-[hash].js" },
    },
  },
});
