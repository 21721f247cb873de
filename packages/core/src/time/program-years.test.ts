import { describe, expect, it } from "vitest";
import { describeYearProblem, programYears } from "./program-years.js";

describe("describeYearProblem", () => {
  it.each([
    ["1583-01-01", true],
    ["2026-04-27T09:10", true],
    ["9998-12-31T23:59Z", true],
    ["1582-12-31", false],
    ["0000-01-01T09:00", false],
    ["0050-06-01T00:00Z", false],
    ["9999-01-01", false],
    ["9999-12-31T23:59-14:00", false],
  ])("%s is inside the program years: %s", (text, inside) => {
    expect(describeYearProblem(text) === undefined).toBe(inside);
  });

  it("names the year and the range", () => {
    expect(describeYearProblem("9999-06-01")).toBe(
      `"9999-06-01" has year 9999; a program's years run from ${programYears.first} to ${programYears.last} (the Gregorian calendar, and four-digit years in iCalendar)`,
    );
  });
});
