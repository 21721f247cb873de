import { ruleNames, type RuleName } from "../../model/scheduling-rule-weights.js";
import type { TrackSessionsInstance } from "./track-sessions-instance.js";
import type { TrackPlacement } from "./track-sessions-layout.js";

/** The rules that weigh the track-sessions layout, in the order the library lists its 16 terms. */
export const trackSessionsRules = [
  "trackSession",
  "trackRoom",
  "sessionRoom",
  "similarTracks",
  "trackRooms",
  "parallelTrack",
  "trackGaps",
  "presenterHours",
  "position",
  "itemSession",
  "itemRoom",
  "presenterSession",
  "attendeeSession",
  "chairSession",
  "presenterClash",
  "attendeeClash",
] as const satisfies readonly RuleName[];

/**
 * A schedule's penalties: each rule's raw count and its weighted penalty, and their weighted
 * total (the 16 rules of the layout, and `moved` against a published program).
 */
export interface TrackSessionsScore {
  readonly raw: Readonly<Record<RuleName, number>>;
  readonly weighted: Readonly<Record<RuleName, number>>;
  readonly total: number;
  /** CoSPLib's exact-model objective: placement costs, each item's costs counted once. */
  readonly exact: number;
  /** The rules marked hard that the placements break (of those the solver keeps hard). */
  readonly broken: readonly RuleName[];
}

/** The rules a hard mark makes the track-sessions solver keep (the placement costs it only weighs). */
const keptHard: readonly RuleName[] = [
  "similarTracks",
  "trackRooms",
  "parallelTrack",
  "trackGaps",
  "position",
  "presenterSession",
  "attendeeSession",
  "chairSession",
  "presenterClash",
  "attendeeClash",
  "moved",
];

const pairCount = <T>(list: readonly T[], counts: (a: T, b: T) => number) => {
  let sum = 0;
  for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) sum += counts(list[a]!, list[b]!);
  return sum;
};

/**
 * Scores placements on every rule of the layout from the placements alone (no model column),
 * without assuming the model's structure: a track may take several rooms or cells here.
 */
export function scoreTrackSessions(
  instance: TrackSessionsInstance,
  placements: readonly TrackPlacement[],
): TrackSessionsScore {
  const { items, rules, sessions } = instance;
  const raw = Object.fromEntries(ruleNames.map((name) => [name, 0])) as Record<RuleName, number>;
  const cellKey = (p: TrackPlacement) => p.session * instance.rooms.length + p.room;
  const cells = new Map<number, { session: number; room: number; track: number }>();
  for (const p of placements) cells.set(cellKey(p), { session: p.session, room: p.room, track: items[p.item]!.track });
  const cellList = [...cells.values()];
  for (const c of cellList) {
    raw.trackSession += instance.trackSession[c.track]![c.session]!;
    raw.trackRoom += instance.trackRoom[c.track]![c.room]!;
    raw.sessionRoom += instance.sessionRoom[c.session]![c.room]!;
  }
  const similar = new Map(instance.similar.map(({ a, b, penalty }) => [a * instance.tracks.length + b, penalty]));
  const chairs = new Set(instance.chairPairs.map(([a, b]) => a * instance.tracks.length + b));
  const trackPair = (a: number, b: number) => Math.min(a, b) * instance.tracks.length + Math.max(a, b);
  const cellsIn = sessions.map((_, s) => cellList.filter((c) => c.session === s));
  for (const list of cellsIn) {
    raw.similarTracks += pairCount(list, (a, b) =>
      a.track !== b.track ? (similar.get(trackPair(a.track, b.track)) ?? 0) : 0,
    );
    raw.chairSession += pairCount(list, (a, b) =>
      a.track !== b.track && chairs.has(trackPair(a.track, b.track)) ? 1 : 0,
    );
  }
  instance.tracks.forEach((_, t) => {
    const own = cellList.filter((c) => c.track === t);
    raw.trackRooms += Math.max(0, new Set(own.map((c) => c.room)).size - 1);
    const used = [...new Set(own.map((c) => c.session))];
    if (used.length >= 2 && Math.max(...used) - Math.min(...used) + 1 !== used.length) raw.trackGaps += 1;
    for (const list of cellsIn) raw.parallelTrack += Math.max(0, list.filter((c) => c.track === t).length - 1);
  });
  let exactCosts = 0;
  const weightOf = (name: RuleName) => (rules[name].hard ? 0 : rules[name].weight);
  for (const p of placements) {
    const item = items[p.item]!;
    raw.presenterHours += item.hoursCost[p.session]! * item.slots;
    raw.itemSession += item.sessionCost[p.session]! * item.slots;
    raw.itemRoom += item.roomCost[p.room]! * item.slots;
    exactCosts +=
      weightOf("presenterHours") * item.hoursCost[p.session]! +
      weightOf("itemSession") * item.sessionCost[p.session]! +
      weightOf("itemRoom") * item.roomCost[p.room]!;
  }
  const byItem = new Map(placements.map((p) => [p.item, p]));
  const clashCounts = (pairs: readonly (readonly [number, number])[]) => {
    let session = 0;
    let slot = 0;
    for (const [a, b] of pairs) {
      const pa = byItem.get(a);
      const pb = byItem.get(b);
      if (!pa || !pb || pa.session !== pb.session) continue;
      if (pa.room !== pb.room) session += 1;
      // Time-slot level: each slot of the session both take.
      const from = Math.max(pa.slot, pb.slot);
      const to = Math.min(pa.slot + items[a]!.slots, pb.slot + items[b]!.slots);
      slot += Math.max(0, to - from);
    }
    return { session, slot };
  };
  const presenters = clashCounts(instance.presenterPairs);
  const attendees = clashCounts(instance.attendeePairs);
  raw.presenterSession = presenters.session;
  raw.presenterClash = presenters.slot;
  raw.attendeeSession = attendees.session;
  raw.attendeeClash = attendees.slot;
  // Positions: two items of a track with wanted places in one slot, and each item off its
  // place in its track's walk by session, room, slot.
  const ordered = placements.filter((p) => items[p.item]!.position > 0);
  raw.position += pairCount(ordered, (a, b) => {
    if (a.session !== b.session || items[a.item]!.track !== items[b.item]!.track) return 0;
    const from = Math.max(a.slot, b.slot);
    return Math.max(0, Math.min(a.slot + items[a.item]!.slots, b.slot + items[b.item]!.slots) - from);
  });
  for (const own of instance.trackItems) {
    const walk = own
      .flatMap((i) => (byItem.has(i) ? [byItem.get(i)!] : []))
      .sort((a, b) => a.session - b.session || a.room - b.room || a.slot - b.slot);
    walk.forEach((p, k) => {
      const wanted = items[p.item]!.position;
      if (wanted !== 0 && wanted !== k + 1) raw.position += 1;
    });
  }
  // Minimum change: each item away from its published session, room or slot.
  for (const p of placements) {
    const was = items[p.item]!.anchors.published;
    if (was && (was.session !== p.session || was.room !== p.room || was.slot !== p.slot)) raw.moved += 1;
  }
  const weighted = Object.fromEntries(ruleNames.map((name) => [name, weightOf(name) * raw[name]])) as Record<
    RuleName,
    number
  >;
  // The library's 16 terms, and the moves when a published program is given (0 otherwise).
  const total = trackSessionsRules.reduce((sum, name) => sum + weighted[name], weighted.moved);
  const exact = weighted.trackSession + weighted.trackRoom + weighted.sessionRoom + exactCosts;
  const broken = keptHard.filter((name) => rules[name].hard && raw[name] > 0);
  return { raw, weighted, total, exact, broken };
}
