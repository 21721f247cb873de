// Test kit: an independent evaluator of CoSPLib's objectives, written from the library's
// definitions (FORMAT.md section 4), sharing nothing with the scheduling model's rows.
import type { CosplibInstance, CosplibSubmission, CosplibWeightKey } from "../src/import/cosplib/cosplib-instance.js";
import type { CosplibSheet } from "../src/import/cosplib/read-cosplib-sheets.js";

/** Where one submission runs: its session, room and 0-based first slot. */
export interface CosplibPlacement {
  readonly submission: string;
  readonly session: string;
  readonly room: string;
  readonly slot: number;
}

/** Reads the `sol` sheet of a stored solution workbook into placements. */
export function readStoredSolution(instance: CosplibInstance, sheets: readonly CosplibSheet[]): CosplibPlacement[] {
  const sol = sheets.find((s) => s.sheet === "sol");
  if (!sol) throw new Error('solution workbook: no sheet "sol"');
  const rooms = sol.data[0]!.slice(1).map(String);
  const placements = new Map<string, CosplibPlacement>();
  let row = instance.sessions.length + 2;
  for (const session of instance.sessions) {
    for (let slot = 0; slot < session.maxSlots; slot += 1, row += 1) {
      const cells = sol.data[row] ?? [];
      if (String(cells[0]) !== session.id) throw new Error(`sol row ${row + 1}: expected session ${session.id}`);
      rooms.forEach((room, index) => {
        const id = cells[index + 1];
        if (id !== null && id !== undefined && id !== "" && !placements.has(String(id))) {
          placements.set(String(id), { submission: String(id), session: session.id, room, slot });
        }
      });
    }
  }
  return [...placements.values()];
}

const get = (m: Readonly<Record<string, Readonly<Record<string, number>>>>, a: string, b: string): number =>
  m[a]?.[b] ?? 0;

/** The presenter-time-zone penalty of a submission in a session. */
export function zonePenalty(instance: CosplibInstance, submission: CosplibSubmission, sessionId: string): number {
  const session = instance.sessions.find((s) => s.id === sessionId)!;
  const shift = (submission.zoneOffsetHours - instance.zoneOffsetHours) * 60;
  const toMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
  const start = (((toMinutes(session.start) + shift) % 1440) + 1440) % 1440;
  const end = (((toMinutes(session.end) + shift) % 1440) + 1440) % 1440;
  const [lessFrom, lessTo] = instance.lessSuitable;
  const [suitFrom, suitTo] = instance.suitable;
  if (start < lessFrom || end > lessTo || end < lessFrom) return instance.bigZonePenalty;
  if ((lessFrom <= start && start < suitFrom) || (suitTo < end && end <= lessTo)) return instance.smallZonePenalty;
  return 0;
}

function conflicts(
  instance: CosplibInstance,
  attendeeLevel: boolean,
): (a: CosplibSubmission, b: CosplibSubmission) => boolean {
  const chairs = new Map(instance.tracks.map((t) => [t.id, new Set(t.chairs)]));
  const oneWay = (a: CosplibSubmission, b: CosplibSubmission): boolean => {
    const people = attendeeLevel ? a.attendees : a.presenters;
    const other = new Set(attendeeLevel ? [...b.attendees, ...b.presenters] : b.presenters);
    if (people.some((p) => other.has(p))) return true;
    return a.track !== b.track && people.some((p) => chairs.get(b.track)!.has(p));
  };
  return (a, b) => oneWay(a, b) || oneWay(b, a);
}

const pairs = <T>(list: readonly T[], counts: (a: T, b: T) => number): number =>
  list.reduce((sum, a, i) => sum + list.slice(i + 1).reduce((inner, b) => inner + counts(a, b), 0), 0);

