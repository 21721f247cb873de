import { defineConfig } from "vitest/config";

const reportsDir = process.env.LECTERN_REPORTS_DIR;

// End-to-end tests of the built site (dist/), in Chromium through playwright-core.
export default defineConfig({
  test: {
    name: "docs (Chromium, e2e)",
    include: ["e2e/**/*.test.ts", "frameworks/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: reportsDir ? ["default", ["json", { outputFile: `${reportsDir}/docs.json` }]] : ["default"],
  },
});
