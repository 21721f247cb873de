// `node bench/branching.bench.mjs [NAME...]` (packages/core, after the build; small and medium by
// default, `large` on request): branch and bound, HiGHS-wasm against native CBC (Debian's
// coinor-cbc) on the same model. Every instance of shared/sched/synthetic is solved at the root
// node with the total-overflow objective, so that figure measures model size, not branching;
// here the compact model (buildCompactModel, its columns and rows unchanged) gets min-max
// objectives instead: one more column z and a row "total of group g <= z" per group, for the
// largest overflow of a period, of a talk, and the largest audience of a period (in blocks of 50
// seats). Their LP relaxations spread talks fractionally, so a proof needs cuts or branching;
// the nodes each solver used are printed. BRANCHING_MEASURE picks one measure,
// BRANCHING_TIME_LIMIT (s, default 120) bounds each solve. Both solvers get the same arrays:
// HiGHS by passModel (as run-highs.ts passes them), CBC as an MPS file written from them; CBC's
// time is its process's wall clock, reading the file included. Goal (issue 19): HiGHS-wasm
// within 2x native CBC. Without `cbc` on the PATH, the CBC runs are skipped with a line saying so.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import highsLoader from "highs";
import { buildCompactModel } from "../dist/index.js";

const sharedDir = process.env.LECTERN_SHARED_DIR || fileURLToPath(new URL("../../../../shared/", import.meta.url));
const names = process.argv.slice(2).length ? process.argv.slice(2) : ["small", "medium"];
const timeLimitSeconds = Number(process.env.BRANCHING_TIME_LIMIT ?? 120);
const goalRatio = 2;

/** gen.py's JSON as the solver's instance: speakers' and tags' talks are the conflict groups. */
function slotInstanceOf(file) {
  return {
    periodCount: file.periods.length,
    roomCapacities: file.rooms.map((room) => room.capacity),
    items: file.events.map((event) => ({ demand: event.demand, unavailablePeriods: event.unavailable_periods })),
    conflictGroups: [...file.speaker_groups, ...Object.values(file.tag_groups)],
  };
}

/**
 * The min-max measures: which row of z each x column counts in (its group) and by how much.
 * Each group g gets the row `Σ weight · x - z <= 0`, so z is the largest group total.
 */
const measures = {
  "period overflow": { groups: (instance) => instance.periodCount, of: (m, j) => [m.columnPeriod[j], m.colCost[j]] },
  "talk overflow": { groups: (instance) => instance.items.length, of: (m, j) => [m.columnItem[j], m.colCost[j]] },
  // Each talk's audience in blocks of 50 seats: balancing the periods' audiences is a packing
  // problem; exact audiences (or tens) leave both solvers short of a proof within 120 s.
  "period audience in fifties": {
    groups: (instance) => instance.periodCount,
    of: (m, j, instance) => [m.columnPeriod[j], Math.round(instance.items[m.columnItem[j]].demand / 50)],
  },
};

/**
 * The compact model with a min-max objective, as plain CSC arrays with column bounds and
 * integrality: the x columns keep their rows and lose their cost, which moves into one row per
 * group of the measure; z is the last column, continuous, cost 1.
 */
function minMaxModelOf(instance, measure) {
  const compact = buildCompactModel(instance);
  const { numCols, numRows } = compact;
  const groupCount = measure.groups(instance);
  const z = numCols;
  const starts = [];
  const indices = [];
  const values = [];
  for (let column = 0; column < numCols; column++) {
    starts.push(indices.length);
    for (let k = compact.starts[column]; k < compact.starts[column + 1]; k++) {
      indices.push(compact.indices[k]);
      values.push(compact.values[k]);
    }
    const [group, weight] = measure.of(compact, column, instance);
    // The group rows come after all of the compact model's rows, so indices stay ascending.
    if (weight > 0) {
      indices.push(numRows + group);
      values.push(weight);
    }
  }
  starts.push(indices.length);
  for (let group = 0; group < groupCount; group++) {
    indices.push(numRows + group);
    values.push(-1);
  }
  starts.push(indices.length);
  const rowLower = [...compact.rowLower, ...Array(groupCount).fill(-Infinity)];
  const rowUpper = [...compact.rowUpper, ...Array(groupCount).fill(0)];
  const colCost = new Float64Array(numCols + 1);
  colCost[z] = 1;
  const colUpper = new Float64Array(numCols + 1).fill(1);
  colUpper[z] = Infinity;
  const integrality = new Int32Array(numCols + 1).fill(1);
  integrality[z] = 0;
  return {
    numCols: numCols + 1,
    numRows: numRows + groupCount,
    colCost,
    colLower: new Float64Array(numCols + 1),
    colUpper,
    rowLower: Float64Array.from(rowLower),
    rowUpper: Float64Array.from(rowUpper),
    starts: Int32Array.from(starts),
    indices: Int32Array.from(indices),
    values: Float64Array.from(values),
    integrality,
  };
}

