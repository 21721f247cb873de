import { describe, expect, it } from "vitest";
import type { Program } from "../model/program.js";
import { validProgram } from "../../test/valid-program.js";
import { diffPrograms } from "./diff-programs.js";
import type { ProgramChange } from "./program-change.js";

// diffPrograms, table-driven: one change to a base program per row, and what must be reported.

type Raw = Parameters<typeof validProgram>[0];

function base(): Raw {
  return {
    people: [
      { id: "ada", name: "Ada Lovelace" },
      { id: "alan", name: "Alan Turing" },
      { id: "grace", name: "Grace Hopper" },
    ],
    rooms: [
      { id: "r1", name: "Room One" },
      { id: "r2", name: "Room Two" },
    ],
    sessions: [{ id: "s1", title: "Morning", room: "r1", chairs: ["grace"], items: ["t1", "t2"] }],
    items: [
      {
        id: "t1",
        kind: "contributed-talk",
        title: "Engines",
        start: "2026-06-01T09:00",
        duration: 30,
        speakers: ["ada"],
      },
      {
        id: "t2",
        kind: "contributed-talk",
        title: "Machines",
        start: "2026-06-01T09:30",
        duration: 30,
        authors: [{ person: "alan", presenting: true }, { person: "ada" }],
        abstract: "On computable numbers.",
      },
      {
        id: "k1",
        kind: "keynote",
        title: "Compilers",
        start: "2026-06-01T11:00",
        duration: 60,
        room: "r2",
        speakers: ["grace"],
      },
    ],
  };
}

/** The base program, changed by `edit`, in `zone`. */
function version(edit: (raw: Raw) => void = () => {}, zone = "Europe/Berlin"): Program {
  const raw = structuredClone(base());
  edit(raw);
  return validProgram(raw, zone);
}

const item = (raw: Raw, id: string) => raw.items.find((entry) => entry.id === id)!;
const kindsOf = (changes: readonly ProgramChange[]) => changes.map((change) => change.kind);

const rows: { name: string; edit: (raw: Raw) => void; kinds: string[] }[] = [
  { name: "nothing changed", edit: () => {}, kinds: [] },
  {
    name: "an item added",
    edit: (raw) =>
      raw.items.push({
        id: "t3",
        kind: "contributed-talk",
        title: "New",
        start: "2026-06-01T10:00",
        duration: 30,
        room: "r1",
      }),
    kinds: ["item-added"],
  },
  { name: "an item removed", edit: (raw) => void raw.items.splice(2, 1), kinds: ["item-removed"] },
  { name: "an item cancelled", edit: (raw) => void (item(raw, "k1").status = "cancelled"), kinds: ["item-cancelled"] },
  {
    name: "an item moved in time",
    edit: (raw) => void (item(raw, "k1").start = "2026-06-01T14:00"),
    kinds: ["item-moved"],
  },
  { name: "an item moved room", edit: (raw) => void (item(raw, "k1").room = "r1"), kinds: ["item-room-changed"] },
  {
    name: "an item retitled",
    edit: (raw) => void (item(raw, "k1").title = "Compilers, revisited"),
    kinds: ["item-retitled"],
  },
  {
    name: "a speaker replaced",
    edit: (raw) => void (item(raw, "t1").speakers = ["alan"]),
    kinds: ["item-people-changed"],
  },
  {
    name: "another author presents",
    edit: (raw) => void (item(raw, "t2").authors = [{ person: "alan" }, { person: "ada", presenting: true }]),
    kinds: ["item-people-changed"],
  },
  {
    name: "speakers only reordered",
    edit: (raw) => void (item(raw, "t2").authors = [{ person: "ada" }, { person: "alan", presenting: true }]),
    kinds: [],
  },
  {
    name: "an abstract changed",
    edit: (raw) => void (item(raw, "t2").abstract = "On computable numbers, revised."),
    kinds: ["item-details-changed"],
  },
  {
    name: "a session moved room (its items move with it)",
    edit: (raw) => void (raw.sessions![0]!.room = "r2"),
    kinds: ["session-room-changed", "item-room-changed", "item-room-changed"],
  },
  {
    name: "a session retitled and rechaired",
    edit: (raw) => Object.assign(raw.sessions![0]!, { title: "Early", chairs: ["ada"] }),
    kinds: ["session-retitled", "session-chairs-changed"],
  },
  {
    name: "the event's dates",
    edit: (raw) =>
      void (raw.event = {
        title: "Test Workshop",
        kind: "workshop",
        startDate: "2026-06-01",
        endDate: "2026-06-02",
        timeZone: "Europe/Berlin",
      }),
    kinds: ["event-changed"],
  },
  {
    name: "an id changed (not stable): removed plus added",
    edit: (raw) => void (item(raw, "k1").id = "k1-renamed"),
    kinds: ["item-added", "item-removed"],
  },
];

