// `node bench/schedule-program.bench.mjs` (packages/core, after the build): the whole
// `scheduleProgram` path (program -> instance -> model -> HiGHS -> new program), LP-priced and
// (the baseline, same run) without pricing, on the
// generated instances of shared/sched/synthetic, written as Lectern programs. Its objective
// must equal the compact model's (the same overflow optimum): a check that the program path
// reads slots, rooms, speakers, tags and unavailability the way gen.py means them.
import { parseProgram, scheduleProgram } from "../dist/index.js";
import { programOf, readSyntheticFile } from "./synthetic-program.mjs";

// The compact model's proven optima (bench/schedule.bench.mjs on the same files).
const compactOptimum = { small: 143, medium: 242, medium_tight: 3053, large: 10531 };
const names = process.argv.slice(2).length ? process.argv.slice(2) : ["small", "medium"];

for (const name of names) {
  const file = readSyntheticFile(name);
  if (!file) continue;
  const parsed = parseProgram(programOf(file));
  if (!parsed.ok)
    throw new Error(
      parsed.errors
        .slice(0, 3)
        .map((e) => `${e.path}: ${e.message}`)
        .join("\n"),
    );
  // Baseline in the same run: the whole slot model at once, without LP pricing.
  const baseBegan = Date.now();
  const baseline = await scheduleProgram(parsed.program, { timeLimitSeconds: 120, pricing: false });
  const baseWall = (Date.now() - baseBegan) / 1000;
  const began = Date.now();
  const result = await scheduleProgram(parsed.program, { timeLimitSeconds: 120 });
  const wall = (Date.now() - began) / 1000;
  const valid = result.program ? parseProgram(result.program).ok : false;
  console.log(
    `scheduleProgram ${name} ${file.events.length}/${file.rooms.length}/${file.periods.length}: ${result.status}, ` +
      `objective ${result.objective} (compact model's optimum ${compactOptimum[name] ?? "?"}), ${wall.toFixed(2)} s, ` +
      `output ${valid ? "valid" : "INVALID"}; without pricing ${baseline.status}, objective ${baseline.objective}, ` +
      `${baseWall.toFixed(2)} s (priced ${(baseWall / wall).toFixed(1)}x faster)`,
  );
}
