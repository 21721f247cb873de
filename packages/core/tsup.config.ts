import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "index.browser": "src/index.browser.ts",
    // The browser's worker API, and the two worker scripts, found beside the chunks by URL.
    "schedule-in-browser-worker": "src/schedule-in-browser-worker.ts",
    "schedule-worker.node": "src/schedule/auto/worker/schedule-worker.node.ts",
    "schedule-worker.browser": "src/schedule/auto/worker/schedule-worker.browser.ts",
  },
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
