// Runs turbo with its telemetry off (it is on by default, prints a banner and looks up a host
// on every run) for the root scripts, portably (no shell-specific `VAR=1 cmd`).
import { spawnSync } from "node:child_process";

const result = spawnSync("npx", ["turbo", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
});
process.exit(result.status ?? 1);
