import { describe, expect, it } from "vitest";
import { placeInLanes } from "./place-in-lanes.js";

const at = (startMinute: number, endMinute: number) => ({ startMs: startMinute * 60_000, endMs: endMinute * 60_000 });

describe("placeInLanes", () => {
  it.each([
    { name: "no intervals", input: [], lanes: [], laneCounts: [] },
    { name: "one interval", input: [at(0, 30)], lanes: [0], laneCounts: [1] },
    { name: "back-to-back intervals share a lane", input: [at(0, 30), at(30, 60)], lanes: [0, 0], laneCounts: [1, 1] },
    {
      name: "two overlapping intervals sit side by side",
      input: [at(0, 30), at(10, 40)],
      lanes: [0, 1],
      laneCounts: [2, 2],
    },
    {
      name: "a freed lane is reused within the group",
      input: [at(0, 60), at(0, 20), at(30, 50)],
      lanes: [0, 1, 1],
      laneCounts: [2, 2, 2],
    },
    {
      name: "a later lone interval is full width",
      input: [at(0, 30), at(10, 40), at(100, 130)],
      lanes: [0, 1, 0],
      laneCounts: [2, 2, 1],
    },
    {
      name: "input order is kept in the output",
      input: [at(10, 40), at(0, 30)],
      lanes: [1, 0],
      laneCounts: [2, 2],
    },
    {
      name: "three-way overlap needs three lanes",
      input: [at(0, 60), at(10, 70), at(20, 80)],
      lanes: [0, 1, 2],
      laneCounts: [3, 3, 3],
    },
    {
      // Drawn beside, not on top of, an item that starts at the same moment.
      name: "an interval that ends before it starts takes no time but keeps its own lane",
      input: [at(30, 10), at(30, 60)],
      lanes: [1, 0],
      laneCounts: [2, 2],
    },
  ])("$name", ({ input, lanes, laneCounts }) => {
    expect(placeInLanes(input)).toEqual({ lanes, laneCounts });
  });

  it("never gives two overlapping intervals the same lane", () => {
    // A dense, irregular day: 200 intervals with pseudo-random starts and lengths.
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const input = Array.from({ length: 200 }, () => {
      const start = Math.floor(random() * 600);
      return at(start, start + 5 + Math.floor(random() * 90));
    });
    const { lanes } = placeInLanes(input);
    for (let a = 0; a < input.length; a += 1) {
      for (let b = a + 1; b < input.length; b += 1) {
        const overlap = input[a]!.startMs < input[b]!.endMs && input[b]!.startMs < input[a]!.endMs;
        if (overlap) expect(lanes[a]).not.toBe(lanes[b]);
      }
    }
  });
});

describe("placeInLanes, many at once", () => {
  it("gives 10,000 simultaneous intervals 10,000 lanes, in input order", () => {
    const { lanes, laneCounts } = placeInLanes(Array.from({ length: 10_000 }, () => at(0, 90)));
    expect(lanes).toEqual(Array.from({ length: 10_000 }, (_, index) => index));
    expect(new Set(laneCounts)).toEqual(new Set([10_000]));
  });

  it("takes the lowest free lane when several free up at once", () => {
    // Lanes 0-3 end at 60, 50, 40, 30. At 45 lanes 3 (freed first) and 2 are free: the lowest,
    // 2, is taken first, then 3, then a new lane.
    const input = [at(0, 60), at(0, 50), at(0, 40), at(0, 30), at(45, 90), at(45, 90), at(45, 90)];
    expect(placeInLanes(input).lanes).toEqual([0, 1, 2, 3, 2, 3, 4]);
  });
});
