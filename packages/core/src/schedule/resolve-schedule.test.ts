import { describe, expect, it } from "vitest";
import { validProgram } from "../../test/valid-program.js";
import type { Item } from "../model/item.js";
import { isPlenaryKind, isSharedKind, plenaryItemKinds, sharedItemKinds } from "../model/item-kind.js";
import { resolveSchedule } from "./resolve-schedule.js";

const talk = (id: string, start: string, end: string, extra: Partial<Item> = {}): Item => ({
  id,
  kind: "contributed-talk",
  title: `Talk ${id}`,
  start,
  end,
  ...extra,
});

const rooms = [
  { id: "a", name: "Room A" },
  { id: "b", name: "Room B" },
];

describe("resolveSchedule: instants", () => {
  it("reads local times in the event's zone and writes ISO strings with its offset", () => {
    const program = validProgram({ items: [talk("t1", "2026-04-27T12:00", "2026-04-27T13:30")] }, "America/Sao_Paulo");
    const [entry] = resolveSchedule(program).items;
    expect(entry).toMatchObject({
      start: "2026-04-27T12:00:00-03:00",
      end: "2026-04-27T13:30:00-03:00",
      startMs: Date.UTC(2026, 3, 27, 15, 0),
      endMs: Date.UTC(2026, 3, 27, 16, 30),
      durationMinutes: 90,
      day: "2026-04-27",
      timing: "explicit",
      durationOrigin: "end",
    });
  });

  it("keeps an instant written with an offset as that instant", () => {
    const program = validProgram(
      { items: [talk("t1", "2026-04-27T12:10Z", "2026-04-27T09:40-03:00")] },
      "America/Sao_Paulo",
    );
    const [entry] = resolveSchedule(program).items;
    expect([entry?.start, entry?.end]).toEqual(["2026-04-27T09:10:00-03:00", "2026-04-27T09:40:00-03:00"]);
  });

  it("writes ISO strings in another zone when asked, and regroups days there", () => {
    const program = validProgram(
      { items: [talk("late", "2026-04-27T21:00", "2026-04-27T22:00")] },
      "America/Sao_Paulo",
    );
    const schedule = resolveSchedule(program, { zone: "Asia/Tokyo", dayStartsAt: "00:00" });
    expect(schedule.zone).toBe("Asia/Tokyo");
    expect(schedule.items[0]).toMatchObject({ start: "2026-04-28T09:00:00+09:00", day: "2026-04-28" });
    expect(schedule.days.map((day) => day.date)).toEqual(["2026-04-28"]);
  });

  it("computes the end from a duration, or from the default duration of the item's kind", () => {
    const program = validProgram({
      event: {
        title: "T",
        kind: "workshop",
        startDate: "2026-06-01",
        timeZone: "Europe/Berlin",
        schedule: { status: "final", defaultDurations: { "invited-talk": 45 } },
      },
      items: [
        { id: "own", kind: "keynote", title: "K", start: "2026-06-01T09:00", duration: 60 },
        { id: "default", kind: "invited-talk", title: "I", start: "2026-06-01T10:00" },
      ],
    });
    const byId = new Map(resolveSchedule(program).items.map((entry) => [entry.id, entry]));
    expect(byId.get("own")).toMatchObject({ end: "2026-06-01T10:00:00+02:00", durationOrigin: "duration" });
    expect(byId.get("default")).toMatchObject({ end: "2026-06-01T10:45:00+02:00", durationOrigin: "default" });
  });
});

