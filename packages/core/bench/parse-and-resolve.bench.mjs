// `npm run bench` (in packages/core): parse and resolve a generated program of 10,000 items
// over 5 days and 20 rooms, against JSON.parse of the same text measured in the same run.
// Goal (issue 2): parse + resolve under 100 ms on the CI machine kind (2 cores).
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { parseProgram, parseProgramJson, programSchema, resolveSchedule } from "../dist/index.js";
import { generateProgram } from "./generate-program.mjs";

const runs = Number(process.env.BENCH_RUNS ?? 15);
const warmups = 3;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median wall time in ms of `run`, after warm-ups; `prepare` runs untimed before each call. */
function measure(run, prepare = () => undefined) {
  const times = [];
  for (let index = 0; index < warmups + runs; index += 1) {
    const input = prepare();
    const start = performance.now();
    const output = run(input);
    const elapsed = performance.now() - start;
    if (output === undefined) throw new Error("benchmark step returned nothing");
    if (index >= warmups) times.push(elapsed);
  }
  return median(times);
}

const program = generateProgram({ items: 10_000, days: 5, rooms: 20 });
const text = JSON.stringify(program);
const check = parseProgramJson(text);
if (!check.ok)
  throw new Error(
    `generated program is invalid: ${check.errors
      .slice(0, 3)
      .map((error) => `${error.path}: ${error.message}`)
      .join("; ")}`,
  );
const resolved = resolveSchedule(check.program);
if (resolved.items.length !== 10_000) throw new Error(`expected 10000 timed items, resolved ${resolved.items.length}`);

const jsonParse = measure(() => JSON.parse(text));
const parseText = measure(() => parseProgramJson(text));
const parseObject = measure(
  (input) => parseProgram(input),
  () => JSON.parse(text),
);
// resolveSchedule after parseProgram reuses the instants parse computed (same program object).
const resolveAfterParse = measure(
  (parsed) => resolveSchedule(parsed),
  () => parseProgram(JSON.parse(text)).program,
);
const pipeline = measure(() => {
  const parsed = parseProgramJson(text);
  return parsed.ok ? resolveSchedule(parsed.program) : undefined;
});
// zod's own shape check, which both builds run only for a program the generated check
// (program-as-is.generated.ts) is not certain of; the Node build's is the compiled parser.
const shapeRuntime = measure(
  (input) => programSchema.safeParse(input),
  () => JSON.parse(text),
);
// Conflicts are found when a schedule's `conflicts` is first read (lectern check reads them;
// <schedule-grid> never does), so they are timed on their own.
const conflictsOnFirstRead = measure(
  (schedule) => schedule.conflicts.length,
  () => resolveSchedule(parseProgram(JSON.parse(text)).program),
);
const resolveViewerZone = measure(
  (parsed) => resolveSchedule(parsed, { zone: "America/Sao_Paulo" }),
  () => parseProgram(JSON.parse(text)).program,
);

// Both entries share one chunk; the size is all the JavaScript the build emits.
const distDir = new URL("../dist/", import.meta.url);
const bundle = Buffer.concat(
  readdirSync(distDir)
    .filter((name) => name.endsWith(".js"))
    .map((name) => readFileSync(new URL(name, distDir))),
);
const row = (label, ms) =>
  `${label.padEnd(46)} ${ms.toFixed(1).padStart(8)} ms ${(ms / jsonParse).toFixed(1).padStart(7)}x JSON.parse`;
console.log(
  `@lectern/core benchmark: ${resolved.items.length} items, ${resolved.days.length} days, ${program.rooms.length} rooms, ${program.people.length} people, ${(text.length / 1024 / 1024).toFixed(2)} MiB of JSON; median of ${runs} runs`,
);
console.log(`node ${process.version}`);
console.log(row("JSON.parse (baseline)", jsonParse));
console.log(row("parseProgramJson (JSON + validate + times)", parseText));
console.log(row("parseProgram (validate + times, parsed input)", parseObject));
console.log(row("zod's shape check alone (invalid programs only)", shapeRuntime));
console.log(row("resolveSchedule (after parse)", resolveAfterParse));
console.log(row("resolveSchedule in another zone", resolveViewerZone));
console.log(row("conflicts, on first read (after resolve)", conflictsOnFirstRead));
console.log(row("parse + resolve (text to schedule)", pipeline));
console.log(
  `goal: parse + resolve of 10,000 items under 100 ms: ${pipeline < 100 ? "met" : "NOT met"} (${pipeline.toFixed(1)} ms)`,
);
console.log(
  `dist/*.js: ${(bundle.length / 1024).toFixed(1)} KiB, ${(gzipSync(bundle).length / 1024).toFixed(1)} KiB gzipped (zod is a dependency, not bundled)`,
);
