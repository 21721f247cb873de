import { describe, expect, it } from "vitest";
import { isGridKey, logicalKey, moveFocus, moveTab, type GridKey, type NavigableCell } from "./grid-navigation.js";

// A day of two rooms (columns 2 and 3) and a lunch across both:
//   row 2-3: A (col 2)   B (col 3)
//   row 3-4: C (col 2)   B continues
//   row 4-5: Lunch (cols 2-4)
//   row 5-6:             D (col 3)
const cells: NavigableCell[] = [
  { rowStart: 2, rowEnd: 3, columnStart: 2, columnEnd: 3 }, // 0 A
  { rowStart: 2, rowEnd: 4, columnStart: 3, columnEnd: 4 }, // 1 B
  { rowStart: 3, rowEnd: 4, columnStart: 2, columnEnd: 3 }, // 2 C
  { rowStart: 4, rowEnd: 5, columnStart: 2, columnEnd: 4 }, // 3 Lunch
  { rowStart: 5, rowEnd: 6, columnStart: 3, columnEnd: 4 }, // 4 D
];

describe("moveFocus", () => {
  it.each<[string, number, GridKey, number]>([
    ["A right to B", 0, "ArrowRight", 1],
    ["B left to A", 1, "ArrowLeft", 0],
    ["A down to C", 0, "ArrowDown", 2],
    ["C down to lunch (which spans its column)", 2, "ArrowDown", 3],
    ["B down to lunch", 1, "ArrowDown", 3],
    ["lunch down to D", 3, "ArrowDown", 4],
    ["D up to lunch", 4, "ArrowUp", 3],
    ["C right to B (shares its row)", 2, "ArrowRight", 1],
    ["D left: nothing shares its row, the nearest in time", 4, "ArrowLeft", 3],
    ["A up: nowhere to go", 0, "ArrowUp", 0],
    ["B right: nowhere to go", 1, "ArrowRight", 1],
    ["Home: the first item", 4, "Home", 0],
    ["End: the last item", 0, "End", 4],
  ])("%s", (_name, from, key, to) => {
    expect(moveFocus(cells, from, key)).toBe(to);
  });

  it("stays put on an empty grid or an unknown index", () => {
    expect(moveFocus([], 0, "ArrowDown")).toBe(0);
    expect(moveFocus(cells, 9, "ArrowDown")).toBe(9);
  });
});

describe("logicalKey", () => {
  it.each<[GridKey, boolean, GridKey]>([
    ["ArrowLeft", false, "ArrowLeft"],
    ["ArrowRight", false, "ArrowRight"],
    ["ArrowLeft", true, "ArrowRight"],
    ["ArrowRight", true, "ArrowLeft"],
    ["ArrowUp", true, "ArrowUp"],
    ["ArrowDown", true, "ArrowDown"],
    ["Home", true, "Home"],
    ["End", true, "End"],
  ])("reads %s on a page that is right-to-left: %s as %s", (key, isRtl, expected) => {
    expect(logicalKey(key, isRtl)).toBe(expected);
  });

  it("moves right-to-left focus to the column on the left: A's left arrow reaches B", () => {
    expect(moveFocus(cells, 0, logicalKey("ArrowLeft", true))).toBe(1);
    expect(moveFocus(cells, 1, logicalKey("ArrowRight", true))).toBe(0);
  });
});

describe("moveTab", () => {
  it.each<[number, number, GridKey, number | undefined]>([
    [0, 3, "ArrowRight", 1],
    [2, 3, "ArrowRight", 0],
    [0, 3, "ArrowLeft", 2],
    [1, 3, "Home", 0],
    [1, 3, "End", 2],
    [1, 3, "ArrowDown", undefined],
    [0, 0, "ArrowRight", undefined],
  ])("from tab %i of %i, %s goes to %s", (current, count, key, expected) => {
    expect(moveTab(current, count, key)).toBe(expected);
  });

  it("knows the keys it moves focus with", () => {
    expect(["ArrowUp", "End", "Enter", "a"].map(isGridKey)).toEqual([true, true, false, false]);
  });
});
