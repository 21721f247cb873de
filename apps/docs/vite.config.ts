import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
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

export default defineConfig({
  root: siteDir,
  publicDir: "public",
  build: {
    // The pages load lectern.js themselves; Vite's preload polyfill would be one more script.
    modulePreload: { polyfill: false },
    outDir: fileURLToPath(new URL("./dist/", import.meta.url)),
    emptyOutDir: true,
    rollupOptions: { input: pages("./") },
  },
});
