// The first module lectern.js evaluates: it starts downloading every program the page's
// Lectern elements name in `src` while the rest of the bundle (Lit, the model's schemas, the
// elements) is still being evaluated, and then the worker that will check them off the main
// thread (shared/program-checker.ts), so that it has loaded by the time they arrive. It must
// import nothing heavy, or it would run later: the element table is data only.
import { tagsReadingSrc } from "./element-table.js";
import { createModuleWorker } from "./shared/create-module-worker.js";
import { fetchSourcesEarly } from "./shared/early-fetch.js";
import { startProgramChecker } from "./shared/program-checker.js";
// The bundler builds the worker as a file of its own beside lectern.js and gives its address.
import programCheckWorkerUrl from "./shared/program-check-worker.ts?worker&url";

try {
  if (fetchSourcesEarly(tagsReadingSrc) > 0)
    startProgramChecker(() => createModuleWorker(new URL(programCheckWorkerUrl, import.meta.url)));
} catch (error) {
  // Only a head start: whatever goes wrong here, the elements must still be registered (the
  // rest of lectern.js runs after this module) and fetch their sources themselves.
  console.warn("Lectern could not start fetching the programs early:", error);
}
