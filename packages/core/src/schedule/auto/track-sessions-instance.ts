import type { Program } from "../../model/program.js";
import type { ResolvedRuleStrength, RuleName } from "../../model/scheduling-rule-weights.js";
import { costPairOf } from "../../model/scheduling-track-layout.js";
import { utcMs } from "../../time/date-time-text.js";
import { offsetMsAt, toLocalDateTime } from "../../time/zoned-time.js";
import { presentersOf } from "./build-program-instance.js";
import type { TrackSession } from "./track-session.js";
import { readTrackAnchors, type TrackItemAnchors } from "./track-sessions-anchors.js";

export type { TrackSession } from "./track-session.js";

/** An item of the track-sessions layout, by index. */
export interface TrackItem {
  readonly id: string;
  readonly track: number;
  /** Consecutive slots it takes. */
  readonly slots: number;
  /** Wanted place in its track's running order, 1 first; 0 for none. */
  readonly position: number;
  /** Per session: `itemSession` cost; per room: `itemRoom` cost (both per slot). */
  readonly sessionCost: readonly number[];
  readonly roomCost: readonly number[];
  /** Per session: the `presenterHours` penalty on its presenter's clock (per slot). */
  readonly hoursCost: readonly number[];
  /** Where it must stay (`scheduling.fixed`) and where it was published (minimum change). */
  readonly anchors: TrackItemAnchors;
}

/**
 * A program in the track-sessions layout as indexed arrays, the form both the model and
 * the layout work on: sessions in the program's order (adjacent sessions are "consecutive"),
 * rooms, tracks, items, the cost matrices and the pairs that clash.
 */
export interface TrackSessionsInstance {
  readonly sessions: readonly TrackSession[];
  readonly rooms: readonly string[];
  readonly tracks: readonly string[];
  readonly items: readonly TrackItem[];
  /** Item indices of each track, in the program's order. */
  readonly trackItems: readonly (readonly number[])[];
  /** `[track][session]`, `[track][room]`, `[session][room]` costs. */
  readonly trackSession: readonly (readonly number[])[];
  readonly trackRoom: readonly (readonly number[])[];
  readonly sessionRoom: readonly (readonly number[])[];
  /** Pairs of tracks (a < b) with a similar-tracks penalty. */
  readonly similar: readonly { readonly a: number; readonly b: number; readonly penalty: number }[];
  /** Pairs of tracks (a < b) that share a chair. */
  readonly chairPairs: readonly (readonly [number, number])[];
  /** Pairs of items (a < b) whose presenters clash, or one presents where the other's track is chaired by them. */
  readonly presenterPairs: readonly (readonly [number, number])[];
  /** Pairs of items (a < b) one of whose attendees presents, attends or chairs the other. */
  readonly attendeePairs: readonly (readonly [number, number])[];
  readonly rules: Readonly<Record<RuleName, ResolvedRuleStrength>>;
}

const minutesOfDay = (local: { hour: number; minute: number }) => local.hour * 60 + local.minute;

/** The epoch ms of a local `YYYY-MM-DDTHH:MM` in `zone` (the offset probed twice, enough away from a transition); `NaN` without a time. */
function epochOf(local: string, zone: string): number {
  if (local.length < 16) return Number.NaN;
  const wall = utcMs(
    +local.slice(0, 4),
    +local.slice(5, 7),
    +local.slice(8, 10),
    +local.slice(11, 13),
    +local.slice(14, 16),
  );
  return wall - offsetMsAt(zone, wall - offsetMsAt(zone, wall));
}

/** Pairs (a < b) of indices for which `clash` holds. */
function pairsWhere(count: number, clash: (a: number, b: number) => boolean): [number, number][] {
  const pairs: [number, number][] = [];
  for (let a = 0; a < count; a++) for (let b = a + 1; b < count; b++) if (clash(a, b)) pairs.push([a, b]);
  return pairs;
}

/**
 * Reads a program in the track-sessions layout, with `published` (optional) the program as
 * published, to stay close to. Throws an `Error` naming the item when an item has no track
 * (the layout places tracks, so a trackless item has nowhere to go), or is fixed without a place.
 */