describe("resolveSchedule: relative times in sessions", () => {
  const program = validProgram({
    event: {
      title: "T",
      kind: "workshop",
      startDate: "2026-06-01",
      timeZone: "Asia/Kathmandu",
      schedule: { status: "final", defaultDurations: { "invited-talk": 45, "coffee-break": 15 } },
    },
    rooms,
    sessions: [
      {
        id: "morning",
        title: "Morning",
        room: "a",
        start: "2026-06-01T09:00",
        items: ["i1", "i2", "coffee", "o1", "i3"],
      },
    ],
    items: [
      { id: "i1", kind: "invited-talk", title: "First" },
      { id: "i2", kind: "invited-talk", title: "Second" },
      { id: "coffee", kind: "coffee-break" },
      { id: "o1", kind: "contributed-talk", title: "Oral", duration: 10 },
      { id: "i3", kind: "invited-talk", title: "Pinned", start: "2026-06-01T11:30" },
    ],
  });
  const schedule = resolveSchedule(program);
  const startOf = (id: string) => schedule.items.find((entry) => entry.id === id)?.start;

  it.each([
    ["i1", "2026-06-01T09:00:00+05:45"],
    ["i2", "2026-06-01T09:45:00+05:45"],
    ["coffee", "2026-06-01T10:30:00+05:45"],
    ["o1", "2026-06-01T10:45:00+05:45"],
    ["i3", "2026-06-01T11:30:00+05:45"],
  ])("places %s at %s", (id, start) => {
    expect(startOf(id)).toBe(start);
  });

  it("marks relative and explicit starts", () => {
    expect(schedule.items.map((entry) => [entry.id, entry.timing])).toEqual([
      ["i1", "relative"],
      ["i2", "relative"],
      ["coffee", "relative"],
      ["o1", "relative"],
      ["i3", "explicit"],
    ]);
  });

  it("gives items their session's room, and the session the span of its items", () => {
    expect(new Set(schedule.items.map((entry) => entry.roomId))).toEqual(new Set(["a"]));
    expect(schedule.sessions[0]).toMatchObject({
      id: "morning",
      startMs: Date.UTC(2026, 5, 1, 3, 15),
      endMs: Date.UTC(2026, 5, 1, 3, 15) + 195 * 60_000,
    });
  });

  it("does not draw a break that has a room across all rooms", () => {
    expect(schedule.items.find((entry) => entry.id === "coffee")?.isPlenary).toBe(false);
  });
});

describe("resolveSchedule: tentative programs", () => {
  const program = validProgram({
    event: {
      title: "T",
      kind: "workshop",
      startDate: "2026-06-08",
      timeZone: "America/Detroit",
      schedule: {
        status: "tentative",
        note: "each invited talk is 45 minutes",
        defaultDurations: { "invited-talk": 45 },
      },
    },
    items: [
      { id: "z-first", kind: "invited-talk", title: "Z" },
      { id: "a-second", kind: "invited-talk", tba: ["title", "speakers"] },
      { id: "lunch", kind: "lunch" },
    ],
  });
  const schedule = resolveSchedule(program);

  it("keeps untimed items apart, in program order, not sorted", () => {
    expect(schedule.items).toEqual([]);
    expect(schedule.days).toEqual([]);
    expect(schedule.untimed.map((entry) => entry.id)).toEqual(["z-first", "a-second", "lunch"]);
  });

  it("gives untimed items their default length when their kind has one", () => {
    expect(schedule.untimed.map((entry) => entry.durationMinutes)).toEqual([45, 45, undefined]);
  });
});