/** Solves the model with HiGHS-wasm to a proven optimum (mip_rel_gap 0, as run-highs.ts). */
function solveWithHighs(highs, model) {
  const open = (bound) => (bound === -Infinity ? -highs.infinity : bound === Infinity ? highs.infinity : bound);
  return highs.withModel((solver) => {
    solver.options.set({ output_flag: false, mip_rel_gap: 0, time_limit: timeLimitSeconds });
    const began = performance.now();
    const { numCols, numRows, starts, indices, values } = model;
    solver.passModel({
      numCols,
      numRows,
      colCost: model.colCost,
      colLower: model.colLower,
      colUpper: model.colUpper.map(open),
      rowLower: model.rowLower.map(open),
      rowUpper: model.rowUpper.map(open),
      matrix: { format: "csc", numRows, numCols, starts, indices, values },
      integrality: model.integrality,
    });
    const { modelStatus } = solver.run();
    const seconds = (performance.now() - began) / 1000;
    return {
      status: modelStatus === 7 ? "optimal" : `model status ${modelStatus}`,
      objective: solver.getObjectiveValue(),
      bound: Number(solver.info.get("mip_dual_bound")),
      nodes: Number(solver.info.get("mip_node_count")),
      seconds,
    };
  });
}

/**
 * One fixed-format MPS line: fields at columns 2, 5, 15, 25, 40 and 50. CBC reads the BOUNDS
 * section of a free-format file as fixed, so the whole file is fixed (names of <= 8 characters).
 */
const fieldStarts = [1, 4, 14, 24, 39, 49];
const card = (...fields) => fields.reduce((line, field, at) => line.padEnd(fieldStarts[at]) + field, "").trimEnd();

/** The model as fixed-format MPS: columns `x<j>`, rows `r<i>`, integer columns between markers. */
function mpsOf(model) {
  const lines = ["NAME          BRANCH", "ROWS", card("N", "obj")];
  for (let row = 0; row < model.numRows; row++) {
    const [lower, upper] = [model.rowLower[row], model.rowUpper[row]];
    const kind = lower === upper ? "E" : upper === Infinity ? "G" : "L";
    lines.push(card(kind, `r${row}`));
  }
  lines.push("COLUMNS");
  let inIntegers = false;
  for (let column = 0; column < model.numCols; column++) {
    const integer = model.integrality[column] === 1;
    if (integer !== inIntegers) lines.push(card("", `M${column}`, "'MARKER'", "", integer ? "'INTORG'" : "'INTEND'"));
    inIntegers = integer;
    if (model.colCost[column] !== 0) lines.push(card("", `x${column}`, "obj", String(model.colCost[column])));
    for (let k = model.starts[column]; k < model.starts[column + 1]; k++)
      lines.push(card("", `x${column}`, `r${model.indices[k]}`, String(model.values[k])));
  }
  if (inIntegers) lines.push(card("", `M${model.numCols}`, "'MARKER'", "", "'INTEND'"));
  lines.push("RHS");
  const ranges = [];
  for (let row = 0; row < model.numRows; row++) {
    const [lower, upper] = [model.rowLower[row], model.rowUpper[row]];
    const rhs = upper === Infinity ? lower : upper;
    if (rhs !== 0) lines.push(card("", "rhs", `r${row}`, String(rhs)));
    if (lower !== -Infinity && upper !== Infinity && lower !== upper)
      ranges.push(card("", "rng", `r${row}`, String(upper - lower)));
  }
  if (ranges.length) lines.push("RANGES", ...ranges);
  lines.push("BOUNDS");
  for (let column = 0; column < model.numCols; column++) {
    const [lower, upper] = [model.colLower[column], model.colUpper[column]];
    // UP 1 on an integer column (lower 0 by default) makes it binary.
    if (lower !== 0) lines.push(card("LO", "bnd", `x${column}`, String(lower)));
    if (upper !== Infinity) lines.push(card("UP", "bnd", `x${column}`, String(upper)));
  }
  lines.push("ENDATA", "");
  return lines.join("\n");
}

