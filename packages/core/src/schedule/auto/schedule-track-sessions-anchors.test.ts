import { describe, expect, it } from "vitest";
import { readCosplibFixture } from "../../../test/cosplib-workbook.js";
import { evaluateCosplib } from "../../../test/cosplib-objective.js";
import { placementsOfSchedule } from "../../../test/cosplib-schedule-placements.js";
import { cosplibHardViolations } from "../../../test/cosplib-hard-rules.js";
import type { CosplibInstance } from "../../import/cosplib/cosplib-instance.js";
import { cosplibToProgram } from "../../import/cosplib/cosplib-to-program.js";
import type { Item } from "../../model/item.js";
import type { Program } from "../../model/program.js";
import { parseProgram } from "../../parse/parse-program.js";
import { scheduleProgram, type ScheduleProgramResult } from "./schedule-program.js";

// Fixed items and minimum change in the track-sessions layout, on CoSPLib's N2OR (fast),
// checked by the tests' independent kits: the library's hard rules and full objective,
// recomputed from the scheduled program alone.

interface Solved {
  instance: CosplibInstance;
  program: Program;
  free: ScheduleProgramResult;
  /** Two one-slot items of one track, in different sessions of the free schedule. */
  mover: Item;
  target: Item;
}
let solvedOnce: Promise<Solved> | undefined;
function solvedN2or(): Promise<Solved> {
  solvedOnce ??= (async () => {
    const instance = await readCosplibFixture("N2OR");
    const program = cosplibToProgram(instance, "N2OR");
    const free = await scheduleProgram(program, { timeLimitSeconds: 60 });
    const placed = free.program!.items;
    const sessionOf = (id: string) => free.program!.sessions!.find((s) => s.items.includes(id))!.id;
    const oneSlot = (item: Item) => !program.scheduling!.slotCounts?.some((entry) => entry.item === item.id);
    const pairs = placed.flatMap((a) =>
      placed
        .filter((b) => a.track === b.track && oneSlot(a) && oneSlot(b) && sessionOf(a.id) !== sessionOf(b.id))
        .map((b) => [a, b] as const),
    );
    const [mover, target] = pairs[0]!;
    return { instance, program, free, mover, target };
  })();
  return solvedOnce;
}

/** `program` with `item` placed at `place`'s room and start and listed in `scheduling.fixed`. */
function fixedAt(program: Program, item: Item, place: Item): Program {
  const items = program.items.map((it) => (it.id === item.id ? { ...it, room: place.room!, start: place.start! } : it));
  return { ...program, items, scheduling: { ...program.scheduling, fixed: [item.id] } };
}

/** The library's view of a schedule: its hard rules (presenters' kept hard) and full objective. */
function judged(solved: Solved, result: ScheduleProgramResult) {
  const placements = placementsOfSchedule(solved.program, result.program!);
  return {
    broken: cosplibHardViolations(solved.instance, placements, true),
    full: evaluateCosplib(solved.instance, placements).full,
    count: placements.length,
  };
}

describe("fixed items in the track-sessions layout", () => {
  it("keeps a fixed item's session, room and slot, elsewhere than the free schedule puts it", async () => {
    const solved = await solvedN2or();
    const { program, mover, target } = solved;
    expect(mover.start).not.toBe(target.start);
    const result = await scheduleProgram(fixedAt(program, mover, target), { timeLimitSeconds: 60 });
    expect(parseProgram(result.program).ok).toBe(true);
    const placed = result.program!.items.find((item) => item.id === mover.id)!;
    expect([placed.room, placed.start]).toEqual([target.room, target.start]);
    const library = judged(solved, result);
    expect(library.broken).toEqual([]);
    expect(library.count).toBe(program.items.length);
    // No published program: nothing weighs moves, so the objective is the library's own.
    expect(result.objective).toBe(library.full);
    expect(result.rules.moved).toBe(0);
  });

  it("reports a fixed item without a place as infeasible, naming it", async () => {
    const { program, mover } = await solvedN2or();
    const result = await scheduleProgram({ ...program, scheduling: { ...program.scheduling, fixed: [mover.id] } });
    expect(result.status).toBe("infeasible");
    expect(result.explanation.join(" ")).toContain(`("${mover.id}") is fixed (scheduling.fixed)`);
  });
});

