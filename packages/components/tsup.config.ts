import { defineConfig } from "tsup";

// ESM per element (and a side-effect-free root export) for developers who bundle; Lit, temml
// and @lectern/core stay external (dependencies). The self-contained script-tag file is
// built by vite.bundle.config.ts.
export default defineConfig({
  entry: ["src/index.ts", "src/define.ts", "src/*/define.ts", "src/*/*.element.ts"],
  format: ["esm"],
  target: "es2022",
  platform: "browser",
  dts: { compilerOptions: { composite: false } },
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
});