/** Runs native CBC on the MPS file; its objective, nodes and wall-clock seconds from its log. */
function solveWithCbc(model) {
  const dir = mkdtempSync(join(tmpdir(), "lectern-branching-"));
  try {
    const mpsPath = join(dir, "model.mps");
    writeFileSync(mpsPath, mpsOf(model));
    const began = performance.now();
    const run = spawnSync("cbc", [mpsPath, "sec", String(timeLimitSeconds), "ratio", "0", "solve"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = (performance.now() - began) / 1000;
    const log = run.stdout ?? "";
    if (process.env.BRANCHING_CBC_LOG) writeFileSync(process.env.BRANCHING_CBC_LOG, log + (run.stderr ?? ""));
    const figure = (label) => Number(log.match(new RegExp(`${label}:\\s+(-?[\\d.e+]+)`))?.[1] ?? Number.NaN);
    const result = log.match(/Result - (.*)/)?.[1] ?? `no result (exit ${run.status})`;
    return {
      status: /Optimal solution found/.test(result) ? "optimal" : result,
      objective: figure("Objective value"),
      nodes: figure("Enumerated nodes"),
      seconds,
      cbcWallSeconds: figure("Time \\(Wallclock seconds\\)"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function cbcAvailable() {
  try {
    execFileSync("cbc", ["-quit"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const measureNames = process.env.BRANCHING_MEASURE ? [process.env.BRANCHING_MEASURE] : Object.keys(measures);
for (const measureName of measureNames)
  if (!measures[measureName])
    throw new Error(`BRANCHING_MEASURE: "${measureName}" is none of ${Object.keys(measures).join(", ")}`);
const hasCbc = cbcAvailable();
if (!hasCbc) console.log("branching: native CBC (`cbc`, Debian's coinor-cbc) is not installed; CBC runs skipped");
const highs = await highsLoader();
// HiGHS' wasm is compiled in tiers: one warm-up solve, so the first timed solve does not pay for it.
const warmUpPath = join(sharedDir, "sched", "synthetic", "small.json");
if (existsSync(warmUpPath))
  solveWithHighs(
    highs,
    minMaxModelOf(slotInstanceOf(JSON.parse(readFileSync(warmUpPath, "utf8"))), measures[measureNames[0]]),
  );

for (const name of names) {
  const path = join(sharedDir, "sched", "synthetic", `${name}.json`);
  if (!existsSync(path)) {
    console.log(`branching ${name}: ${path} not found (set LECTERN_SHARED_DIR); skipped`);
    continue;
  }
  const file = JSON.parse(readFileSync(path, "utf8"));
  const size = `${file.events.length}/${file.rooms.length}/${file.periods.length}`;
  for (const measureName of measureNames) {
    const model = minMaxModelOf(slotInstanceOf(file), measures[measureName]);
    const own = solveWithHighs(highs, model);
    console.log(
      `branching ${name} ${size} (min-max ${measureName}, ${model.numRows} rows x ${model.numCols} columns): ` +
        `HiGHS-wasm ${own.status}, objective ${own.objective}, bound ${own.bound}, ${own.nodes} nodes, ${own.seconds.toFixed(2)} s`,
    );
    if (!hasCbc) continue;
    const cbc = solveWithCbc(model);
    const bothOptimal = own.status === "optimal" && cbc.status === "optimal";
    const agree = !bothOptimal
      ? "not both proven optimal"
      : Math.abs(own.objective - cbc.objective) < 1e-6
        ? "objectives equal"
        : "OBJECTIVES DIFFER";
    const ratio = own.seconds / cbc.seconds;
    // A proof by HiGHS where CBC stopped unproven still meets the goal: CBC's time is then a
    // lower bound on its own proof, so the true ratio is at most the printed one.
    const met = own.status === "optimal" && ratio <= goalRatio && agree !== "OBJECTIVES DIFFER";
    const note = own.status === "optimal" && cbc.status !== "optimal" ? ", at most: CBC gave no proof" : "";
    console.log(
      `  native CBC ${cbc.status}, objective ${cbc.objective}, ${cbc.nodes} nodes, ${cbc.seconds.toFixed(2)} s ` +
        `(its own wall clock ${cbc.cbcWallSeconds} s); ${agree}; ratio HiGHS-wasm / CBC ${ratio.toFixed(2)} ` +
        `(goal <= ${goalRatio}${note}: ${met ? "met" : "not met"})`,
    );
  }
}
