import { describe, expect, it } from "vitest";
import { cosplibFixture, readCosplibFixture, readWorkbookSheets } from "../../../test/cosplib-workbook.js";
import { evaluateCosplib, readStoredSolution } from "../../../test/cosplib-objective.js";
import { COSPLIB_WEIGHT_KEYS } from "../../import/cosplib/cosplib-instance.js";
import { cosplibRuleOf, cosplibToProgram } from "../../import/cosplib/cosplib-to-program.js";
import { resolveRuleStrengths } from "../../model/scheduling-rule-weights.js";
import { readTrackSessions } from "./track-sessions-instance.js";
import { scoreTrackSessions } from "./track-sessions-objective.js";

/** A stored Gurobi solution, scored by the scheduler's own scorer and by the independent evaluator. */
async function bothScores(name: string, shuffle = false) {
  const instance = await readCosplibFixture(name);
  const program = cosplibToProgram(instance, name);
  const read = readTrackSessions(program, resolveRuleStrengths(program.scheduling?.rules));
  let stored = readStoredSolution(instance, await readWorkbookSheets(cosplibFixture(`${name}Solution.xlsx`)));
  // Moving every third submission one session and one room on breaks tracks, rooms and clashes at once:
  // the two scorers must still agree away from the exact model's structure.
  const next = <T>(list: readonly T[], value: T) => list[(list.indexOf(value) + 1) % list.length]!;
  const sessionIds = instance.sessions.map((s) => s.id);
  if (shuffle)
    stored = stored.map((p, k) =>
      k % 3 === 0 ? { ...p, session: next(sessionIds, p.session), room: next(instance.rooms, p.room), slot: 0 } : p,
    );
  const placements = stored.map((p) => ({
    item: instance.submissions.findIndex((s) => s.id === p.submission),
    session: instance.sessions.findIndex((s) => s.id === p.session),
    room: instance.rooms.indexOf(p.room),
    slot: p.slot,
  }));
  return { instance, ours: scoreTrackSessions(read, placements), library: evaluateCosplib(instance, stored) };
}

describe("scoreTrackSessions, against the independent CoSPLib evaluator", () => {
  it.each(["N2OR", "GECCO20", "GECCO21"])(
    "scores %s's stored solution term by term as the library does",
    async (name) => {
      const { ours, library } = await bothScores(name);
      for (const key of COSPLIB_WEIGHT_KEYS)
        expect([key, ours.raw[cosplibRuleOf[key]]]).toEqual([key, library.raw[key]]);
      expect(ours.total).toBe(library.full);
      expect(ours.exact).toBe(library.exact);
    },
  );

  it.each(["N2OR", "GECCO20"])(
    "agrees on %s's stored solution with a third of it moved a session and a room on",
    async (name) => {
      const { ours, library } = await bothScores(name, true);
      for (const key of COSPLIB_WEIGHT_KEYS)
        expect([key, ours.raw[cosplibRuleOf[key]]]).toEqual([key, library.raw[key]]);
      expect(ours.total).toBe(library.full);
      // The move does break rules the stored solution kept (rooms per track or parallel tracks).
      expect(library.raw.numRoomsPerTrack + library.raw.parallelTracks).toBeGreaterThan(0);
    },
  );
});
