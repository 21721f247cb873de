// Test kit: CoSPLib's hard rules checked on placements, written from FORMAT.md section 3
// (the library's exact model), sharing nothing with the scheduling model's rows.
import type { CosplibInstance } from "../src/import/cosplib/cosplib-instance.js";
import type { CosplibPlacement } from "./cosplib-objective.js";

/**
 * Every hard rule a placement breaks, in words: each submission once, in a known session and
 * room, within the session's slots; no two submissions of one cell at once; one track per
 * cell; each track in one room and in at most MaxS cells. `presentersHard` adds the exact
 * model's rule that submissions sharing a presenter (or one chairing the other's track) run
 * in different sessions unless they share a room.
 */
export function cosplibHardViolations(
  instance: CosplibInstance,
  placements: readonly CosplibPlacement[],
  presentersHard = false,
): string[] {
  const problems: string[] = [];
  const byId = new Map(instance.submissions.map((s) => [s.id, s]));
  const sessions = new Map(instance.sessions.map((s) => [s.id, s]));
  const seen = new Map<string, number>();
  for (const p of placements) seen.set(p.submission, (seen.get(p.submission) ?? 0) + 1);
  for (const s of instance.submissions)
    if (seen.get(s.id) !== 1) problems.push(`${s.id} is placed ${seen.get(s.id) ?? 0} times`);
  const cellTracks = new Map<string, Set<string>>();
  const busy = new Map<string, string>();
  const roomsOfTrack = new Map<string, Set<string>>();
  const cellsOfTrack = new Map<string, Set<string>>();
  for (const p of placements) {
    const sub = byId.get(p.submission);
    const session = sessions.get(p.session);
    if (!sub || !session || !instance.rooms.includes(p.room)) {
      problems.push(`${p.submission}: unknown submission, session or room`);
      continue;
    }
    if (p.slot < 0 || p.slot + sub.requiredSlots > session.maxSlots)
      problems.push(
        `${p.submission} takes slots ${p.slot}..${p.slot + sub.requiredSlots - 1} of ${p.session}'s ${session.maxSlots}`,
      );
    const cell = `${p.session} ${p.room}`;
    for (let k = p.slot; k < p.slot + sub.requiredSlots; k++) {
      const other = busy.get(`${cell} ${k}`);
      if (other) problems.push(`${p.submission} and ${other} share slot ${k} of ${cell}`);
      busy.set(`${cell} ${k}`, p.submission);
    }
    cellTracks.set(cell, new Set([...(cellTracks.get(cell) ?? []), sub.track]));
    roomsOfTrack.set(sub.track, new Set([...(roomsOfTrack.get(sub.track) ?? []), p.room]));
    cellsOfTrack.set(sub.track, new Set([...(cellsOfTrack.get(sub.track) ?? []), cell]));
  }
  for (const [cell, tracks] of cellTracks)
    if (tracks.size > 1) problems.push(`cell ${cell} holds tracks ${[...tracks].join(", ")}`);
  for (const [track, rooms] of roomsOfTrack)
    if (rooms.size > 1) problems.push(`track ${track} uses rooms ${[...rooms].join(", ")}`);
  const sizes = instance.sessions.map((s) => s.maxSlots).sort((a, b) => a - b);
  for (const track of instance.tracks) {
    const needed = instance.submissions.filter((s) => s.track === track.id).reduce((n, s) => n + s.requiredSlots, 0);
    let maxS = 0;
    for (let filled = 0; maxS < sizes.length && filled < needed; maxS++) filled += sizes[maxS]!;
    const used = cellsOfTrack.get(track.id)?.size ?? 0;
    if (used > maxS) problems.push(`track ${track.id} takes ${used} cells, more than MaxS ${maxS}`);
  }
  if (presentersHard) {
    const chairs = new Map(instance.tracks.map((t) => [t.id, new Set(t.chairs)]));
    const clash = (a: string, b: string) => {
      const [x, y] = [byId.get(a)!, byId.get(b)!];
      const shared = x.presenters.some((p) => y.presenters.includes(p));
      const chairing =
        x.track !== y.track &&
        (x.presenters.some((p) => chairs.get(y.track)!.has(p)) ||
          y.presenters.some((p) => chairs.get(x.track)!.has(p)));
      return shared || chairing;
    };
    placements.forEach((a, i) =>
      placements.slice(i + 1).forEach((b) => {
        if (a.session === b.session && a.room !== b.room && clash(a.submission, b.submission))
          problems.push(`${a.submission} and ${b.submission} share a presenter in ${a.session}, in different rooms`);
      }),
    );
  }
  return problems;
}
