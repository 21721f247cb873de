// `node bench/cosplib.bench.mjs [NAME...]` (packages/core, after the build): the three CoSPLib
// conferences (test/fixtures/cosplib, the files of shared/sched/cosplib) converted with
// cosplibToProgram and scheduled by scheduleProgram, printed beside the anchors of
// shared/sched/cosplib/FORMAT.md: the exact-model optimum (terms 1-3, 8, 10, 11 once per
// submission, the library's MILP; its own formulation takes HiGHS-wasm 5.2 s, 243.8 s and
// 154.7 s on this machine) and the best full objective known (all 16 terms).
// Goals (issue 19): the exact optimum proven in <= 10 s, a full objective at or below the best
// known within 60 s. The xlsx reader is a dev dependency, as in the tests. Every schedule is
// checked by the tests' independent evaluator (test/cosplib-objective.ts and
// test/cosplib-hard-rules.ts, bundled here by esbuild): its hard rules, and its full objective
// recomputed from the scheduled program alone, which must equal the one reported.
import { build } from "esbuild";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import readXlsxFile from "read-excel-file/node";
import { cosplibToProgram, readCosplibSheets, scheduleProgram } from "../dist/index.js";

const kitSource = [
  'export { evaluateCosplib } from "./cosplib-objective.ts";',
  'export { cosplibHardViolations } from "./cosplib-hard-rules.ts";',
  'export { placementsOfSchedule } from "./cosplib-schedule-placements.ts";',
].join("\n");
const bundled = await build({
  stdin: { contents: kitSource, resolveDir: fileURLToPath(new URL("../test/", import.meta.url)), loader: "ts" },
  bundle: true,
  write: false,
  format: "esm",
  platform: "node",
  logLevel: "error",
});
const kit = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString("base64")}`);

const anchors = {
  N2OR: { exact: 0, libraryModelSeconds: 5.2, bestFull: 2 },
  GECCO20: { exact: 6110, libraryModelSeconds: 243.8, bestFull: 6298 },
  GECCO21: { exact: 11130, libraryModelSeconds: 154.7, bestFull: 11130 },
};
const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(anchors);
const timeLimitSeconds = Number(process.env.COSPLIB_TIME_LIMIT ?? 60);

const instanceOf = async (name) => {
  const path = fileURLToPath(new URL(`../test/fixtures/cosplib/${name}.xlsx`, import.meta.url));
  return readCosplibSheets(await readXlsxFile(path));
};
// HiGHS' wasm is loaded and compiled on first use: a warm-up solve keeps that out of the figures.
await scheduleProgram(cosplibToProgram(await instanceOf("N2OR"), "N2OR"), { timeLimitSeconds });

for (const name of names) {
  const anchor = anchors[name];
  const instance = await instanceOf(name);
  const program = cosplibToProgram(instance, name);
  // CPU seconds beside wall seconds: the machine is shared, and a busy one stretches the wall figure.
  const cpuBefore = process.cpuUsage();
  const result = await scheduleProgram(program, { timeLimitSeconds });
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const exact = result.stages?.find((stage) => stage.objective === "exact");
  // HiGHS-wasm runs on one thread: its CPU seconds are about what a quiet machine's wall
  // clock would show. The exact stage's share of them is estimated by its share of the wall.
  const exactCpu = exact ? (exact.seconds / result.seconds) * cpuSeconds : Number.NaN;
  const exactLine = exact
    ? `exact model ${exact.value} (${exact.status}, bound ${exact.bound}, ${exact.seconds.toFixed(2)} s, ` +
      `~${exactCpu.toFixed(2)} CPU s, ${exact.rows} rows x ${exact.columns} columns; ${(anchor.libraryModelSeconds / exact.seconds).toFixed(1)}x ` +
      `faster than the library's model's ${anchor.libraryModelSeconds} s; optimum ${anchor.exact}` +
      `${exact.status === "optimal" && exact.value === anchor.exact ? ", met" : ", NOT met"}` +
      `${exact.seconds <= 10 ? ", goal <= 10 s met" : ", goal <= 10 s not met"})`
    : "no exact stage";
  const verdict = result.objective <= anchor.bestFull ? "at or below" : "above";
  const placements = result.program ? kit.placementsOfSchedule(program, result.program) : [];
  const broken = kit.cosplibHardViolations(instance, placements);
  const library = kit.evaluateCosplib(instance, placements).full;
  const check =
    broken.length === 0 && library === result.objective
      ? `independent check: hard rules kept, full objective ${library} recomputed`
      : `INDEPENDENT CHECK FAILED: ${broken.length} hard rules broken (${broken.slice(0, 3).join("; ")}), library's full objective ${library}`;
  console.log(
    `${name} (load average ${loadavg()[0].toFixed(1)}): ${exactLine}; full objective ${result.objective} (${result.status}, bound ${result.bound}, ` +
      `${result.seconds.toFixed(2)} s in all, ${cpuSeconds.toFixed(2)} CPU s), ${verdict} the best known ${anchor.bestFull}; ${check}`,
  );
  // The full objective weighs presenters' clashes (GECCO21: 1 each), which the library's exact
  // model, and so its best known schedules, keep hard. The same solve with that rule hard:
  const hardRules = { ...program.scheduling.rules, presenterSession: { hard: true } };
  const strict = await scheduleProgram(
    { ...program, scheduling: { ...program.scheduling, rules: hardRules } },
    { timeLimitSeconds },
  );
  const strictPlacements = strict.program ? kit.placementsOfSchedule(program, strict.program) : [];
  const strictBroken = kit.cosplibHardViolations(instance, strictPlacements, true);
  console.log(
    `${name} with presenters' clashes hard: full objective ${strict.objective} (${strict.status}, bound ${strict.bound}, ` +
      `${strict.seconds.toFixed(2)} s), ${strict.objective <= anchor.bestFull ? "at or below" : "above"} the best known ` +
      `${anchor.bestFull}; ${strictBroken.length === 0 ? "presenters' rule kept" : `PRESENTERS' RULE BROKEN ${strictBroken.length} times`}`,
  );
}
