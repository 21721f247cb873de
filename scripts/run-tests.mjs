// `npm test`: builds, type-checks, lints (ESLint, Prettier) and tests every workspace through
// turbo, then prints one closing line `N passed, N failed` summed from the vitest JSON reports, and exits non-zero
// on any failure (a failed build or type check counts as a failure too).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findSharedDir } from "./find-shared-dir.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const reportsDir = join(root, ".reports");
rmSync(reportsDir, { recursive: true, force: true });
mkdirSync(reportsDir, { recursive: true });

const turbo = spawnSync(
  "npx",
  [
    "turbo",
    "run",
    "build",
    "typecheck",
    "lint",
    "test",
    "--continue=dependencies-successful",
    ...process.argv.slice(2),
  ],
  {
    cwd: root,
    stdio: "inherit",
    // The tests that read real files (FOSDEM, the c3voc exports) find shared/ through this.
    env: {
      ...process.env,
      TURBO_TELEMETRY_DISABLED: "1",
      LECTERN_REPORTS_DIR: reportsDir,
      LECTERN_SHARED_DIR: findSharedDir() ?? "",
    },
  },
);

let passed = 0;
let failed = 0;
let skipped = 0;
const reports = existsSync(reportsDir) ? readdirSync(reportsDir).filter((name) => name.endsWith(".json")) : [];
for (const name of reports) {
  const report = JSON.parse(readFileSync(join(reportsDir, name), "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A test file that fails to load has no tests but is a failure.
  failed += (report.testResults ?? []).filter(
    (file) => file.status === "failed" && file.assertionResults?.length === 0,
  ).length;
}

const turboFailed = turbo.status !== 0;
if (turboFailed && failed === 0) {
  console.error("A build, type check or test task failed outside the test counts (see the output above).");
  failed += 1;
}
if (reports.length === 0) {
  console.error("No test report was written: no tests ran.");
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || turboFailed ? 1 : 0);
