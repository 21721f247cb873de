// `npm run fuzz -- --seconds N`: the import/export property test (test/fuzz/) for N seconds
// on random seeds instead of `npm test`'s fixed ones. It prints the cases run, the failures
// and each failure's seed; replay one by putting the seed in the bounded test's loop.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const flag = process.argv.indexOf("--seconds");
const seconds = flag === -1 ? 60 : Number(process.argv[flag + 1]);
if (!Number.isFinite(seconds) || seconds <= 0) {
  console.error("usage: npm run fuzz -- --seconds N (N > 0)");
  process.exit(2);
}
const result = spawnSync(
  "npx",
  ["vitest", "run", "--project", "core (TZ=UTC)", "test/fuzz/import-export.property.test.ts"],
  {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    env: { ...process.env, LECTERN_FUZZ_SECONDS: String(seconds) },
    stdio: "inherit",
  },
);
process.exit(result.status ?? 1);
