import { defineConfig } from "tsup";

// Node only (Lit SSR, `@lectern/components/ssr`): built after tsup.config.ts (whose `clean`
// empties dist/), so nothing of it reaches the browser files. The elements stay the
// package's own define.js, so a site renders with the very code it serves.
export default defineConfig({
  entry: { "ssr/index": "src/ssr/index.ts" },
  format: ["esm"],
  target: "node22",
  platform: "node",
  dts: { compilerOptions: { composite: false } },
  sourcemap: true,
  esbuildPlugins: [
    {
      name: "elements-stay-the-package-define",
      setup(build) {
        build.onResolve({ filter: /^\.\.\/define\.js$/ }, () => ({
          path: "@lectern/components/define.js",
          external: true,
        }));
      },
    },
  ],
});
