import { describe, expect, it } from "vitest";
import { validProgram } from "../../test/valid-program.js";
import { describeChange, describeTime } from "./describe-change.js";
import { diffPrograms } from "./diff-programs.js";

// describeChange on real diffs: the words a text or markdown report prints.

const rooms = [
  { id: "r1", name: "Room One" },
  { id: "r2", name: "Room Two" },
];
const people = [
  { id: "ada", name: "Ada Lovelace" },
  { id: "alan" /* name to be announced */, tba: ["name" as const] },
];
const program = (items: Parameters<typeof validProgram>[0]["items"], timeZone = "Europe/Berlin") =>
  validProgram({ rooms, people, items }, timeZone);
const talk = {
  id: "k1",
  kind: "keynote" as const,
  title: "Compilers",
  start: "2026-06-01T11:00",
  duration: 60,
  room: "r2",
  speakers: ["ada"],
};

describe("describeChange", () => {
  it.each([
    {
      name: "a move",
      after: [{ ...talk, start: "2026-06-01T14:00", room: "r1" }],
      label: "Moved",
      detail: "from 2026-06-01 11:00–12:00, Room Two to 2026-06-01 14:00–15:00, Room One",
    },
    {
      name: "a cancellation",
      after: [{ ...talk, status: "cancelled" as const }],
      label: "Cancelled",
      detail: "was 2026-06-01 11:00–12:00, Room Two",
    },
    {
      name: "a new item",
      after: [talk, { ...talk, id: "k2", title: "Linkers", start: "2026-06-01T13:00" }],
      label: "New",
      detail: "2026-06-01 13:00–14:00, Room Two",
    },
    {
      name: "a retitling",
      after: [{ ...talk, title: "Compilers II" }],
      label: "Retitled",
      detail: 'from "Compilers" to "Compilers II"',
    },
    {
      name: "a new speaker still to be announced",
      after: [{ ...talk, speakers: ["ada", "alan"] }],
      label: "People changed",
      detail: "added alan",
    },
    { name: "an abstract", after: [{ ...talk, abstract: "New." }], label: "Abstract changed", detail: "" },
    {
      name: "a talk gone remote",
      after: [{ ...talk, presentation: "remote" as const }],
      label: "Presentation changed",
      detail: 'from "in-person" to "remote"',
    },
  ])("words $name", ({ after, label, detail }) => {
    const [change, ...rest] = diffPrograms(program([talk]), program(after)).changes;
    expect(rest.filter((other) => other.kind !== "item-room-changed")).toEqual([]);
    expect(describeChange(change!)).toEqual({
      label,
      subject: after.at(-1)!.title === "Linkers" ? "Linkers" : after[0]!.title,
      detail,
    });
  });

  it("sees no change when the default presentation is written down", () => {
    expect(diffPrograms(program([talk]), program([{ ...talk, presentation: "in-person" }])).changes).toEqual([]);
  });

  it("words an event zone change with both zones", () => {
    const [change] = diffPrograms(program([]), program([], "Asia/Tokyo")).changes;
    expect(describeChange(change!)).toEqual({
      label: "Event time zone changed",
      subject: "",
      detail: 'from "Europe/Berlin" to "Asia/Tokyo"',
    });
  });

  it("writes a time that crosses midnight with both days", () => {
    expect(
      describeTime({ startMs: 0, endMs: 0, start: "2026-06-01T23:30:00+02:00", end: "2026-06-02T00:30:00+02:00" }),
    ).toBe("2026-06-01 23:30 – 2026-06-02 00:30");
  });
});
