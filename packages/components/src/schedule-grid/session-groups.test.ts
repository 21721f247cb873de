import { parseProgram, resolveSchedule, type Program } from "@lectern/core";
import { describe, expect, it } from "vitest";
import { groupBySession } from "./session-groups.js";

const result = parseProgram({
  event: { title: "T", kind: "workshop", startDate: "2026-06-01", timeZone: "Asia/Kathmandu" },
  sessions: [
    { id: "orals", title: "Orals I", start: "2026-06-01T09:00", items: ["o1", "o2"] },
    {
      id: "posters",
      title: "Posters",
      mode: "concurrent",
      start: "2026-06-01T11:00",
      end: "2026-06-01T12:00",
      items: ["p1", "p2"],
    },
  ],
  items: [
    { id: "o1", kind: "contributed-talk", title: "O1", duration: 20 },
    { id: "o2", kind: "contributed-talk", title: "O2", duration: 20 },
    { id: "coffee", kind: "coffee-break", start: "2026-06-01T10:30", duration: 30 },
    { id: "p1", kind: "poster", title: "P1" },
    { id: "p2", kind: "poster", title: "P2" },
  ],
});

describe("groupBySession", () => {
  it("groups a day's items into runs under their sessions, in time order", () => {
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const schedule = resolveSchedule(result.program as Program);
    const byId = new Map(schedule.sessions.map((session) => [session.id, session]));
    const groups = groupBySession(schedule.days[0]!.items, byId);
    expect(groups.map((group) => [group.session?.title, group.entries.map((entry) => entry.id)])).toEqual([
      ["Orals I", ["o1", "o2"]],
      [undefined, ["coffee"]],
      ["Posters", ["p1", "p2"]],
    ]);
  });

  it("splits a session whose items are interleaved with others' into runs", () => {
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const schedule = resolveSchedule(result.program as Program);
    const byId = new Map(schedule.sessions.map((session) => [session.id, session]));
    const [o1, o2, coffee] = schedule.days[0]!.items;
    expect(groupBySession([o1!, coffee!, o2!], byId).map((group) => group.session?.id)).toEqual([
      "orals",
      undefined,
      "orals",
    ]);
  });
});
