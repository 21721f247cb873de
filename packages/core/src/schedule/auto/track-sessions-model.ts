import { clashCliques } from "./clash-cliques.js";
import type { BinaryProgram } from "./run-highs.js";
import { SparseProgramBuilder, type RowTerm } from "./sparse-program-builder.js";
import { addAnchorTerms } from "./track-sessions-anchor-terms.js";
import { addGapColumns, addPositionColumns } from "./track-sessions-extra-terms.js";
import { maxSessionsOf, type TrackSessionsInstance } from "./track-sessions-instance.js";

/**
 * Which objective the model minimises. `exact`: CoSPLib's exact model (placement costs, an
 * item's costs once, presenters' clashes hard). `full`: every weighed rule the layout's
 * structure leaves open (per-slot costs, similar tracks, chairs', presenters' and attendees'
 * clashes, tracks' gaps, positions).
 */
export type TrackSessionsObjective = "exact" | "full";

/** The model and what its columns mean; -1 where a combination cannot occur. */
export interface TrackSessionsModel {
  readonly program: BinaryProgram;
  /** The objective's constant part (positions and moves: each item off its place costs, a match earns it back). */
  readonly offset: number;
  /** `room[t][r]`: track t takes room r. */
  readonly room: readonly (readonly number[])[];
  /** `cell[t][s][r]`: track t takes room r in session s. */
  readonly cell: readonly (readonly (readonly number[])[])[];
  /** `session[i][s]`: item i runs in session s. */
  readonly session: readonly (readonly number[])[];
}

/**
 * The track-sessions layout as a binary program, compact: an item's session without its
 * room (a track keeps one room, so the room follows from the track's), one row per track
 * and session for capacity, and the library's big-M clash rows as one row per clashing pair
 * and session. Rows: each item once; each track one room; a track takes a cell only in its
 * room; one track per cell; a track's items in a session fit the cell's slots and an open
 * cell holds one; at most MaxS sessions per track; presenters' clashes (hard in `exact`);
 * fixed items and minimum change against the published program (both stages: see
 * `addAnchorTerms`). `floor` (optional) is a proven lower bound of the objective, added as a row.
 */
