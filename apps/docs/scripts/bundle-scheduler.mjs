// The scheduler page's files, into site/public/scheduler/: core's browser worker API and its
// module worker, each bundled whole (a module Worker cannot resolve the bare "highs"
// specifier: no import map reaches a worker), and HiGHS' wasm beside the worker, where
// highs.mjs looks for it (new URL("highs.wasm", import.meta.url)). lectern.js never sees them.
import { cpSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { buildSync } from "esbuild";

/** Writes scheduler.js, schedule-worker.browser.js and highs.wasm into `targetDir`. */
export function bundleScheduler(coreDir, targetDir) {
  mkdirSync(targetDir, { recursive: true });
  const common = { bundle: true, format: "esm", platform: "browser", target: "es2023", logLevel: "error" };
  buildSync({
    ...common,
    entryPoints: [join(coreDir, "dist", "schedule-in-browser-worker.js")],
    outfile: join(targetDir, "scheduler.js"),
  });
  buildSync({
    ...common,
    entryPoints: [join(coreDir, "dist", "schedule-worker.browser.js")],
    outfile: join(targetDir, "schedule-worker.browser.js"),
    // highs.mjs reaches for Node's modules only when it runs in Node.
    external: ["module", "fs", "path", "url", "worker_threads", "node:*"],
  });
  const highsDir = dirname(createRequire(join(coreDir, "package.json")).resolve("highs"));
  cpSync(join(highsDir, "highs.wasm"), join(targetDir, "highs.wasm"));
}
