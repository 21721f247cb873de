import { defineConfig } from "vite";

// dist/lectern.js: one minified file for `<script type="module" src="lectern.js">`, with Lit
// and @lectern/core inside. temml (TeX to MathML) is imported dynamically, so it becomes a
// sibling chunk that is fetched only when a text on the page contains math.
export default defineConfig({
  build: {
    outDir: "dist",
    emptyOutDir: false,
    target: "es2022",
    minify: true,
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