export function readTrackSessions(
  program: Program,
  rules: Readonly<Record<RuleName, ResolvedRuleStrength>>,
  published?: Program,
): TrackSessionsInstance {
  const scheduling = program.scheduling ?? {};
  const zone = program.event.timeZone;
  const sessionIds = (program.sessions ?? []).map((session) => session.id);
  const sessionIndex = new Map(sessionIds.map((id, s) => [id, s]));
  const slotLists = sessionIds.map(() => [] as { start: string; minutes: number }[]);
  for (const slot of scheduling.slots ?? [])
    if (slot.session !== undefined && sessionIndex.has(slot.session))
      slotLists[sessionIndex.get(slot.session)!]!.push({ start: slot.start.slice(0, 16), minutes: slot.minutes });
  slotLists.forEach((list) => list.sort((a, b) => a.start.localeCompare(b.start)));
  const sessions = sessionIds.map((id, s) => ({ id, slots: slotLists[s]! }));
  const rooms = (program.rooms ?? []).map((room) => room.id);
  const roomIndex = new Map(rooms.map((id, r) => [id, r]));
  const tracks = (program.tracks ?? []).map((track) => track.id);
  const trackIndex = new Map(tracks.map((id, t) => [id, t]));
  const grid = (rows: number, columns: number) =>
    Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
  const trackSession = grid(tracks.length, sessions.length);
  const trackRoom = grid(tracks.length, rooms.length);
  const sessionRoom = grid(sessions.length, rooms.length);
  const itemIndex = new Map(program.items.map((item, i) => [item.id, i]));
  const itemSession = grid(program.items.length, sessions.length);
  const itemRoom = grid(program.items.length, rooms.length);
  for (const cost of scheduling.costs ?? []) {
    const t = trackIndex.get(cost.track ?? "");
    const s = sessionIndex.get(cost.session ?? "");
    const r = roomIndex.get(cost.room ?? "");
    const i = itemIndex.get(cost.item ?? "");
    const pair = costPairOf(cost);
    // Costs naming an unknown id are left out: parseProgram reports dangling ids itself.
    if (pair === "track+session" && t !== undefined && s !== undefined) trackSession[t]![s]! += cost.penalty;
    if (pair === "track+room" && t !== undefined && r !== undefined) trackRoom[t]![r]! += cost.penalty;
    if (pair === "session+room" && s !== undefined && r !== undefined) sessionRoom[s]![r]! += cost.penalty;
    if (pair === "item+session" && i !== undefined && s !== undefined) itemSession[i]![s]! += cost.penalty;
    if (pair === "item+room" && i !== undefined && r !== undefined) itemRoom[i]![r]! += cost.penalty;
  }
  const slotCount = new Map((scheduling.slotCounts ?? []).map((entry) => [entry.item, entry.slots]));
  const position = new Map((scheduling.positions ?? []).map((entry) => [entry.item, entry.position]));
  const zoneOf = new Map((scheduling.presenterZones ?? []).map((entry) => [entry.item, entry.timeZone]));
  const windows = (scheduling.presenterHours ?? []).map((w) => ({
    from: minutesOfDay({ hour: +w.from.slice(0, 2), minute: +w.from.slice(3, 5) }),
    to: minutesOfDay({ hour: +w.to.slice(0, 2), minute: +w.to.slice(3, 5) }),
    penalty: w.penalty,
  }));
  const sessionTimes = (program.sessions ?? []).map((session) => ({
    start: epochOf(String(session.start ?? ""), zone),
    end: epochOf(String(session.end ?? session.start ?? ""), zone),
  }));
  // A session outside a window on the presenter's clock (dates left out): it starts before
  // the window, ends after it, or ends before it opens (it crossed midnight); the largest
  // penalty of the windows it breaks counts.
  const hoursCostOf = (itemZone: string | undefined) =>
    sessionTimes.map(({ start, end }) => {
      // A session without times (or a zone-less item) breaks no window it can be measured against.
      if (!itemZone || windows.length === 0 || !Number.isFinite(start) || !Number.isFinite(end)) return 0;
      const from = minutesOfDay(toLocalDateTime(start, itemZone));
      const to = minutesOfDay(toLocalDateTime(end, itemZone));
      return Math.max(0, ...windows.filter((w) => from < w.from || to > w.to || to < w.from).map((w) => w.penalty));
    });
  const anchors = readTrackAnchors(program, sessions, rooms, published);
  const items = program.items.map((item, i): TrackItem => {
    const track = trackIndex.get(item.track ?? "");
    if (track === undefined)
      throw new Error(
        `items[${i}] ("${item.id}") has no track: the track-sessions layout places every item with its track`,
      );
    return {
      id: item.id,
      track,
      slots: slotCount.get(item.id) ?? 1,
      position: position.get(item.id) ?? 0,
      sessionCost: itemSession[i]!,
      roomCost: itemRoom[i]!,
      hoursCost: hoursCostOf(zoneOf.get(item.id)),
      anchors: anchors[i]!,
    };
  });
  const trackItems = tracks.map((_, t) => items.flatMap((item, i) => (item.track === t ? [i] : [])));
  const chairsOf = tracks.map(() => new Set<string>());
  for (const entry of scheduling.trackChairs ?? [])
    entry.people.forEach((person) => chairsOf[trackIndex.get(entry.track) ?? -1]?.add(person));
  const presenters = program.items.map((item) => presentersOf(item));
  const attendees = program.items.map(() => new Set<string>());
  for (const entry of scheduling.attendance ?? [])
    entry.items.forEach((id) => attendees[itemIndex.get(id) ?? -1]?.add(entry.person));
  // One direction of a clash: a's people meet b's people, or chair b's (other) track.
  const meets = (people: Iterable<string>, others: (p: string) => boolean, a: number, b: number) => {
    for (const person of people)
      if (others(person) || (items[a]!.track !== items[b]!.track && chairsOf[items[b]!.track]!.has(person)))
        return true;
    return false;
  };
  const presenterClash = (a: number, b: number) => meets(presenters[a]!, (p) => presenters[b]!.includes(p), a, b);
  const attendeeClash = (a: number, b: number) =>
    meets(attendees[a]!, (p) => attendees[b]!.has(p) || presenters[b]!.includes(p), a, b);
  const similarPenalty = new Map<string, number>();
  for (const entry of scheduling.similar ?? []) {
    const [a, b] = entry.tracks.map((id) => trackIndex.get(id) ?? -1).sort((x, y) => x - y);
    if (a! >= 0 && a !== b) similarPenalty.set(`${a} ${b}`, entry.penalty);
  }
  return {
    sessions,
    rooms,
    tracks,
    items,
    trackItems,
    trackSession,
    trackRoom,
    sessionRoom,
    similar: [...similarPenalty].map(([key, penalty]) => {
      const [a, b] = key.split(" ").map(Number);
      return { a: a!, b: b!, penalty };
    }),
    chairPairs: pairsWhere(tracks.length, (a, b) => [...chairsOf[a]!].some((person) => chairsOf[b]!.has(person))),
    presenterPairs: pairsWhere(items.length, (a, b) => presenterClash(a, b) || presenterClash(b, a)),
    attendeePairs: pairsWhere(items.length, (a, b) => attendeeClash(a, b) || attendeeClash(b, a)),
    rules,
  };
}

/**
 * The most sessions a track may take: as many as its slots fill when the smallest sessions
 * are filled first (CoSPLib's MaxS, a hard rule of its model that keeps tracks together).
 */
export function maxSessionsOf(instance: TrackSessionsInstance, track: number): number {
  const needed = instance.trackItems[track]!.reduce((sum, i) => sum + instance.items[i]!.slots, 0);
  const sizes = instance.sessions.map((session) => session.slots.length).sort((a, b) => a - b);
  let count = 0;
  for (let filled = 0; count < sizes.length && filled < needed; count++) filled += sizes[count]!;
  return count;
}