/** The raw value of each of the 16 terms, the full (weighted) objective and the exact-model objective. */
export function evaluateCosplib(instance: CosplibInstance, placements: readonly CosplibPlacement[]) {
  const byId = new Map(instance.submissions.map((s) => [s.id, s]));
  const placed = placements.map((p) => ({ ...p, sub: byId.get(p.submission)! }));
  const cellTrack = new Map<string, { session: string; room: string; track: string }>();
  for (const p of placed)
    cellTrack.set(`${p.session}\u0000${p.room}`, { session: p.session, room: p.room, track: p.sub.track });
  const cells = [...cellTrack.values()];
  const sessionIndex = new Map(instance.sessions.map((s, i) => [s.id, i]));
  const roomIndex = new Map(instance.rooms.map((r, i) => [r, i]));
  const presenterClash = conflicts(instance, false);
  const attendeeClash = conflicts(instance, true);
  const sharesChair = (t: string, u: string) => {
    const a = instance.tracks.find((x) => x.id === t)!.chairs;
    const b = new Set(instance.tracks.find((x) => x.id === u)!.chairs);
    return t !== u && a.some((c) => b.has(c));
  };
  const raw = {} as Record<CosplibWeightKey, number>;
  raw.tracksSessions = cells.reduce((s, c) => s + get(instance.tracksSessions, c.track, c.session), 0);
  raw.tracksRooms = cells.reduce((s, c) => s + get(instance.tracksRooms, c.track, c.room), 0);
  raw.sessionsRooms = cells.reduce((s, c) => s + get(instance.sessionsRooms, c.session, c.room), 0);
  const perSession = instance.sessions.map((s) => cells.filter((c) => c.session === s.id));
  raw.similarTracks = perSession.reduce(
    (sum, list) =>
      sum + pairs(list, (a, b) => (a.track !== b.track ? get(instance.similarTracks, a.track, b.track) : 0)),
    0,
  );
  raw.chairsConflicts = perSession.reduce(
    (sum, list) => sum + pairs(list, (a, b) => (sharesChair(a.track, b.track) ? 1 : 0)),
    0,
  );
  raw.numRoomsPerTrack = 0;
  raw.consecutiveTracks = 0;
  raw.parallelTracks = 0;
  for (const track of instance.tracks) {
    const own = cells.filter((c) => c.track === track.id);
    raw.numRoomsPerTrack += Math.max(0, new Set(own.map((c) => c.room)).size - 1);
    const indices = [...new Set(own.map((c) => sessionIndex.get(c.session)!))];
    if (indices.length >= 2 && Math.max(...indices) - Math.min(...indices) + 1 !== indices.length)
      raw.consecutiveTracks += 1;
    for (const list of perSession)
      raw.parallelTracks += Math.max(0, list.filter((c) => c.track === track.id).length - 1);
  }
  const perSlot = (p: (typeof placed)[number], value: number) => value * p.sub.requiredSlots;
  raw.submissionsTimezones = placed.reduce((s, p) => s + perSlot(p, zonePenalty(instance, p.sub, p.session)), 0);
  raw.submissionsSessions = placed.reduce((s, p) => s + perSlot(p, p.sub.sessionPenalty[p.session] ?? 0), 0);
  raw.submissionsRooms = placed.reduce((s, p) => s + perSlot(p, p.sub.roomPenalty[p.room] ?? 0), 0);
  const inSession = instance.sessions.map((s) => placed.filter((p) => p.session === s.id));
  raw.presentersConflicts = inSession.reduce(
    (sum, list) => sum + pairs(list, (a, b) => (a.room !== b.room && presenterClash(a.sub, b.sub) ? 1 : 0)),
    0,
  );
  raw.attendeesConflicts = inSession.reduce(
    (sum, list) => sum + pairs(list, (a, b) => (a.room !== b.room && attendeeClash(a.sub, b.sub) ? 1 : 0)),
    0,
  );
  const slotGroups = instance.sessions.flatMap((s, i) =>
    Array.from({ length: s.maxSlots }, (_, k) =>
      inSession[i]!.filter((p) => p.slot <= k && k < p.slot + p.sub.requiredSlots),
    ),
  );
  raw.presentersConflictsTimeslot = slotGroups.reduce(
    (sum, list) => sum + pairs(list, (a, b) => (presenterClash(a.sub, b.sub) ? 1 : 0)),
    0,
  );
  raw.attendeesConflictsTimeslot = slotGroups.reduce(
    (sum, list) => sum + pairs(list, (a, b) => (attendeeClash(a.sub, b.sub) ? 1 : 0)),
    0,
  );
  raw.submissionsOrder = slotGroups.reduce(
    (sum, list) =>
      sum + pairs(list, (a, b) => (a.sub.track === b.sub.track && a.sub.order !== 0 && b.sub.order !== 0 ? 1 : 0)),
    0,
  );
  for (const track of instance.tracks) {
    const walk = placed
      .filter((p) => p.sub.track === track.id)
      .sort(
        (a, b) =>
          sessionIndex.get(a.session)! - sessionIndex.get(b.session)! ||
          roomIndex.get(a.room)! - roomIndex.get(b.room)! ||
          a.slot - b.slot,
      );
    raw.submissionsOrder += walk.filter((p, position) => p.sub.order !== 0 && p.sub.order !== position + 1).length;
  }
  const w = instance.weights;
  const full = (Object.keys(raw) as CosplibWeightKey[]).reduce((s, k) => s + w[k] * raw[k], 0);
  const once = (p: (typeof placed)[number]) =>
    w.submissionsTimezones * zonePenalty(instance, p.sub, p.session) +
    w.submissionsSessions * (p.sub.sessionPenalty[p.session] ?? 0) +
    w.submissionsRooms * (p.sub.roomPenalty[p.room] ?? 0);
  const exact =
    w.tracksSessions * raw.tracksSessions +
    w.tracksRooms * raw.tracksRooms +
    w.sessionsRooms * raw.sessionsRooms +
    placed.reduce((s, p) => s + once(p), 0);
  return { raw, full, exact };
}
