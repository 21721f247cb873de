// `npm run bench` (packages/core), diff figures: diffPrograms of two versions of FOSDEM 2024
// (876 events, read from its schedule.xml), the newer with 100 seeded random changes (moves,
// room changes, retitles, cancellations, removals, speaker changes), against the baseline of
// JSON.parse of both versions' text in the same run. Goal: the diff under 20 ms.
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { diffPrograms, importFrabXml, parseProgram } from "../dist/index.js";
import { findSharedDir } from "../../../scripts/find-shared-dir.mjs";
import { createRandom, pad } from "../../../scripts/seeded-random.mjs";
import { time } from "./median-time.mjs";

const shared = pathToFileURL(`${findSharedDir() ?? "../shared-not-found"}/`);
const fosdemFile = new URL("data/fosdem-2024.schedule.xml", shared);
if (!existsSync(fosdemFile)) {
  console.log("diff benchmark skipped: ../shared (FOSDEM 2024) not found");
  process.exit(0);
}

/** An hour later, for a local date-time or one with an offset whose hour is before 22. */
const laterByAnHour = (text) => text.replace(/T(\d\d)/, (_, hour) => `T${pad(Number(hour) + 1)}`);

/** The program with `count` seeded changes, each to another item. */
function changed(program, count) {
  const random = createRandom(2024);
  const copy = structuredClone(program);
  const rooms = copy.rooms ?? [];
  const removed = new Set();
  const touched = new Set();
  while (touched.size < count) {
    const item = copy.items[Math.floor(random() * copy.items.length)];
    if (touched.has(item.id)) continue;
    touched.add(item.id);
    const kind = Math.floor(random() * 6);
    if (kind === 0 && item.start && Number(item.start.slice(11, 13)) < 22) {
      item.start = laterByAnHour(item.start);
      if (item.end) item.end = laterByAnHour(item.end);
    } else if (kind === 1 && rooms.length > 1) item.room = rooms[Math.floor(random() * rooms.length)].id;
    else if (kind === 2) item.title = `${item.title ?? item.kind} (updated)`;
    else if (kind === 3) item.status = "cancelled";
    else if (kind === 4) removed.add(item.id);
    else item.speakers = (item.speakers ?? []).slice(1);
  }
  copy.items = copy.items.filter((item) => !removed.has(item.id));
  for (const session of copy.sessions ?? []) session.items = session.items.filter((id) => !removed.has(id));
  return copy;
}

const imported = importFrabXml(readFileSync(fosdemFile, "utf8"));
if (!imported.ok) throw new Error("FOSDEM 2024 did not import");
const beforeText = JSON.stringify(imported.program);
const afterText = JSON.stringify(changed(JSON.parse(beforeText), 100));
const [before, after] = [beforeText, afterText].map((text) => {
  const result = parseProgram(JSON.parse(text));
  if (!result.ok) throw new Error(`a benchmark version is invalid: ${result.errors[0]?.message}`);
  return result.program;
});

const reported = diffPrograms(before, after).changes.length;
const parseMs = time(() => JSON.parse(beforeText) && JSON.parse(afterText));
const diffMs = time(() => diffPrograms(before, after));
console.log(
  `diffPrograms, FOSDEM 2024 (${before.items.length} items) and a version with 100 changes (${reported} reported): ` +
    `${diffMs.toFixed(1)} ms (goal < 20 ms); JSON.parse of both versions: ${parseMs.toFixed(1)} ms`,
);
