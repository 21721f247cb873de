import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/index.browser.ts"],
  // Shared code in a chunk, so the two entries do not each carry a copy.
  splitting: true,
  format: ["esm"],
  target: "es2023",
  platform: "neutral",
  dts: { compilerOptions: { composite: false } },
  sourcemap: true,
  clean: true,
  treeshake: true,
});
