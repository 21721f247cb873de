// `node bench/schedule-program.bench.mjs` (packages/core, after the build): the whole
// `scheduleProgram` path (program -> instance -> model -> HiGHS -> new program) on the
// generated instances of shared/sched/synthetic, written as Lectern programs. Its objective
// must equal the compact model's (the same overflow optimum): a check that the program path
// reads slots, rooms, speakers, tags and unavailability the way gen.py means them.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseProgram, scheduleProgram } from "../dist/index.js";

const sharedDir = process.env.LECTERN_SHARED_DIR || fileURLToPath(new URL("../../../../shared/", import.meta.url));
// The compact model's proven optima (bench/schedule.bench.mjs on the same files).
const compactOptimum = { small: 143, medium: 242, medium_tight: 3053, large: 10531 };
const names = process.argv.slice(2).length ? process.argv.slice(2) : ["small", "medium"];

const addMinutes = (local, minutes) => {
  const ms = Date.parse(`${local}:00Z`) + minutes * 60_000;
  return new Date(ms).toISOString().slice(0, 16);
};

/** gen.py's JSON as a program: each period a slot in every room; tags apart; unavailability on a per-item person. */
function programOf(file) {
  const speakers = [...new Set(file.events.map((event) => event.speaker))];
  const window = (period) => ({ start: period.starts_at, end: addMinutes(period.starts_at, period.duration) });
  return {
    event: {
      title: file.name,
      kind: "conference",
      startDate: file.periods[0].starts_at.slice(0, 10),
      timeZone: "Europe/London",
      endDate: file.periods.at(-1).starts_at.slice(0, 10),
    },
    people: [
      ...speakers.map((id) => ({ id, name: id })),
      ...file.events.map((event) => ({ id: `away-${event.index}`, name: `Away ${event.index}` })),
    ],
    rooms: file.rooms.map((room) => ({ id: room.name, name: room.name, capacity: room.capacity })),
    items: file.events.map((event) => ({
      id: event.name,
      kind: "contributed-talk",
      title: event.name,
      duration: event.duration,
      speakers: [event.speaker],
      ...(event.unavailable_periods.length ? { authors: [{ person: `away-${event.index}` }] } : {}),
      ...(event.tags.length ? { tags: event.tags.map((label) => ({ label })) } : {}),
    })),
    scheduling: {
      slots: file.periods.map((period) => ({ start: period.starts_at, minutes: period.duration })),
      audience: file.events.map((event) => ({ item: event.name, people: event.demand })),
      availability: file.events
        .filter((event) => event.unavailable_periods.length)
        .map((event) => ({
          person: `away-${event.index}`,
          unavailable: event.unavailable_periods.map((p) => window(file.periods[p])),
        })),
      apart: Object.keys(file.tag_groups).map((label) => ({ tags: [label] })),
    },
  };
}

for (const name of names) {
  const path = join(sharedDir, "sched", "synthetic", `${name}.json`);
  if (!existsSync(path)) {
    console.log(`${name}: ${path} not found (set LECTERN_SHARED_DIR); skipped`);
    continue;
  }
  const file = JSON.parse(readFileSync(path, "utf8"));
  const parsed = parseProgram(programOf(file));
  if (!parsed.ok)
    throw new Error(
      parsed.errors
        .slice(0, 3)
        .map((e) => `${e.path}: ${e.message}`)
        .join("\n"),
    );
  const began = Date.now();
  const result = await scheduleProgram(parsed.program, { timeLimitSeconds: 120 });
  const wall = (Date.now() - began) / 1000;
  const valid = result.program ? parseProgram(result.program).ok : false;
  console.log(
    `scheduleProgram ${name} ${file.events.length}/${file.rooms.length}/${file.periods.length}: ${result.status}, ` +
      `objective ${result.objective} (compact model's optimum ${compactOptimum[name] ?? "?"}), ${wall.toFixed(2)} s, ` +
      `output ${valid ? "valid" : "INVALID"}`,
  );
}
