import { describe, expect, it } from "vitest";
import { conferenceProgram } from "../testing/conference-fixture.js";
import { scheduleOf } from "../shared/schedule-cache.js";
import { layoutDay, locateInRows } from "./grid-layout.js";

const day = scheduleOf(conferenceProgram()).days[0]!;
const placementOf = (layout: ReturnType<typeof layoutDay>, id: string) => {
  const { rowStart, rowEnd, columnStart, columnEnd } = layout.placements.find(
    (placement) => placement.entry.id === id,
  )!;
  return { rowStart, rowEnd, columnStart, columnEnd };
};
const berlin = (clock: string) => Date.parse(`2026-03-28T${clock}:00+01:00`);

describe("layoutDay", () => {
  const layout = layoutDay(day, () => true);

  it("makes a row at every distinct start and end, not in proportion to time", () => {
    expect(layout.rowStarts.map((instant) => new Date(instant).toISOString().slice(11, 16))).toEqual([
      "08:00",
      "08:30",
      "08:35",
      "08:45",
      "09:00",
      "11:00",
      "12:00",
      "17:00",
      "17:30",
    ]);
  });

  it("gives each room a block of columns as wide as its lanes, in program order", () => {
    expect(layout.rooms.map((room) => [room.roomId, room.columnStart, room.laneCount])).toEqual([
      ["a", 2, 1],
      ["b", 3, 2],
      ["c", 5, 1],
    ]);
    expect(layout.columnCount).toBe(4);
  });

  it.each([
    ["a 5-minute talk gets one whole row", "a2", { rowStart: 3, rowEnd: 4, columnStart: 2, columnEnd: 3 }],
    [
      "an hour-long talk spans the rows it covers, in its lane",
      "b1",
      { rowStart: 2, rowEnd: 6, columnStart: 3, columnEnd: 4 },
    ],
    ["the overlapping talk takes the second lane", "b2", { rowStart: 3, rowEnd: 6, columnStart: 4, columnEnd: 5 }],
    ["lunch spans every room", "lunch", { rowStart: 7, rowEnd: 8, columnStart: 2, columnEnd: 6 }],
  ])("%s", (_name, id, expected) => {
    expect(placementOf(layout, id)).toEqual(expected);
  });

  it("leaves out hidden items, with their rows and empty rooms", () => {
    const onlyRoomA = layoutDay(day, (entry) => entry.roomId === "a");
    expect(onlyRoomA.rooms.map((room) => room.roomId)).toEqual(["a"]);
    expect(onlyRoomA.rowStarts).toHaveLength(6);
    expect(onlyRoomA.placements.map((placement) => placement.entry.id)).toEqual(["a1", "a2", "a3", "a4"]);
  });
});

describe("locateInRows", () => {
  const rows = [berlin("09:00"), berlin("09:30"), berlin("10:00")];
  it.each([
    ["before the day", berlin("08:59"), undefined],
    ["at the first row's start", berlin("09:00"), { row: 0, fraction: 0 }],
    ["half way through the first row", berlin("09:15"), { row: 0, fraction: 0.5 }],
    ["in the last row", berlin("10:30"), { row: 2, fraction: 0.5 }],
    ["at the end of the day", berlin("11:00"), undefined],
  ])("%s", (_name, at, expected) => {
    expect(locateInRows(rows, berlin("11:00"), at)).toEqual(expected);
  });
});
