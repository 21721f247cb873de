import { describe, expect, it } from "vitest";
import { clampHeadingLevel } from "./heading-level.js";

describe("clampHeadingLevel", () => {
  it.each([
    [3, 3, 2, 3],
    [4.4, 3, 2, 4],
    [9, 3, 2, 6],
    [1, 3, 2, 2],
    [1, 2, 1, 1],
    [0, 3, 2, 3],
    [Number.NaN, 2, 1, 2],
    [-4, 3, 2, 2],
  ])("heading-level %d (fallback %d, lowest %d) is level %d", (value, fallback, lowest, expected) => {
    expect(clampHeadingLevel(value, fallback, lowest)).toBe(expected);
  });
});
