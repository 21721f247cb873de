import { describe, expect, it } from "vitest";
import { confidenceOf, meetsConfidence } from "./confidence.js";

describe("confidenceOf and meetsConfidence", () => {
  it.each([
    [{ label: "Vision", score: 0.93 }, 0.9, 0.93, true],
    [{ label: "Vision", score: 0.93 }, 0.93, 0.93, true],
    [{ label: "Vision", score: 0.93 }, 0.95, 0.93, false],
    [{ label: "Vision", score: 0 }, 0, 0, true],
    // An unscored tag was given by a person: certain, never hidden.
    [{ label: "Keyword" }, 1, 1, true],
  ])("%j at minimum %d", (tag, minimum, confidence, meets) => {
    expect(confidenceOf(tag)).toBe(confidence);
    expect(meetsConfidence(tag, minimum)).toBe(meets);
  });
});