describe("resolveSchedule: days", () => {
  const program = validProgram({
    rooms,
    items: [
      talk("day1", "2026-06-01T09:00", "2026-06-01T10:00", { room: "a" }),
      talk("party", "2026-06-02T01:00", "2026-06-02T02:00", { room: "b" }),
      talk("day2", "2026-06-02T09:00", "2026-06-02T10:00", { room: "a" }),
    ],
  });

  it("rolls a day over at 04:00 by default: a 01:00 party belongs to the evening before", () => {
    const days = resolveSchedule(program).days;
    expect(days.map((day) => [day.date, day.items.map((entry) => entry.id)])).toEqual([
      ["2026-06-01", ["day1", "party"]],
      ["2026-06-02", ["day2"]],
    ]);
  });

  it("uses the configured roll-over hour", () => {
    const days = resolveSchedule(program, { dayStartsAt: "00:00" }).days;
    expect(days.map((day) => [day.date, day.items.map((entry) => entry.id)])).toEqual([
      ["2026-06-01", ["day1"]],
      ["2026-06-02", ["party", "day2"]],
    ]);
  });

  it("groups an event across a DST change into the right local days", () => {
    const dst = validProgram({
      items: [
        talk("sat", "2026-03-28T10:00", "2026-03-28T11:00"),
        talk("sun-early", "2026-03-29T01:30", "2026-03-29T03:30"),
        talk("sun", "2026-03-29T10:00", "2026-03-29T11:00"),
      ],
    });
    const schedule = resolveSchedule(dst, { dayStartsAt: "00:00" });
    const early = schedule.items.find((entry) => entry.id === "sun-early");
    // 01:30 CET to 03:30 CEST is one hour of real time: the clocks skip 02:00-03:00.
    expect(early).toMatchObject({
      start: "2026-03-29T01:30:00+01:00",
      end: "2026-03-29T03:30:00+02:00",
      durationMinutes: 60,
    });
    expect(schedule.days.map((day) => day.date)).toEqual(["2026-03-28", "2026-03-29"]);
  });
});

describe("resolveSchedule: rooms, lanes and plenary items", () => {
  const program = validProgram({
    rooms: [...rooms, { id: "c", name: "Room C" }],
    items: [
      talk("b1", "2026-06-01T09:00", "2026-06-01T09:30", { room: "b" }),
      talk("a1", "2026-06-01T09:00", "2026-06-01T10:00", { room: "a" }),
      talk("a2", "2026-06-01T09:30", "2026-06-01T10:30", { room: "a" }),
      talk("a3", "2026-06-01T11:00", "2026-06-01T11:30", { room: "a" }),
      talk("loose", "2026-06-01T09:00", "2026-06-01T09:30"),
      { id: "lunch", kind: "lunch", start: "2026-06-01T12:00", end: "2026-06-01T13:00" },
      talk("keynote", "2026-06-01T13:00", "2026-06-01T14:00", { room: "a", plenary: true }),
    ],
  });
  const [day] = resolveSchedule(program).days;

  it("lists the rooms used that day in program order, then items with no room", () => {
    expect(day?.rooms.map((column) => column.roomId)).toEqual(["a", "b", undefined]);
  });

  it("puts overlapping items of one room in lanes", () => {
    const roomA = day?.rooms[0];
    expect(roomA?.items.map((entry) => [entry.id, entry.lane, entry.laneCount])).toEqual([
      ["a1", 0, 2],
      ["a2", 1, 2],
      ["a3", 0, 1],
    ]);
    expect(roomA?.laneCount).toBe(2);
  });

  it("draws breaks without a room and plenary items across all rooms", () => {
    expect(day?.plenaryItems.map((entry) => entry.id)).toEqual(["lunch", "keynote"]);
    expect(day?.items.filter((entry) => entry.isPlenary).map((entry) => entry.id)).toEqual(["lunch", "keynote"]);
  });

  it("keeps the old names of the plenary concept working, deprecated", () => {
    expect(day?.spanningItems).toBe(day?.plenaryItems);
    expect(day?.items.map((entry) => entry.spansAllRooms)).toEqual(day?.items.map((entry) => entry.isPlenary));
    expect(sharedItemKinds).toBe(plenaryItemKinds);
    expect(isSharedKind("lunch")).toBe(isPlenaryKind("lunch"));
    expect(isPlenaryKind("keynote")).toBe(false);
  });

  it("keeps every item of the day in time order, then program order, lanes included", () => {
    expect(day?.items.map((entry) => entry.id)).toEqual(["b1", "a1", "loose", "a2", "a3", "lunch", "keynote"]);
    expect(day?.items.find((entry) => entry.id === "a2")?.lane).toBe(1);
  });
});
