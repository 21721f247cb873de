// `npm run bench` (packages/core), import figures, each against a bare parse of the same
// text with the same parser in the same run: FOSDEM 2024's schedule.xml (2.1 MB, 876 events)
// through importFrabXml, and a synthetic c3voc schedule.json ten times the size of the CCC
// camp 2019 export through importC3vocJson. Memory: the heap's growth over one import, from
// a collected heap (a synchronous import cannot be sampled from inside; growth, not a peak).
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { XMLParser } from "fast-xml-parser";
import { importC3vocJson, importFrabXml } from "../dist/index.js";
import { findSharedDir } from "../../../scripts/find-shared-dir.mjs";
import { runs, time } from "./median-time.mjs";

const shared = pathToFileURL(`${findSharedDir() ?? "../shared-not-found"}/`);
const fosdemFile = new URL("data/fosdem-2024.schedule.xml", shared);
const campFile = new URL("interop/c3voc/frab-camp2019.json", shared);
if (!existsSync(fosdemFile) || !existsSync(campFile)) {
  console.log("import benchmark skipped: ../shared (FOSDEM 2024 and the c3voc exports) not found");
  process.exit(0);
}
const growth = (run) => {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const result = run();
  const grown = process.memoryUsage().heapUsed - before;
  if (!result) throw new Error("import failed");
  return grown;
};
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** camp2019 ten times over: every event copied with a new id, guid and slug, a week apart. */
function tenTimesCamp() {
  const camp = JSON.parse(readFileSync(campFile, "utf8"));
  const days = camp.schedule.conference.days;
  const copies = [];
  for (let copy = 0; copy < 10; copy += 1) {
    for (const day of days) {
      const rooms = {};
      for (const [room, events] of Object.entries(day.rooms)) {
        rooms[`${room} ${copy + 1}`] = events.map((event) => ({
          ...event,
          id: event.id * 100 + copy,
          guid: `${event.guid.slice(0, 24)}${String(copy).padStart(12, "0")}`,
          slug: `${event.slug}-${copy}`,
          room: `${room} ${copy + 1}`,
        }));
      }
      copies.push({ ...day, index: copies.length + 1, rooms });
    }
  }
  camp.schedule.conference.days = copies;
  return JSON.stringify(camp);
}

const xml = readFileSync(fosdemFile, "utf8");
const bareXml = time(() => new XMLParser({ ignoreAttributes: false }).parse(xml));
const frab = time(() => importFrabXml(xml).ok);
const frabGrowth = growth(() => importFrabXml(xml).ok);
const c3voc = tenTimesCamp();
const bareJson = time(() => JSON.parse(c3voc));
const imported = importC3vocJson(c3voc);
const c3vocTime = time(() => importC3vocJson(c3voc).ok);
const c3vocGrowth = growth(() => importC3vocJson(c3voc).ok);
console.log(`@lectern/core import benchmark: median of ${runs} runs`);
console.log(
  `FOSDEM 2024 schedule.xml (${mib(xml.length)}, 876 events): bare XML parse ${bareXml.toFixed(0)} ms; importFrabXml ${frab.toFixed(0)} ms, ${(frab / bareXml).toFixed(2)}x; heap growth ${mib(frabGrowth)}`,
);
console.log(
  `synthetic c3voc, 10x camp2019 (${mib(c3voc.length)}, ${imported.ok ? imported.program.items.length : "?"} events): bare JSON.parse ${bareJson.toFixed(1)} ms; importC3vocJson ${c3vocTime.toFixed(0)} ms, ${(c3vocTime / bareJson).toFixed(1)}x; heap growth ${mib(c3vocGrowth)}`,
);
