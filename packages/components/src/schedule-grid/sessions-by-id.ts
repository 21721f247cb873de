import type { Id, ResolvedSchedule, ResolvedSession } from "@lectern/core";

const maps = new WeakMap<readonly ResolvedSession[], ReadonlyMap<Id, ResolvedSession>>();

/** A schedule's sessions by id, built once per schedule (schedules are never mutated). */
export function sessionsById(schedule: Pick<ResolvedSchedule, "sessions">): ReadonlyMap<Id, ResolvedSession> {
  let map = maps.get(schedule.sessions);
  if (!map) maps.set(schedule.sessions, (map = new Map(schedule.sessions.map((session) => [session.id, session]))));
  return map;
}
