// `npm run bench` (in packages/core): the compact scheduling model solved by HiGHS-wasm on the
// generated instances of shared/sched/synthetic (gen.py; the same files the anchors were
// measured on, so the figures compare), printed beside the anchors of shared/sched/README.md.
// Goals (issue 19): medium 200/20/18 proven optimal in <= 0.5 s; large 600/30/30 in <= 5 s.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { solveSlotInstance } from "../dist/index.js";

const sharedDir = process.env.LECTERN_SHARED_DIR || fileURLToPath(new URL("../../../../shared/", import.meta.url));
const instances = [
  { name: "small", goal: undefined, anchor: "HiGHS-wasm compact ~0.2 s, native CBC 0.15 s, optimum 143" },
  { name: "medium", goal: 0.5, anchor: "HiGHS-wasm compact 0.74 s, native CBC 0.62 s, PuLP+CBC pairwise 161 s" },
  { name: "large", goal: 5, anchor: "HiGHS-wasm compact 11.4 s, native CBC 6.5 s" },
  { name: "medium_tight", goal: undefined, anchor: "HiGHS-wasm compact 4.1 s, native CBC 1.2 s, optimum 3053" },
];

/** gen.py's JSON as the solver's instance: speakers' and tags' talks are the conflict groups. */
function slotInstanceOf(file) {
  return {
    periodCount: file.periods.length,
    roomCapacities: file.rooms.map((room) => room.capacity),
    items: file.events.map((event) => ({ demand: event.demand, unavailablePeriods: event.unavailable_periods })),
    conflictGroups: [...file.speaker_groups, ...Object.values(file.tag_groups)],
  };
}

/** Each MIP as `kept columns: status objective`, e.g. `lp-solution 2104: optimal 143`. */
const describeRounds = (rounds) =>
  rounds.map((round) => `${round.kept} ${round.columns}: ${round.status} ${round.objective}`).join(" -> ");

// HiGHS' wasm is compiled in tiers: a first solve runs on baseline code. One warm-up solve of
// each kind on the small instance, so neither the priced solve nor the baseline pays for it.
const warmUpPath = join(sharedDir, "sched", "synthetic", "small.json");
if (existsSync(warmUpPath)) {
  const warmUp = slotInstanceOf(JSON.parse(readFileSync(warmUpPath, "utf8")));
  await solveSlotInstance(warmUp);
  await solveSlotInstance(warmUp, { pricing: false });
}

for (const { name, goal, anchor } of instances) {
  const path = join(sharedDir, "sched", "synthetic", `${name}.json`);
  if (!existsSync(path)) {
    console.log(`${name}: ${path} not found (set LECTERN_SHARED_DIR); skipped`);
    continue;
  }
  const file = JSON.parse(readFileSync(path, "utf8"));
  const instance = slotInstanceOf(file);
  const solution = await solveSlotInstance(instance, { timeLimitSeconds: 120 });
  // The baseline, in the same run: the whole model as one MIP, without pricing by the LP.
  const whole = await solveSlotInstance(instance, { timeLimitSeconds: 120, pricing: false });
  const size = `${file.events.length}/${file.rooms.length}/${file.periods.length}`;
  const verdict =
    goal === undefined
      ? ""
      : solution.status === "optimal" && solution.seconds <= goal
        ? ` (goal <= ${goal} s: met)`
        : ` (goal <= ${goal} s: not met)`;
  console.log(
    `${name} ${size}: ${solution.status}, objective ${solution.objective}, bound ${solution.bound}, ` +
      `${solution.seconds.toFixed(2)} s, ${solution.rows} rows x ${solution.columns} columns${verdict}; anchors: ${anchor}`,
  );
  console.log(
    `  priced by the LP relaxation (bound ${solution.lpBound.toFixed(2)}), MIPs: ${describeRounds(solution.rounds)}`,
  );
  console.log(
    `  baseline, the whole model as one MIP: ${whole.status}, objective ${whole.objective}, ` +
      `${whole.seconds.toFixed(2)} s; ratio priced / whole ${(solution.seconds / whole.seconds).toFixed(2)}`,
  );
}
