import { describe, expect, it } from "vitest";
import { formatDayHeading } from "./format-day-heading.js";

// Weekdays worked out by hand: 2026-01-01 is a Thursday, so 2026-04-27 (day 117) is a Monday,
// 2026-12-31 a Thursday, 2027-01-01 a Friday and 2028-02-29 (59 days after Saturday
// 2028-01-01) a Tuesday.
describe("formatDayHeading: long style (the default)", () => {
  it.each([
    { date: "2026-04-27", locale: "en-GB", expected: "Monday, 27 April 2026" },
    { date: "2026-04-27", locale: "pt-BR", expected: "segunda-feira, 27 de abril de 2026" },
    { date: "2026-04-27", locale: "en-US", expected: "Monday, April 27, 2026" },
    { date: "2026-12-31", locale: "en-GB", expected: "Thursday, 31 December 2026" },
    { date: "2027-01-01", locale: "en-GB", expected: "Friday, 1 January 2027" },
    { date: "2028-02-29", locale: "en-GB", expected: "Tuesday, 29 February 2028" },
    { date: "2028-02-29", locale: "pt-BR", expected: "terça-feira, 29 de fevereiro de 2028" },
  ])("writes $date in $locale as '$expected'", ({ date, locale, expected }) => {
    expect(formatDayHeading(date, { locale, style: "long" })).toBe(expected);
  });

  it("uses the long style when no style is given", () => {
    expect(formatDayHeading("2026-04-27", { locale: "en-GB" })).toBe("Monday, 27 April 2026");
  });
});

describe("formatDayHeading: short style, for tabs", () => {
  it.each([
    { date: "2026-04-27", locale: "en-GB", expected: "Mon 27 Apr" },
    { date: "2026-04-27", locale: "pt-BR", expected: "seg., 27 de abr." },
    { date: "2026-04-28", locale: "en-GB", expected: "Tue 28 Apr" },
    { date: "2026-04-28", locale: "pt-BR", expected: "ter., 28 de abr." },
    { date: "2027-01-01", locale: "en-GB", expected: "Fri 1 Jan" },
  ])("writes $date in $locale as '$expected'", ({ date, locale, expected }) => {
    expect(formatDayHeading(date, { locale, style: "short" })).toBe(expected);
  });
});
