import { resolveSchedule, type Program, type ResolvedSchedule } from "@lectern/core";

// Programs are never mutated, so a resolved schedule can be shared by every element showing
// the same program in the same zone (the grid and the cards it opens).
const cache = new WeakMap<Program, Map<string, ResolvedSchedule>>();

/** `resolveSchedule(program, { zone })`, remembered per program and zone. */
export function scheduleOf(program: Program, zone: string = program.event.timeZone): ResolvedSchedule {
  let byZone = cache.get(program);
  if (!byZone) cache.set(program, (byZone = new Map()));
  let schedule = byZone.get(zone);
  if (!schedule) byZone.set(zone, (schedule = resolveSchedule(program, { zone })));
  return schedule;
}
