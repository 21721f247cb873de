// `npm run bench` (packages/core), import figures: FOSDEM 2024's schedule.xml (2.1 MB,
// 876 events) through importFrabXml, against a bare parse of the same text with the same
// XML parser, in the same run. Memory: the heap's growth over one import, from a collected
// heap (a synchronous import cannot be sampled from inside; this is growth, not a peak).
import { existsSync, readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { importFrabXml } from "../dist/index.js";

const file = new URL("../../../../shared/data/fosdem-2024.schedule.xml", import.meta.url);
if (!existsSync(file)) {
  console.log("import benchmark skipped: ../shared/data/fosdem-2024.schedule.xml not found");
  process.exit(0);
}
const xml = readFileSync(file, "utf8");
const runs = Number(process.env.BENCH_RUNS ?? 9);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const time = (run) => {
  const times = [];
  for (let index = 0; index < runs + 2; index += 1) {
    const start = performance.now();
    if (!run()) throw new Error("benchmark step failed");
    if (index >= 2) times.push(performance.now() - start);
  }
  return median(times);
};
const bare = time(() => new XMLParser({ ignoreAttributes: false }).parse(xml));
const imported = time(() => importFrabXml(xml).ok);
globalThis.gc?.();
const before = process.memoryUsage().heapUsed;
const result = importFrabXml(xml);
const growth = process.memoryUsage().heapUsed - before;
console.log(`@lectern/core import benchmark: FOSDEM 2024 schedule.xml, ${(xml.length / 1024 / 1024).toFixed(2)} MiB, ${result.ok ? result.program.items.length : "?"} events; median of ${runs} runs`);
console.log(`bare XML parse (fast-xml-parser):  ${bare.toFixed(0)} ms`);
console.log(`importFrabXml (parse, map, check): ${imported.toFixed(0)} ms, ${(imported / bare).toFixed(2)}x the bare parse; heap growth over one import ${(growth / 1024 / 1024).toFixed(1)} MiB (the imported program included)`);
