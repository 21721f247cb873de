import { readFile } from "node:fs/promises";
import { defineConfig } from "tsup";
import { hasTemplateLiterals, minifyTemplateLiterals } from "./minify-template-literals.js";

// ESM per element (and a side-effect-free root export) for developers who bundle; Lit, temml
// and @lectern/core stay external (dependencies). The self-contained script-tag file is
// built by vite.bundle.config.ts; the Node-only SSR entry by tsup.ssr.config.ts.
//
// A define module imported by another module (talk-list imports talk-card/define.js) would be
// moved by the code splitting into a shared dist/chunk-*.js, which `sideEffects` does not list,
// so a bundler would drop its customElements.define: such imports stay imports of the
// package's own define.js (a self-reference, resolved through package.json's exports).
const ownDefineModule = /^\.\.?\/(?:\.\.\/)*([\w-]+)\/define\.js$/;

export default defineConfig([
  {
    entry: ["src/index.ts", "src/define.ts", "src/*/define.ts", "src/*/*.element.ts"],
    format: ["esm"],
    target: "es2022",
    platform: "browser",
    dts: { compilerOptions: { composite: false } },
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    esbuildPlugins: [
      {
        // The same template strings as lectern.js's, so that a page Lit SSR renders with these
        // files hydrates under lectern.js (minify-template-literals.ts).
        name: "minify-template-literals",
        setup(build) {
          build.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
            const code = await readFile(args.path, "utf8");
            if (!hasTemplateLiterals(args.path, code)) return undefined;
            const result = await minifyTemplateLiterals(code, args.path);
            return result ? { contents: result.code, loader: "ts" } : undefined;
          });
        },
      },
      {
        name: "define-modules-stay-entries",
        setup(build) {
          build.onResolve({ filter: ownDefineModule }, (args) => {
            const folder = ownDefineModule.exec(args.path)?.[1];
            return folder ? { path: `@lectern/components/${folder}/define.js`, external: true } : undefined;
          });
        },
      },
    ],
  },
]);
