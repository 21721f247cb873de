import { describe, expect, it } from "vitest";
import { importDateList } from "./date-list.js";
import type { WrittenDateFormat } from "../time/read-written-date.js";

describe("importDateList", () => {
  const pasted = ["# Spring term", "04/03/2026", "", "  18/03/2026", "01/04/2026", "# Summer", "15/04/2026"].join("\n");

  it("reads a list in the named format into sorted ISO dates", () => {
    expect(importDateList(pasted, { format: "DD/MM/YYYY" })).toEqual({
      ok: true,
      dates: ["2026-03-04", "2026-03-18", "2026-04-01", "2026-04-15"],
      warnings: [],
    });
  });

  it("reads the same text the other way when told it is American", () => {
    const result = importDateList("04/03/2026\n05/03/2026", { format: "MM/DD/YYYY" });
    expect(result.ok && result.dates).toEqual(["2026-04-03", "2026-05-03"]);
  });

  it("refuses to guess when no format is named, even when every date reads one way", () => {
    const result = importDateList("25/03/2026\n28/03/2026", {} as { format: WrittenDateFormat });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]!.message).toMatch(
      /^needs its date format: say how the dates are written \(YYYY-MM-DD, DD\/MM\/YYYY.*04\/03\/2026 is April 3 in one country and March 4 in another$/,
    );
  });

  it("names the line and column of every date it cannot read", () => {
    const result = importDateList("04/03/2026\n  31/02/2026\n4 March 2026\n", { format: "DD/MM/YYYY" });
    expect(!result.ok && result.errors).toEqual([
      expect.objectContaining({ line: 2, column: 3, message: '"31/02/2026": Feb 2026 has no day 31' }),
      expect.objectContaining({ line: 3, column: 1, message: '"4 March 2026" is not a date written DD/MM/YYYY' }),
    ]);
  });

  it("warns about a date listed twice and keeps it once", () => {
    const result = importDateList("Fri 3 Apr 2026\r\n3 April 2026", { format: "D MMMM YYYY" });
    expect(result).toEqual({
      ok: true,
      dates: ["2026-04-03"],
      warnings: [expect.objectContaining({ line: 2, message: "2026-04-03 is listed again (first on line 1)" })],
    });
  });

  it("says when a list has no dates at all", () => {
    const result = importDateList("# nothing yet\n\n", { format: "DD/MM/YYYY" });
    expect(!result.ok && result.errors[0]!.message).toBe("has no dates (one per line)");
  });
});
