import { describe, expect, it } from "vitest";
import { validProgram } from "../../test/valid-program.js";
import type { Item } from "../model/item.js";
import type { Program } from "../model/program.js";
import { resolveSchedule } from "./resolve-schedule.js";

const people = [
  { id: "ada", name: "Ada Lovelace" },
  { id: "alan", name: "Alan Turing" },
  { id: "grace", name: "Grace Hopper" },
];
const rooms = [
  { id: "a", name: "Room A" },
  { id: "b", name: "Room B" },
];
const talk = (id: string, start: string, end: string, extra: Partial<Item> = {}): Item => ({
  id,
  kind: "contributed-talk",
  title: `Talk ${id}`,
  start: `2026-06-01T${start}`,
  end: `2026-06-01T${end}`,
  ...extra,
});
const conflictsOf = (partial: Partial<Program> & { items: Item[] }) =>
  resolveSchedule(validProgram({ people, rooms, ...partial })).conflicts;

// parseProgram rejects an item or session that ends at or before it starts; a program built in
// code skips that check, and resolveSchedule still reports it rather than drawing it.
const uncheckedConflictsOf = (partial: Partial<Program> & { items: Item[] }) =>
  resolveSchedule({
    event: { title: "Test Workshop", kind: "workshop", startDate: "2026-06-01", timeZone: "Europe/Berlin" },
    people,
    rooms,
    ...partial,
  }).conflicts;