export function buildTrackSessionsModel(
  instance: TrackSessionsInstance,
  objective: TrackSessionsObjective,
  floor?: number,
): TrackSessionsModel {
  const { sessions, rooms, tracks, items, trackItems, rules } = instance;
  const weight = (name: keyof typeof rules) => (rules[name].hard ? 0 : rules[name].weight);
  const full = objective === "full";
  const perSlot = (i: number) => (full ? items[i]!.slots : 1);
  const builder = new SparseProgramBuilder();
  const room = tracks.map((_, t) =>
    rooms.map((_, r) =>
      builder.column(
        trackItems[t]!.reduce((sum, i) => sum + weight("itemRoom") * items[i]!.roomCost[r]! * perSlot(i), 0),
      ),
    ),
  );
  const fits = (i: number, s: number) => items[i]!.slots <= sessions[s]!.slots.length;
  const cell = tracks.map((_, t) =>
    sessions.map((_, s) =>
      rooms.map((_, r) =>
        trackItems[t]!.some((i) => fits(i, s))
          ? builder.column(
              weight("trackSession") * instance.trackSession[t]![s]! +
                weight("trackRoom") * instance.trackRoom[t]![r]! +
                weight("sessionRoom") * instance.sessionRoom[s]![r]!,
            )
          : -1,
      ),
    ),
  );
  const session = items.map((item, i) =>
    sessions.map((_, s) =>
      fits(i, s)
        ? builder.column(
            (weight("presenterHours") * item.hoursCost[s]! + weight("itemSession") * item.sessionCost[s]!) * perSlot(i),
          )
        : -1,
    ),
  );
  const present = (columns: readonly number[], coefficient = 1): RowTerm[] =>
    columns.filter((c) => c >= 0).map((c) => [c, coefficient] as const);
  /** The columns saying "track t runs in session s" (one per room; at most one is 1). */
  const open = (t: number, s: number) => cell[t]![s]!.filter((c) => c >= 0);

  items.forEach((_, i) => builder.row(present(session[i]!), 1, 1));
  tracks.forEach((_, t) => builder.row(present(room[t]!), 1, 1));
  tracks.forEach((_, t) =>
    sessions.forEach((_, s) =>
      rooms.forEach((_, r) => {
        if (cell[t]![s]![r]! >= 0)
          builder.row(
            [
              [cell[t]![s]![r]!, 1],
              [room[t]![r]!, -1],
            ],
            -Infinity,
            0,
          );
      }),
    ),
  );
  sessions.forEach((_, s) =>
    rooms.forEach((_, r) => builder.row(present(tracks.map((_, t) => cell[t]![s]![r]!)), -Infinity, 1)),
  );
  tracks.forEach((_, t) => {
    sessions.forEach((sessionOf, s) => {
      const mine = trackItems[t]!.filter((i) => session[i]![s]! >= 0);
      if (mine.length === 0) return;
      const cells = present(open(t, s), -sessionOf.slots.length);
      builder.row([...mine.map((i) => [session[i]![s]!, items[i]!.slots] as const), ...cells], -Infinity, 0);
      builder.row([...mine.map((i) => [session[i]![s]!, 1] as const), ...present(open(t, s), -1)], 0, Infinity);
      // "An item needs its track there" (x <= open) is implied by the capacity row; written
      // out per item it tightens the relaxation but slowed HiGHS on GECCO20 and GECCO21.
    });
    builder.row(present(sessions.flatMap((_, s) => open(t, s))), -Infinity, maxSessionsOf(instance, t));
  });

  breakRoomSymmetry(builder, instance, room);

  // Two items of one track in one session share its one cell, so only pairs of different
  // tracks can clash at session level: "both in s" is a product, made linear per pair (a
  // hard rule keeps the row and drops the product: at most one of the two).
  const together = (a: number, b: number, cost: number | "hard") =>
    sessions.forEach((_, s) => {
      if (session[a]![s]! < 0 || session[b]![s]! < 0) return;
      const both: RowTerm[] = cost === "hard" ? [] : [[builder.column(cost), -1]];
      builder.row([[session[a]![s]!, 1], [session[b]![s]!, 1], ...both], -Infinity, 1);
    });
  const differentTracks = (pairs: readonly (readonly [number, number])[]) =>
    pairs.filter(([a, b]) => items[a]!.track !== items[b]!.track);
  // A hard slot-level clash is kept at session level: stricter, but the layout then cannot break it.
  const presenterPairs = differentTracks(instance.presenterPairs);
  if (!full || rules.presenterSession.hard || rules.presenterClash.hard)
    for (const clique of clashCliques(presenterPairs))
      sessions.forEach((_, s) => {
        const columns = clique.map((i) => session[i]![s]!).filter((c) => c >= 0);
        if (columns.length >= 2) builder.row(present(columns), -Infinity, 1);
      });
  else if (weight("presenterSession") > 0)
    for (const [a, b] of presenterPairs) together(a, b, weight("presenterSession"));
  let offset = addAnchorTerms(builder, instance, room, session);
  if (full) {
    /** A weighed rule's cost, "hard", or undefined when it is off. */
    const costOf = (name: keyof typeof rules, penalty = 1) =>
      rules[name].hard ? ("hard" as const) : weight(name) > 0 ? weight(name) * penalty : undefined;
    const attendees = rules.attendeeClash.hard ? "hard" : costOf("attendeeSession");
    if (attendees !== undefined)
      for (const [a, b] of differentTracks(instance.attendeePairs)) together(a, b, attendees);
    const tracksTogether = (a: number, b: number, cost: number | "hard" | undefined) =>
      sessions.forEach((_, s) => {
        if (cost === undefined || open(a, s).length === 0 || open(b, s).length === 0) return;
        const both: RowTerm[] = cost === "hard" ? [] : [[builder.column(cost), -1]];
        builder.row([...present(open(a, s)), ...present(open(b, s)), ...both], -Infinity, 1);
      });
    for (const { a, b, penalty } of instance.similar) tracksTogether(a, b, costOf("similarTracks", penalty));
    for (const [a, b] of instance.chairPairs) tracksTogether(a, b, costOf("chairSession"));
    const gaps = costOf("trackGaps");
    if (gaps !== undefined) addGapColumns(builder, instance, open, gaps);
    const position = costOf("position");
    if (position !== undefined) offset += addPositionColumns(builder, instance, session, position);
  }
  if (floor !== undefined)
    builder.row(
      builder.columnCosts.map((cost, column) => [column, cost] as const),
      floor - offset,
      Infinity,
    );
  return { program: builder.build(), offset, room, cell, session };
}

/**
 * Rooms no cost tells apart are interchangeable: any schedule can be relabelled so that,
 * within such a class, each room's first track comes after the previous room's first track.
 * So track t takes the class's k-th room only if an earlier track takes its (k-1)-th, which
 * cuts the class's k! copies of every schedule the search would otherwise walk through.
 */
function breakRoomSymmetry(
  builder: SparseProgramBuilder,
  instance: TrackSessionsInstance,
  room: readonly (readonly number[])[],
): void {
  const signature = (r: number) =>
    JSON.stringify([
      instance.trackRoom.map((row) => row[r]),
      instance.sessionRoom.map((row) => row[r]),
      instance.items.map((item) => item.roomCost[r]),
      // A room an item is pinned to, or was published in, is told apart by that alone.
      instance.items.map((item) => [item.anchors.fixed?.room === r, item.anchors.published?.room === r]),
    ]);
  const classes = new Map<string, number[]>();
  instance.rooms.forEach((_, r) => classes.set(signature(r), [...(classes.get(signature(r)) ?? []), r]));
  for (const members of classes.values())
    for (let k = 1; k < members.length; k++)
      instance.tracks.forEach((_, t) => {
        const earlier: RowTerm[] = instance.tracks.slice(0, t).map((_, u) => [room[u]![members[k - 1]!]!, -1]);
        builder.row([[room[t]![members[k]!]!, 1], ...earlier], -Infinity, 0);
      });
}