describe("minimum change in the track-sessions layout", () => {
  it("changes nothing when re-scheduled against its own schedule", async () => {
    const solved = await solvedN2or();
    const result = await scheduleProgram(solved.program, { published: solved.free.program!, timeLimitSeconds: 60 });
    expect(result.moves).toEqual([]);
    expect(result.rules.moved).toBe(0);
    expect(result.objective).toBe(judged(solved, result).full);
  });

  it("after a new fixed item, moves few items, lists each move and pays the moved weight for each", async () => {
    const solved = await solvedN2or();
    const { program, free, mover, target } = solved;
    const published = free.program!;
    const result = await scheduleProgram(fixedAt(program, mover, target), { published, timeLimitSeconds: 60 });
    const library = judged(solved, result);
    expect(library.broken).toEqual([]);
    // Every item away from its published room or start is listed, from there, to where it is now.
    const before = new Map(published.items.map((item) => [item.id, item]));
    const changed = result.program!.items.filter(
      (item) => item.room !== before.get(item.id)!.room || item.start !== before.get(item.id)!.start,
    );
    expect(result.moves.map((move) => move.item).sort()).toEqual(changed.map((item) => item.id).sort());
    for (const move of result.moves) {
      const was = before.get(move.item)!;
      const now = result.program!.items.find((item) => item.id === move.item)!;
      expect(move.from).toEqual({ room: was.room, start: was.start!.slice(0, 16) });
      expect(move.to).toEqual({ room: now.room, start: now.start!.slice(0, 16) });
    }
    expect(result.moves.map((move) => move.item)).toContain(mover.id);
    // Default weight 100 per moved item, on top of the library's full objective.
    expect(result.rules.moved).toBe(100 * result.moves.length);
    expect(result.objective).toBe(library.full + result.rules.moved);
    // A schedule that only swaps the two items moves two: the solve must do at least as well.
    const swapped = published.items.map((item) =>
      item.id === mover.id
        ? { ...item, room: target.room!, start: target.start! }
        : item.id === target.id
          ? { ...item, room: mover.room!, start: mover.start! }
          : item,
    );
    const swapSessions = published.sessions!.map((session) => ({
      ...session,
      items: session.items.map((id) => (id === mover.id ? target.id : id === target.id ? mover.id : id)),
    }));
    const swap = judged(solved, { ...result, program: { ...published, items: swapped, sessions: swapSessions } });
    expect(swap.broken).toEqual([]);
    expect(result.objective).toBeLessThanOrEqual(swap.full + 200);
    expect(result.moves.length).toBeLessThan(program.items.length / 4);
  });

  it("with moved hard, keeps every published item where it was, and finds no schedule once one must move", async () => {
    const { program, free, mover, target } = await solvedN2or();
    const published = free.program!;
    const hard = (input: Program): Program => ({
      ...input,
      scheduling: { ...input.scheduling, rules: { ...input.scheduling!.rules, moved: { hard: true } } },
    });
    const kept = await scheduleProgram(hard(program), { published, timeLimitSeconds: 60 });
    expect(kept.moves).toEqual([]);
    const places = (p: Program) => p.items.map((item) => `${item.id} ${item.room} ${item.start}`);
    expect(places(kept.program!)).toEqual(places(published));
    // The fixed item takes another's published slot, which may then not move.
    const blocked = await scheduleProgram(hard(fixedAt(program, mover, target)), { published, timeLimitSeconds: 60 });
    expect(blocked.status).toBe("infeasible");
    expect(blocked.program).toBeUndefined();
    expect(blocked.explanation.join(" ")).toMatch(new RegExp(`scheduling.fixed: "${mover.id}".*Rule moved is hard`));
  });
});
