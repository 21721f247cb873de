import { defineConfig } from "vitest/config";

// Two runs of the same suite: one in UTC, one in a zone far from UTC with a 45-minute offset
// and DST (Pacific/Chatham, UTC+12:45/+13:45). Code that reads the process's zone anywhere
// gives different answers in the two runs, and the tests pin every zone they mean.
const processZones = { utc: "UTC", chatham: "Pacific/Chatham" } as const;

const reportsDir = process.env.LECTERN_REPORTS_DIR;

export default defineConfig({
  test: {
    // Property-based tests run hundreds of cases; on a loaded 2-core machine they can pass 5 s.
    testTimeout: 30_000,
    // `npm test` at the root sums these JSON reports into one "N passed, N failed" line.
    reporters: reportsDir ? ["default", ["json", { outputFile: `${reportsDir}/core.json` }]] : ["default"],
    projects: Object.values(processZones).map((zone) => ({
      extends: true,
      test: {
        name: `core (TZ=${zone})`,
        include: ["src/**/*.test.ts", "test/**/*.test.ts", "examples/**/*.test.ts", "codegen/**/*.test.ts"],
        env: { TZ: zone, LECTERN_EXPECTED_TZ: zone },
        pool: "forks",
      },
    })),
  },
});
