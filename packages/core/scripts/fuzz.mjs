// `npm run fuzz -- --seconds N`: the import/export property test (test/fuzz/) for N seconds
// on random seeds instead of `npm test`'s fixed ones. It prints the cases run, the failures
// and each failure's seed; replay one by putting the seed in the bounded test's loop.
// A case that hangs cannot be interrupted inside the test (the loop is synchronous), so the
// test writes each seed to a file before running it, and this script ends the run two
// minutes past its time and prints the seed it hung on.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const flag = process.argv.indexOf("--seconds");
const seconds = flag === -1 ? 60 : Number(process.argv[flag + 1]);
if (!Number.isFinite(seconds) || seconds <= 0) {
  console.error("usage: npm run fuzz -- --seconds N (N > 0)");
  process.exit(2);
}
const folder = mkdtempSync(join(tmpdir(), "lectern-fuzz-"));
const seedFile = join(folder, "current-seed");
const graceSeconds = 120;
const result = spawnSync(
  "npx",
  ["vitest", "run", "--project", "core (TZ=UTC)", "test/fuzz/import-export.property.test.ts"],
  {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    env: { ...process.env, LECTERN_FUZZ_SECONDS: String(seconds), LECTERN_FUZZ_SEED_FILE: seedFile },
    stdio: "inherit",
    timeout: (seconds + graceSeconds) * 1000,
    killSignal: "SIGKILL",
  },
);
let status = result.status ?? 1;
if (result.error?.code === "ETIMEDOUT" || result.signal) {
  let seed = "unknown (no case had started)";
  try {
    seed = readFileSync(seedFile, "utf8");
  } catch {
    // The file is written before the first case; without it the run hung before any case.
  }
  console.error(`fuzz: a case did not finish within ${graceSeconds} s of the run's end; it hung on seed ${seed}`);
  status = 1;
}
rmSync(folder, { recursive: true, force: true });
process.exit(status);
