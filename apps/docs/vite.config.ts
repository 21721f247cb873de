import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vite";

// The site is plain HTML pages generated into site/ by scripts/generate-site.mjs. Vite
// builds the site's own stylesheet and scripts; lectern.js, the example programs, the JSON
// Schema and Storybook are copied into site/public and served as they are, so every page
// loads the components exactly as a webmaster's page would.
const siteDir = fileURLToPath(new URL("./site/", import.meta.url));
const pages = (dir: string, prefix = ""): Record<string, string> =>
  Object.fromEntries(
    readdirSync(new URL(dir, `file://${siteDir}`), { withFileTypes: true }).flatMap((entry) => {
      if (entry.isDirectory() && entry.name !== "public")
        return Object.entries(pages(`${dir}${entry.name}/`, `${prefix}${entry.name}/`));
      return entry.name.endsWith(".html")
        ? [[`${prefix}${entry.name.slice(0, -5)}`, `${siteDir}${prefix}${entry.name}`]]
        : [];
    }),
  );

// The Vue example's templates use the elements: Vue's compiler must leave these tags to the
// browser. The list comes from the manifest, so a new element needs no change here.
const manifest = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve("@lectern/components/custom-elements.json"), "utf8"),
) as {
  modules: { declarations?: { tagName?: string }[] }[];
};
const lecternTags = new Set(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : [])),
);

export default defineConfig({
  root: siteDir,
  // The React and Vue example pages (frameworks/) are bundled with their framework; React's
  // JSX needs no plugin (Vite compiles .tsx with the automatic runtime).
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => lecternTags.has(tag) } } })],
  publicDir: "public",
  build: {
    // The pages load lectern.js themselves; Vite's preload polyfill would be one more script.
    modulePreload: { polyfill: false },
    outDir: fileURLToPath(new URL("./dist/", import.meta.url)),
    emptyOutDir: true,
    rollupOptions: { input: pages("./") },
  },
});