describe("findConflicts (through resolveSchedule)", () => {
  it("finds the conflicts when they are first read, and keeps them, also for JSON", () => {
    const schedule = resolveSchedule(
      validProgram({
        people,
        rooms,
        items: [talk("t1", "09:00", "09:30", { room: "a" }), talk("t2", "09:10", "09:40", { room: "a" })],
      }),
    );
    const first = schedule.conflicts;
    expect(first).toHaveLength(1);
    expect(schedule.conflicts).toBe(first);
    expect(JSON.parse(JSON.stringify(schedule)).conflicts).toEqual(JSON.parse(JSON.stringify(first)));
  });

  it("finds no conflict in a clean program", () => {
    expect(
      conflictsOf({
        items: [
          talk("t1", "09:00", "09:30", { room: "a", speakers: ["ada"] }),
          talk("t2", "09:30", "10:00", { room: "a", speakers: ["ada"] }),
          talk("t3", "09:00", "09:30", { room: "b", speakers: ["alan"] }),
        ],
      }),
    ).toEqual([]);
  });

  it("reports two items in one room at once, naming both by path", () => {
    const conflicts = conflictsOf({
      items: [talk("t1", "09:00", "09:30", { room: "a" }), talk("t2", "09:15", "09:45", { room: "a" })],
    });
    expect(conflicts).toEqual([
      {
        kind: "room-overlap",
        paths: ["items[0]", "items[1]"],
        ids: ["t1", "t2"],
        roomId: "a",
        mostAtOnce: 2,
        message: '"Talk t1" and "Talk t2" are in Room A at the same time',
      },
    ]);
  });

  it("reports a speaker in two rooms at once", () => {
    const conflicts = conflictsOf({
      items: [
        talk("t1", "09:00", "09:30", { room: "a", speakers: ["ada"] }),
        talk("t2", "09:20", "09:50", { room: "b", speakers: ["ada"] }),
      ],
    });
    expect(conflicts).toMatchObject([{ kind: "person-overlap", paths: ["items[0]", "items[1]"], personId: "ada" }]);
    expect(conflicts[0]?.message).toContain("Ada Lovelace");
  });

  it("counts presenting authors but not co-authors", () => {
    const conflicts = conflictsOf({
      items: [
        talk("t1", "09:00", "09:30", { room: "a", authors: [{ person: "ada", presenting: true }, { person: "alan" }] }),
        talk("t2", "09:00", "09:30", { room: "b", authors: [{ person: "alan" }, { person: "ada", presenting: true }] }),
        talk("t3", "09:00", "09:30", { room: undefined, authors: [{ person: "alan" }] }),
      ],
    });
    expect(conflicts.map((conflict) => [conflict.kind, conflict.personId, conflict.ids])).toEqual([
      ["person-overlap", "ada", ["t1", "t2"]],
    ]);
  });

  it("counts a chair as busy for the whole session, except in the session they chair", () => {
    const conflicts = conflictsOf({
      sessions: [
        {
          id: "s1",
          title: "Orals I",
          chairs: ["grace"],
          room: "a",
          start: "2026-06-01T09:00",
          end: "2026-06-01T10:00",
          items: ["own"],
        },
      ],
      items: [
        talk("own", "09:00", "09:30", { speakers: ["grace"] }),
        talk("elsewhere", "09:40", "10:10", { room: "b", speakers: ["grace"] }),
      ],
    });
    expect(conflicts.map((conflict) => [conflict.kind, conflict.paths])).toEqual([
      ["person-overlap", ["sessions[0]", "items[1]"]],
    ]);
  });

  it("reports an item outside its session, with the item and session paths", () => {
    const conflicts = conflictsOf({
      sessions: [
        {
          id: "s1",
          title: "Morning",
          room: "a",
          start: "2026-06-01T09:00",
          end: "2026-06-01T10:00",
          items: ["early", "late", "inside"],
        },
      ],
      items: [talk("early", "08:45", "09:15"), talk("late", "09:50", "10:20"), talk("inside", "09:15", "09:50")],
    });
    expect(conflicts.map((conflict) => [conflict.kind, conflict.paths, conflict.message])).toEqual([
      ["outside-session", ["items[0]", "sessions[0]"], '"Talk early" starts before its session "Morning"'],
      ["outside-session", ["items[1]", "sessions[0]"], '"Talk late" ends after its session "Morning"'],
    ]);
  });

  it("reports an item that ends before it starts, and one that ends when it starts", () => {
    const conflicts = uncheckedConflictsOf({
      items: [talk("backwards", "10:00", "09:00"), talk("empty", "11:00", "11:00")],
    });
    expect(conflicts.map((conflict) => [conflict.kind, conflict.paths, conflict.message])).toEqual([
      [
        "ends-before-start",
        ["items[0]"],
        '"Talk backwards" ends before it starts (2026-06-01T10:00:00+02:00 to 2026-06-01T09:00:00+02:00)',
      ],
      [
        "ends-before-start",
        ["items[1]"],
        '"Talk empty" ends when it starts (2026-06-01T11:00:00+02:00 to 2026-06-01T11:00:00+02:00)',
      ],
    ]);
  });

  it("reports a session that ends before it starts", () => {
    const conflicts = uncheckedConflictsOf({
      sessions: [{ id: "s1", title: "Broken", start: "2026-06-01T10:00", end: "2026-06-01T09:00", items: [] }],
      items: [],
    });
    expect(conflicts).toMatchObject([{ kind: "ends-before-start", paths: ["sessions[0]"], ids: ["s1"] }]);
  });

  it("ignores cancelled items for rooms and people", () => {
    const conflicts = conflictsOf({
      items: [
        talk("t1", "09:00", "09:30", { room: "a", speakers: ["ada"] }),
        talk("t2", "09:00", "09:30", { room: "a", speakers: ["ada"], status: "cancelled" }),
      ],
    });
    expect(conflicts).toEqual([]);
  });

  it("does not count a break as occupying anybody", () => {
    const conflicts = conflictsOf({
      items: [
        { id: "coffee", kind: "coffee-break", start: "2026-06-01T10:00", end: "2026-06-01T10:30", speakers: ["ada"] },
        talk("t1", "10:00", "10:30", { room: "a", speakers: ["ada"] }),
      ],
    });
    expect(conflicts).toEqual([]);
  });

  it("finds a room conflict between items written in different forms (local and instant)", () => {
    const conflicts = conflictsOf({
      items: [
        talk("local", "09:00", "10:00", { room: "a" }),
        { ...talk("utc", "00:00", "00:00", { room: "a" }), start: "2026-06-01T07:30Z", end: "2026-06-01T08:30Z" },
      ],
    });
    // 07:30Z is 09:30 in Berlin (UTC+2 in June).
    expect(conflicts.map((conflict) => conflict.kind)).toEqual(["room-overlap"]);
  });

  it("reports three items in one room at once as one group, not three pairs", () => {
    const conflicts = conflictsOf({
      items: [
        talk("x", "09:00", "10:00", { room: "a" }),
        talk("y", "09:10", "10:00", { room: "a" }),
        talk("z", "09:20", "10:00", { room: "a" }),
      ],
    });
    expect(conflicts).toEqual([
      {
        kind: "room-overlap",
        paths: ["items[0]", "items[1]", "items[2]"],
        ids: ["x", "y", "z"],
        roomId: "a",
        mostAtOnce: 3,
        message: '"Talk x", "Talk y" and "Talk z" are in Room A at the same time',
      },
    ]);
  });
});
