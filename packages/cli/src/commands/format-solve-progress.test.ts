import { describe, expect, it } from "vitest";
import { formatSolveProgress } from "./format-solve-progress.js";

describe("formatSolveProgress", () => {
  it.each([
    [{ incumbent: 250, bound: 242, gap: 0.032, elapsed: 1.44 }, "scheduling… best 250, bound 242, gap 3.2%, 1.4 s"],
    [{ incumbent: Infinity, bound: -Infinity, gap: Infinity, elapsed: 0 }, "scheduling… best -, bound -, gap -, 0.0 s"],
    [{ incumbent: 10.126, bound: 9.5, gap: 0, elapsed: 12 }, "scheduling… best 10.13, bound 9.5, gap 0.0%, 12.0 s"],
  ])("%o -> %s", (progress, line) => expect(formatSolveProgress(progress)).toBe(line));
});
