import { describe, expect, it } from "vitest";
import { validProgram } from "../../test/valid-program.js";
import type { Item } from "../model/item.js";
import type { Program } from "../model/program.js";
import type { Session } from "../model/session.js";
import { resolveSchedule } from "./resolve-schedule.js";

// Overlaps as groups, through resolveSchedule: the pure grouping is in overlap-groups.test.ts.
const people = [
  { id: "ada", name: "Ada Lovelace" },
  { id: "grace", name: "Grace Hopper" },
];
const rooms = [
  { id: "a", name: "Room A" },
  { id: "b", name: "Room B" },
  { id: "hall", name: "Poster hall" },
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
const summary = (partial: Partial<Program> & { items: Item[] }) =>
  conflictsOf(partial).map((conflict) => [conflict.kind, conflict.ids.join("+"), conflict.mostAtOnce]);

describe("overlaps reported as groups", () => {
  it.each<[string, Item[], ReturnType<typeof summary>]>([
    [
      "a chain in one room: A overlaps B, B overlaps C, A never meets C",
      [
        talk("A", "09:00", "09:30", { room: "a" }),
        talk("B", "09:20", "09:50", { room: "a" }),
        talk("C", "09:40", "10:10", { room: "a" }),
      ],
      [["room-overlap", "A+B+C", 2]],
    ],
    [
      "nested in one room",
      [talk("outer", "09:00", "12:00", { room: "a" }), talk("inner", "10:00", "10:30", { room: "a" })],
      [["room-overlap", "outer+inner", 2]],
    ],
    [
      "touching in one room: the end is exclusive",
      [talk("A", "09:00", "09:30", { room: "a" }), talk("B", "09:30", "10:00", { room: "a" })],
      [],
    ],
    [
      "at once in two rooms is no room conflict",
      [talk("A", "09:00", "09:30", { room: "a" }), talk("B", "09:00", "09:30", { room: "b" })],
      [],
    ],
    [
      "the same person in two rooms at once",
      [
        talk("A", "09:00", "09:30", { room: "a", speakers: ["ada"] }),
        talk("B", "09:15", "09:45", { room: "b", speakers: ["ada"] }),
      ],
      [["person-overlap", "A+B", 2]],
    ],
    [
      "one person's chain over three rooms is one group",
      [
        talk("A", "09:00", "09:30", { room: "a", speakers: ["ada"] }),
        talk("B", "09:20", "09:50", { room: "b", speakers: ["ada"] }),
        talk("C", "09:40", "10:10", { room: "hall", speakers: ["ada"] }),
      ],
      [["person-overlap", "A+B+C", 2]],
    ],
    [
      "one person touching between rooms is no conflict",
      [
        talk("A", "09:00", "09:30", { room: "a", speakers: ["ada"] }),
        talk("B", "09:30", "10:00", { room: "b", speakers: ["ada"] }),
      ],
      [],
    ],
  ])("%s", (_, items, expected) => {
    expect(summary({ items })).toEqual(expected);
  });

  it("reports 1,000 posters in one hall as one conflict naming a few of them", () => {
    const posters = Array.from({ length: 1000 }, (_, index) =>
      talk(`p${index}`, "14:00", "15:30", { kind: "poster", room: "hall" }),
    );
    const conflicts = conflictsOf({ items: posters });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: "room-overlap", roomId: "hall", mostAtOnce: 1000 });
    expect(conflicts[0]!.paths).toHaveLength(1000);
    expect(new Set(conflicts[0]!.ids).size).toBe(1000);
    expect(conflicts[0]!.message).toBe(
      '"Talk p0", "Talk p1", "Talk p2" and 997 more items are in Poster hall at the same time',
    );
  });

  it("says when a room's group overlaps one after another rather than all at once", () => {
    const conflicts = conflictsOf({
      items: [
        talk("A", "09:00", "09:30", { room: "a" }),
        talk("B", "09:20", "09:50", { room: "a" }),
        talk("C", "09:40", "10:10", { room: "a" }),
      ],
    });
    expect(conflicts[0]!.message).toBe(
      '"Talk A", "Talk B" and "Talk C" overlap one after another in Room A (at most 2 at once)',
    );
  });

  it("names the paths of a person's group and how many places at once", () => {
    const conflicts = conflictsOf({
      items: ["a", "b", "hall"].map((room, index) => talk(`t${index}`, "09:00", "09:30", { room, speakers: ["ada"] })),
    });
    expect(conflicts.map((conflict) => conflict.message)).toEqual([
      "Ada Lovelace is needed in 3 places at once (items[0], items[1] and items[2])",
    ]);
  });

  describe("chairs", () => {
    const session = (items: string[]): Session => ({
      id: "s1",
      title: "Orals",
      chairs: ["grace"],
      room: "a",
      start: "2026-06-01T09:00",
      end: "2026-06-01T10:00",
      items,
    });

    it("counts chairing and speaking in the same session as one place, and a talk elsewhere against it", () => {
      const conflicts = conflictsOf({
        sessions: [session(["own"])],
        items: [
          talk("own", "09:00", "09:30", { speakers: ["grace"] }),
          talk("elsewhere", "09:40", "10:10", { room: "b", speakers: ["grace"] }),
        ],
      });
      expect(conflicts.map((conflict) => [conflict.kind, conflict.paths])).toEqual([
        ["person-overlap", ["sessions[0]", "items[1]"]],
      ]);
    });

    it("still reports a chair speaking in two parallel talks of their own session", () => {
      const conflicts = conflictsOf({
        sessions: [session(["left", "right"])],
        items: [
          talk("left", "09:00", "09:30", { speakers: ["grace"] }),
          talk("right", "09:10", "09:40", { room: "b", speakers: ["grace"] }),
        ],
      });
      expect(conflicts.map((conflict) => [conflict.kind, conflict.ids])).toEqual([
        ["person-overlap", ["left", "right"]],
      ]);
    });

    it("stretches the chair's time over their own talk that overruns the session", () => {
      const conflicts = conflictsOf({
        sessions: [session(["late"])],
        items: [
          talk("late", "09:40", "10:20", { speakers: ["grace"] }),
          talk("next", "10:10", "10:40", { room: "b", speakers: ["grace"] }),
        ],
      });
      expect(conflicts.map((conflict) => [conflict.kind, conflict.paths])).toEqual([
        ["person-overlap", ["sessions[0]", "items[1]"]],
        ["outside-session", ["items[0]", "sessions[0]"]],
      ]);
    });
  });
});
