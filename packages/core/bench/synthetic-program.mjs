// What the scheduling benchmarks share: a generated instance of shared/sched/synthetic (gen.py's
// JSON) written as a Lectern program, and where those files are.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** shared/ (LECTERN_SHARED_DIR, else the folder beside the repository). */
export const sharedDir =
  process.env.LECTERN_SHARED_DIR || fileURLToPath(new URL("../../../../shared/", import.meta.url));

/** The parsed `sched/synthetic/NAME.json`, or undefined (with a line saying so) when it is not there. */
export function readSyntheticFile(name) {
  const path = join(sharedDir, "sched", "synthetic", `${name}.json`);
  if (existsSync(path)) return JSON.parse(readFileSync(path, "utf8"));
  console.log(`${name}: ${path} not found (set LECTERN_SHARED_DIR); skipped`);
  return undefined;
}

const addMinutes = (local, minutes) => {
  const ms = Date.parse(`${local}:00Z`) + minutes * 60_000;
  return new Date(ms).toISOString().slice(0, 16);
};

/** gen.py's JSON as a program: each period a slot in every room; tags apart; unavailability on a per-item person. */
export function programOf(file) {
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

/** gen.py's JSON as the slot solver's instance: speakers' and tags' talks are the conflict groups (as bench/schedule.bench.mjs reads it). */
export function slotInstanceOf(file) {
  return {
    periodCount: file.periods.length,
    roomCapacities: file.rooms.map((room) => room.capacity),
    items: file.events.map((event) => ({ demand: event.demand, unavailablePeriods: event.unavailable_periods })),
    conflictGroups: [...file.speaker_groups, ...Object.values(file.tag_groups)],
  };
}