describe("diffPrograms", () => {
  it.each(rows)("reports $name", ({ edit, kinds }) => {
    const diff = diffPrograms(version(), version(edit));
    expect(kindsOf(diff.changes)).toEqual(kinds);
    expect(diff.zone).toBe("Europe/Berlin");
    expect(diff.previousZone).toBeUndefined();
  });

  it("gives old and new times, rooms and people of a moved item in the event's zone", () => {
    const diff = diffPrograms(
      version(),
      version((raw) => Object.assign(item(raw, "k1"), { start: "2026-06-01T14:00", room: "r1" })),
    );
    const moved = diff.changes.find((change) => change.kind === "item-moved");
    expect(moved).toMatchObject({
      itemId: "k1",
      title: "Compilers",
      before: { start: "2026-06-01T11:00:00+02:00", end: "2026-06-01T12:00:00+02:00" },
      after: { start: "2026-06-01T14:00:00+02:00", end: "2026-06-01T15:00:00+02:00" },
      beforeRoom: { id: "r2", name: "Room Two" },
      room: { id: "r1", name: "Room One" },
      people: [{ id: "grace", name: "Grace Hopper" }],
    });
  });

  it("names who came and went, and the presenter, on a people change", () => {
    const diff = diffPrograms(
      version(),
      version((raw) => void (item(raw, "t2").authors = [{ person: "grace", presenting: true }, { person: "ada" }])),
    );
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({
      kind: "item-people-changed",
      added: [{ id: "grace" }],
      removed: [{ id: "alan" }],
      presentingBefore: [{ id: "alan" }],
      presentingAfter: [{ id: "grace" }],
      people: [{ id: "alan" }, { id: "ada" }, { id: "grace" }],
    });
  });

  it("reports a move across a DST change with each side's own offset", () => {
    // Europe/Berlin leaves summer time on 2026-10-25 at 03:00: +02:00 before, +01:00 after.
    const at = (start: string) => (raw: Raw) =>
      void Object.assign(
        raw,
        {
          event: {
            title: "Test Workshop",
            kind: "workshop",
            startDate: "2026-10-24",
            endDate: "2026-10-26",
            timeZone: "Europe/Berlin",
          },
        },
        {
          sessions: [],
          items: [{ id: "k1", kind: "keynote", title: "Compilers", start, duration: 60 }],
        },
      );
    const diff = diffPrograms(version(at("2026-10-24T10:00")), version(at("2026-10-25T10:00")));
    expect(diff.changes).toMatchObject([
      {
        kind: "item-moved",
        before: { start: "2026-10-24T10:00:00+02:00" },
        after: { start: "2026-10-25T10:00:00+01:00" },
      },
    ]);
    const moved = diff.changes[0] as { before: { startMs: number }; after: { startMs: number } };
    expect(moved.after.startMs - moved.before.startMs).toBe(25 * 3600_000);
  });

  it("does not report the same instant written on a new zone as a move, and writes each side in its zone", () => {
    // Pacific/Kiritimati is UTC+14: 11:00 Berlin (+02:00) is 09:00 UTC is 23:00 there, same day.
    const before = version();
    const after = version((raw) => {
      raw.event = {
        title: "Test Workshop",
        kind: "workshop",
        startDate: "2026-06-01",
        endDate: "2026-06-02",
        timeZone: "Pacific/Kiritimati",
      };
      item(raw, "k1").start = "2026-06-01T23:00";
      item(raw, "t1").start = "2026-06-01T19:00"; // 09:00 Berlin is 07:00 UTC is 21:00 Kiritimati: a move.
      item(raw, "t2").start = "2026-06-01T21:30";
    }, "Pacific/Kiritimati");
    const diff = diffPrograms(before, after);
    expect(diff.zone).toBe("Pacific/Kiritimati");
    expect(diff.previousZone).toBe("Europe/Berlin");
    const kinds = kindsOf(diff.changes);
    expect(kinds.filter((kind) => kind === "event-changed")).toHaveLength(2); // dates, zone
    const moves = diff.changes.filter((change) => change.kind === "item-moved");
    expect(moves.map((change) => change.itemId)).toEqual(["t1"]);
    expect(moves[0]).toMatchObject({
      before: { start: "2026-06-01T09:00:00+02:00" },
      after: { start: "2026-06-01T19:00:00+14:00" },
    });
    expect(diff.changes.find((change) => change.subject === "event" && change.field === "timeZone")).toMatchObject({
      before: "Europe/Berlin",
      after: "Pacific/Kiritimati",
    });
  });
});
