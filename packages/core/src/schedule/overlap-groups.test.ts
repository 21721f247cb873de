import { describe, expect, it } from "vitest";
import { groupOverlaps } from "./overlap-groups.js";

/** `[name, start, end]` in minutes; the tests read groups back as names. */
type Row = readonly [string, number, number];
const intervals = (rows: readonly Row[]) =>
  rows.map(([name, start, end]) => ({ name, startMs: start * 60_000, endMs: end * 60_000 }));
const groupsOf = (rows: readonly Row[]) =>
  groupOverlaps(intervals(rows)).map((group) => ({
    names: group.members.map((member) => member.name).join(""),
    from: group.startMs / 60_000,
    to: group.endMs / 60_000,
    mostAtOnce: group.mostAtOnce,
  }));

describe("groupOverlaps", () => {
  it.each<[string, Row[], ReturnType<typeof groupsOf>]>([
    ["nothing", [], []],
    ["one interval", [["A", 0, 30]], []],
    [
      "two apart",
      [
        ["A", 0, 30],
        ["B", 40, 60],
      ],
      [],
    ],
    [
      "touching: the end is exclusive",
      [
        ["A", 0, 30],
        ["B", 30, 60],
      ],
      [],
    ],
    [
      "a pair",
      [
        ["A", 0, 30],
        ["B", 15, 45],
      ],
      [{ names: "AB", from: 0, to: 45, mostAtOnce: 2 }],
    ],
    [
      "a chain: A overlaps B, B overlaps C, A never meets C",
      [
        ["A", 0, 30],
        ["B", 20, 50],
        ["C", 40, 70],
      ],
      [{ names: "ABC", from: 0, to: 70, mostAtOnce: 2 }],
    ],
    [
      "nested: B and C inside A, apart from each other",
      [
        ["A", 0, 100],
        ["B", 10, 20],
        ["C", 50, 60],
      ],
      [{ names: "ABC", from: 0, to: 100, mostAtOnce: 2 }],
    ],
    [
      "nested three deep",
      [
        ["A", 0, 100],
        ["B", 10, 90],
        ["C", 20, 80],
      ],
      [{ names: "ABC", from: 0, to: 100, mostAtOnce: 3 }],
    ],
    [
      "a long interval keeps the run open past a short one that ended",
      [
        ["A", 0, 100],
        ["B", 10, 20],
        ["C", 90, 120],
        ["D", 120, 130],
      ],
      [{ names: "ABC", from: 0, to: 120, mostAtOnce: 2 }],
    ],
    [
      "two groups, split where nothing overlaps (touching at 60)",
      [
        ["A", 0, 40],
        ["B", 30, 60],
        ["C", 60, 90],
        ["D", 80, 100],
      ],
      [
        { names: "AB", from: 0, to: 60, mostAtOnce: 2 },
        { names: "CD", from: 60, to: 100, mostAtOnce: 2 },
      ],
    ],
    [
      "same start and end",
      [
        ["A", 0, 30],
        ["B", 0, 30],
      ],
      [{ names: "AB", from: 0, to: 30, mostAtOnce: 2 }],
    ],
    [
      "input out of order comes back by start, input order among equal starts",
      [
        ["C", 20, 40],
        ["B", 0, 30],
        ["A", 0, 25],
      ],
      [{ names: "BAC", from: 0, to: 40, mostAtOnce: 3 }],
    ],
    [
      "intervals with no length occupy no time",
      [
        ["A", 0, 60],
        ["empty", 30, 30],
        ["backwards", 50, 10],
      ],
      [],
    ],
    [
      "a crowd touching at the end counts those present at once",
      [
        ["A", 0, 30],
        ["B", 0, 30],
        ["C", 10, 40],
        ["D", 30, 50],
      ],
      [{ names: "ABCD", from: 0, to: 50, mostAtOnce: 3 }],
    ],
  ])("%s", (_, rows, expected) => {
    expect(groupsOf(rows)).toEqual(expected);
  });

  it("puts 1,000 posters in one hall at once in one group, not 499,500 pairs", () => {
    const posters = Array.from({ length: 1000 }, (_, index): Row => [`p${index}`, 0, 90]);
    const groups = groupOverlaps(intervals(posters));
    expect(groups).toHaveLength(1);
    expect(groups[0]!.members).toHaveLength(1000);
    expect(groups[0]!.mostAtOnce).toBe(1000);
  });

  it("holds each interval in one group at most, even under a staircase of overlaps", () => {
    // Each interval overlaps the next 499: maximal cliques would list about 500 x 500 entries.
    const staircase = Array.from({ length: 1000 }, (_, index): Row => [`s${index}`, index, index + 500]);
    const groups = groupOverlaps(intervals(staircase));
    expect(groups.map((group) => [group.members.length, group.mostAtOnce])).toEqual([[1000, 500]]);
  });
});
