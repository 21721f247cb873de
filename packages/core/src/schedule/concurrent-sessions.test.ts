import { describe, expect, it } from "vitest";
import { validProgram } from "../../test/valid-program.js";
import type { Item } from "../model/item.js";
import { resolveSchedule } from "./resolve-schedule.js";

// Issue 17: sessions in the resolved schedule; a poster session's items share their hall.
const poster = (id: string, extra: Partial<Item> = {}): Item => ({
  id,
  kind: "poster",
  title: `Poster ${id}`,
  ...extra,
});
const people = [
  { id: "ada", name: "Ada Lovelace" },
  { id: "alan", name: "Alan Turing" },
];
const rooms = [
  { id: "hall", name: "Hall" },
  { id: "a", name: "Room A" },
];

const postersProgram = (timeZone: string, start: string, end: string, extraItems: Item[] = []) =>
  validProgram(
    {
      people,
      rooms,
      sessions: [
        {
          id: "p1",
          title: "Poster session 1",
          mode: "concurrent",
          room: "hall",
          chairs: ["ada"],
          start,
          end,
          items: ["x", "y", "z"],
        },
      ],
      items: [poster("x", { board: "1" }), poster("y", { board: "2" }), poster("z", { board: "3" }), ...extraItems],
    },
    timeZone,
  );

describe("resolveSchedule: concurrent sessions", () => {
  it("reports no room conflict between the items of one concurrent session", () => {
    const schedule = resolveSchedule(postersProgram("Europe/Berlin", "2026-06-01T14:00", "2026-06-01T16:00"));
    expect(schedule.conflicts).toEqual([]);
  });

  it("still reports another item in the hall during the session, naming the session once", () => {
    const talk: Item = {
      id: "t",
      kind: "contributed-talk",
      title: "Talk",
      room: "hall",
      start: "2026-06-01T15:00",
      end: "2026-06-01T15:30",
    };
    const conflicts = resolveSchedule(
      postersProgram("Europe/Berlin", "2026-06-01T14:00", "2026-06-01T16:00", [talk]),
    ).conflicts.filter((conflict) => conflict.kind === "room-overlap");
    expect(conflicts).toEqual([
      expect.objectContaining({
        paths: ["sessions[0]", "items[3]"],
        ids: ["p1", "t"],
        message: 'session "Poster session 1" and "Talk" are in Hall at the same time',
      }),
    ]);
  });

  it("puts the session's items in one lane of their room", () => {
    const [day] = resolveSchedule(postersProgram("Europe/Berlin", "2026-06-01T14:00", "2026-06-01T16:00")).days;
    expect(day?.rooms.map((room) => [room.roomId, room.laneCount])).toEqual([["hall", 1]]);
    expect(day?.items.map((entry) => [entry.id, entry.lane, entry.laneCount])).toEqual([
      ["x", 0, 1],
      ["y", 0, 1],
      ["z", 0, 1],
    ]);
  });

  it("resolves the session on its day across a DST change, with chairs and local times", () => {
    // Clocks go back in Berlin at 03:00 on 2026-10-25: the session lasts five hours.
    const schedule = resolveSchedule(postersProgram("Europe/Berlin", "2026-10-25T00:00", "2026-10-25T04:00"), {
      dayStartsAt: "00:00",
    });
    const [day] = schedule.days;
    expect(day?.date).toBe("2026-10-25");
    expect(day?.sessions).toEqual([
      expect.objectContaining({
        id: "p1",
        title: "Poster session 1",
        mode: "concurrent",
        roomIds: ["hall"],
        start: "2026-10-25T00:00:00+02:00",
        end: "2026-10-25T04:00:00+01:00",
        endMs: Date.UTC(2026, 9, 25, 3, 0),
        day: "2026-10-25",
        chairs: [{ id: "ada", name: "Ada Lovelace" }],
        itemIds: ["x", "y", "z"],
      }),
    ]);
    expect(day?.items.every((entry) => entry.sessionId === "p1")).toBe(true);
  });

  it("resolves a session in a zone far from UTC into the viewer's day", () => {
    const program = postersProgram("Pacific/Kiritimati", "2026-06-01T09:00", "2026-06-01T11:00");
    const schedule = resolveSchedule(program, { zone: "Pacific/Pago_Pago", dayStartsAt: "00:00" });
    // UTC+14 09:00 is UTC-11 the day before, 08:00.
    expect(schedule.sessions[0]).toMatchObject({ start: "2026-05-31T08:00:00-11:00", day: "2026-05-31" });
    expect(schedule.days.map((day) => [day.date, day.sessions.map((session) => session.id)])).toEqual([
      ["2026-05-31", ["p1"]],
    ]);
  });
});

describe("resolveSchedule: items with a date and no time", () => {
  const program = validProgram(
    {
      rooms,
      items: [
        { id: "timed", kind: "invited-talk", title: "Timed", start: "2026-06-01T10:00", duration: 60 },
        { id: "dated", kind: "invited-talk", title: "Dated", date: "2026-06-03" },
        { id: "tba", kind: "invited-talk", title: "No date", tba: ["time"] },
      ],
    },
    "Asia/Kathmandu",
  );
  const schedule = resolveSchedule(program);

  it("puts a dated item on its day, time not announced, without inventing a slot", () => {
    expect(schedule.days.map((day) => [day.date, day.items.length, day.untimed.map((entry) => entry.id)])).toEqual([
      ["2026-06-01", 1, []],
      ["2026-06-03", 0, ["dated"]],
    ]);
    expect(schedule.untimed.map((entry) => [entry.id, entry.date, entry.timeToBeAnnounced])).toEqual([
      ["dated", "2026-06-03", true],
      ["tba", undefined, true],
    ]);
  });

  it("spans a day with only untimed items over the whole program day in the zone", () => {
    const day = schedule.days[1]!;
    // 04:00 in Kathmandu (UTC+05:45) is 22:15 UTC the day before.
    expect([new Date(day.startMs).toISOString(), new Date(day.endMs).toISOString()]).toEqual([
      "2026-06-02T22:15:00.000Z",
      "2026-06-03T22:15:00.000Z",
    ]);
  });
});
