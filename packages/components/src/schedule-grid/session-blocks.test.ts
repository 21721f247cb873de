import { parseProgram, resolveSchedule } from "@lectern/core";
import { describe, expect, it } from "vitest";
import { layoutDay } from "./grid-layout.js";
import { collapseConcurrentSessions } from "./session-blocks.js";
import { sessionsById } from "./sessions-by-id.js";

const result = parseProgram({
  event: { title: "T", kind: "conference", startDate: "2026-10-25", timeZone: "Europe/Berlin" },
  rooms: [
    { id: "hall", name: "Hall" },
    { id: "a", name: "A" },
  ],
  sessions: [
    // Clocks go back at 03:00: the session runs five hours.
    {
      id: "ps",
      title: "Posters",
      mode: "concurrent",
      room: "hall",
      start: "2026-10-25T00:00",
      end: "2026-10-25T04:00",
      items: ["p2", "p1"],
    },
  ],
  items: [
    { id: "p1", kind: "poster", title: "P1" },
    { id: "p2", kind: "poster", title: "P2" },
    { id: "t", kind: "contributed-talk", title: "T", room: "a", start: "2026-10-25T01:00", duration: 30 },
  ],
});

describe("collapseConcurrentSessions", () => {
  it("gives a concurrent session one block over its items' rows, in board order, and keeps other cells", () => {
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const schedule = resolveSchedule(result.program, { dayStartsAt: "00:00" });
    const layout = layoutDay(schedule.days[0]!, () => true);
    const { placements, blocks } = collapseConcurrentSessions(layout.placements, sessionsById(schedule));
    expect(placements.map((placement) => placement.entry.id)).toEqual(["t"]);
    expect(blocks).toHaveLength(1);
    const [block] = blocks;
    expect(block!.entries.map((entry) => entry.id)).toEqual(["p2", "p1"]);
    // Rows: 00:00, 01:00, 01:30, 04:00 (+01:00): the block covers all three time rows; one lane.
    expect([block!.rowStart, block!.rowEnd, block!.columnEnd - block!.columnStart]).toEqual([2, 5, 1]);
  });
});
