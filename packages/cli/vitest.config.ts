import { defineConfig } from "vitest/config";

const reportsDir = process.env.LECTERN_REPORTS_DIR;

export default defineConfig({
  test: {
    name: "cli (Node)",
    include: ["src/**/*.test.ts"],
    testTimeout: 30_000,
    reporters: reportsDir ? ["default", ["json", { outputFile: `${reportsDir}/cli.json` }]] : ["default"],
  },
});
