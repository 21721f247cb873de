import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Program } from "../../model/program.js";
import { parseProgram } from "../../parse/parse-program.js";
import { checkProgramSchedule } from "./check-program-schedule.test-kit.js";
import { scheduleProgram } from "./schedule-program.js";

/**
 * A morning of 09:00-11:00 in Europe/Berlin (UTC+2 in June): a 100-seat and a 40-seat room,
 * 30-minute talks, so 8 slots. Ann presents t1 and t2; t3 draws 90 people; Bob (t4) joins
 * from Tokyo (UTC+9) between 08:00 and 17:00 there, which is up to 10:00 in Berlin.
 */
function morning(talks = 4, extra: Record<string, unknown> = {}): Program {
  const input = {
    event: { title: "Morning", kind: "workshop", startDate: "2026-06-15", timeZone: "Europe/Berlin" },
    people: [
      { id: "ann", name: "Ann Silva" },
      { id: "bob", name: "Bob Tanaka" },
    ],
    rooms: [
      { id: "a", name: "A", capacity: 100 },
      { id: "b", name: "B", capacity: 40 },
    ],
    sessions: [{ id: "am", title: "Morning", start: "2026-06-15T09:00", end: "2026-06-15T11:00", items: [] }],
    items: Array.from({ length: talks }, (_, i) => ({
      id: `t${i + 1}`,
      kind: "contributed-talk",
      title: `Talk ${i + 1}`,
      duration: 30,
      speakers: i < 2 ? ["ann"] : i === 3 ? ["bob"] : [],
    })),
    scheduling: {
      audience: [{ item: "t3", people: 90 }],
      availability: [{ person: "bob", daily: { from: "08:00", to: "17:00", timeZone: "Asia/Tokyo" } }],
      ...extra,
    },
  };
  const parsed = parseProgram(input);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return parsed.program;
}

describe("scheduleProgram", () => {
  it("places every talk, proven optimal, and the independent checker finds every rule kept", async () => {
    const result = await scheduleProgram(morning());
    expect(result.status).toBe("optimal");
    expect(result.objective).toBe(0);
    expect(result.gap).toBe(0);
    expect(result.assignments).toHaveLength(4);
    expect(result.assignments.find((a) => a.item === "t3")!.room).toBe("a");
    // Bob's 17:00 in Tokyo is 10:00 in Berlin: his talk starts by 09:30.
    expect(["2026-06-15T09:00", "2026-06-15T09:30"]).toContain(result.assignments.find((a) => a.item === "t4")!.start);
    const check = checkProgramSchedule(result.program!);
    expect(check.broken).toEqual([]);
    expect(check.overflow).toBe(result.rules.overflow);
    expect(result.program!.sessions![0]!.items).toHaveLength(4);
  });

  it("weighs overflow when the big room cannot take every popular talk", async () => {
    const program = morning(4, {
      audience: [
        { item: "t1", people: 90 },
        { item: "t2", people: 90 },
        { item: "t3", people: 90 },
      ],
      availability: [],
      roomClosures: [{ room: "a", closed: [{ start: "2026-06-15T09:30", end: "2026-06-15T11:00" }] }],
    });
    const result = await scheduleProgram(program);
    // Room A is open for one slot: two of the three 90-person talks sit in B (40 seats).
    expect(result.status).toBe("optimal");
    expect(result.rules.overflow).toBe(100);
    expect(result.objective).toBe(100);
    expect(checkProgramSchedule(result.program!)).toEqual({ broken: [], overflow: 100 });
  });

  it("moves as little as it can from the published schedule, and lists the moves", async () => {
    const published = (await scheduleProgram(morning())).program!;
    const t2 = published.items.find((item) => item.id === "t2")!;
    const changed = morning(4, {
      availability: [
        { person: "bob", daily: { from: "08:00", to: "17:00", timeZone: "Asia/Tokyo" } },
        // Ann is away for t2's half hour only.
        {
          person: "ann",
          unavailable: [
            {
              start: t2.start!,
              end: DateTime.fromISO(t2.start!, { zone: "UTC" }).plus({ minutes: 30 }).toFormat("yyyy-MM-dd'T'HH:mm"),
            },
          ],
        },
      ],
    });
    const result = await scheduleProgram({ ...changed, items: published.items }, { published });
    expect(result.status).toBe("optimal");
    expect(checkProgramSchedule(result.program!).broken).toEqual([]);
    expect(result.moves.map((move) => move.item)).toContain("t2");
    expect(result.rules.moved).toBe(100 * result.moves.length);
    expect(result.moves.length).toBeLessThanOrEqual(2);
  });

  it("explains infeasible: more talks than slots, and one presenter with more talks than times", async () => {
    const tooMany = await scheduleProgram(morning(9));
    expect(tooMany.status).toBe("infeasible");
    expect(tooMany.program).toBeUndefined();
    expect(tooMany.explanation).toContain("9 items need a slot, but only 8 free slots exist");

    const program = morning(6);
    const busyAnn = {
      ...program,
      items: program.items.map((item) => ({ ...item, speakers: ["ann"] })),
    };
    const result = await scheduleProgram(busyAnn);
    expect(result.status).toBe("infeasible");
    expect(result.explanation.join("\n")).toContain(
      'Ann Silva presents "t1", "t2", "t3", "t4", "t5", "t6": 6 items, but they can only go at 4 different times',
    );
  });

  it("returns the program as it is when nothing needs placing", async () => {
    const placed = (await scheduleProgram(morning())).program!;
    const again = await scheduleProgram(placed);
    expect(again).toMatchObject({ status: "optimal", objective: 0, assignments: [], moves: [] });
    expect(again.program!.items).toEqual(placed.items);
  });

  it("names the trackless item the track-sessions layout has nowhere to put", async () => {
    const result = await scheduleProgram(morning(4, { layout: "track-sessions" }));
    expect(result.status).toBe("infeasible");
    expect(result.explanation.join(" ")).toContain('items[0] ("t1") has no track');
  });

  it("names the track-sessions item longer than every session", async () => {
    const program = morning(4, {
      layout: "track-sessions",
      slots: [{ start: "2026-06-15T09:00", minutes: 30, session: "am" }],
      slotCounts: [{ item: "t1", slots: 2 }],
    });
    const withTrack = {
      ...program,
      tracks: [{ id: "main", name: "Main" }],
      items: [{ ...program.items[0]!, track: "main" }],
    };
    const result = await scheduleProgram(withTrack);
    expect(result.status).toBe("infeasible");
    expect(result.explanation).toEqual([
      '"t1" takes 2 slots in a row (scheduling.slotCounts), but no session has more than 1 (scheduling.slots)',
    ]);
  });

  it("names an item no slot can hold", async () => {
    const program = morning();
    const long = { ...program, items: [{ ...program.items[0]!, duration: 180 }, ...program.items.slice(1)] };
    const result = await scheduleProgram(long);
    expect(result.status).toBe("infeasible");
    expect(result.explanation[0]).toContain('"t1" (180 min) fits no free slot');
  });
});
