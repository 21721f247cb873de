import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { defineConfig } from "vitest/config";
import { createBrowserConfig } from "./browser.js";

const reportsDir = process.env.LECTERN_REPORTS_DIR;
const storybookDir = fileURLToPath(new URL("./.storybook", import.meta.url));

export default defineConfig({
  test: {
    // `npm test` at the root sums these JSON reports into one "N passed, N failed" line.
    reporters: reportsDir ? ["default", ["json", { outputFile: `${reportsDir}/components.json` }]] : ["default"],
    projects: [
      {
        // Lit SSR renders in Node: static pages are tested where they are made.
        extends: true,
        test: { name: "components (Node, SSR)", include: ["src/**/*.node-test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "components (Chromium)",
          include: ["src/**/*.test.ts"],
          browser: createBrowserConfig(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: storybookDir })],
        test: {
          name: "stories (Chromium, axe)",
          browser: createBrowserConfig(),
        },
      },
    ],
  },
});
