import { describe, expect, it } from "vitest";
import { daysInMonth, localAsUtcMs, readDateText, readDateTimeText, type LocalDateTime } from "./date-time-text.js";

/**
 * An instant written out in full with its offset, read by the platform's own ISO parser. Every
 * expectation below is written this way (never through the code under test), and the `Z` or
 * offset is mandatory so the process zone can never leak in.
 */
function instant(iso: string): number {
  if (!/(Z|[+-]\d{2}:\d{2})$/.test(iso)) throw new Error(`test helper: ${iso} has no offset`);
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`test helper: ${iso} does not parse`);
  return ms;
}

function local(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): LocalDateTime {
  return { year, month, day, hour, minute, second };
}

const notADateTime = (text: string) =>
  `${JSON.stringify(text)} is not a date-time; expected YYYY-MM-DDTHH:MM in the event's time zone (2026-04-27T09:10) or an instant with an offset (2026-04-27T12:10Z)`;

describe("readDateTimeText: local date-times (no offset)", () => {
  it.each([
    { text: "2026-04-27T09:10", expected: local(2026, 4, 27, 9, 10) },
    { text: "2026-04-27T09:10:30", expected: local(2026, 4, 27, 9, 10, 30) },
    { text: "2026-04-27T00:00", expected: local(2026, 4, 27, 0, 0) },
    { text: "2026-12-31T23:59:59", expected: local(2026, 12, 31, 23, 59, 59) },
    { text: "2026-01-31T08:00", expected: local(2026, 1, 31, 8, 0) },
    { text: "2026-04-30T08:00", expected: local(2026, 4, 30, 8, 0) },
    { text: "2026-02-28T08:00", expected: local(2026, 2, 28, 8, 0) },
    // 2028 is a leap year (divisible by 4); 2000 is one too (divisible by 400).
    { text: "2028-02-29T08:00", expected: local(2028, 2, 29, 8, 0) },
    { text: "2000-02-29T08:00", expected: local(2000, 2, 29, 8, 0) },
    // A wall time inside a DST gap is still a well-formed local text; the zone decides later.
    { text: "2026-03-29T02:30", expected: local(2026, 3, 29, 2, 30) },
  ])("reads $text as a local wall-clock time", ({ text, expected }) => {
    expect(readDateTimeText(text)).toEqual({ form: "local", local: expected });
  });
});

describe("readDateTimeText: instants (Z or ±HH:MM offset)", () => {
  it.each([
    { text: "2026-04-27T12:10Z", utc: "2026-04-27T12:10:00Z", offsetMinutes: 0 },
    { text: "2026-04-27T12:10:00Z", utc: "2026-04-27T12:10:00Z", offsetMinutes: 0 },
    { text: "2026-04-27T12:10+00:00", utc: "2026-04-27T12:10:00Z", offsetMinutes: 0 },
    { text: "2026-04-27T09:10-03:00", utc: "2026-04-27T12:10:00Z", offsetMinutes: -180 },
    { text: "2026-04-27T09:10:30-03:00", utc: "2026-04-27T12:10:30Z", offsetMinutes: -180 },
    { text: "2026-04-27T17:55+05:45", utc: "2026-04-27T12:10:00Z", offsetMinutes: 345 },
    { text: "2026-04-28T01:55+13:45", utc: "2026-04-27T12:10:00Z", offsetMinutes: 825 },
    { text: "2026-04-28T02:10+14:00", utc: "2026-04-27T12:10:00Z", offsetMinutes: 840 },
    { text: "2026-04-27T01:10-11:00", utc: "2026-04-27T12:10:00Z", offsetMinutes: -660 },
    // -14:00 is the bottom of the accepted range (the check is symmetric).
    { text: "2026-04-27T22:10-14:00", utc: "2026-04-28T12:10:00Z", offsetMinutes: -840 },
    // The offset moves the instant across a date and a year boundary.
    { text: "2026-04-27T00:30+01:00", utc: "2026-04-26T23:30:00Z", offsetMinutes: 60 },
    { text: "2026-12-31T23:30-03:00", utc: "2027-01-01T02:30:00Z", offsetMinutes: -180 },
  ])("reads $text as the instant $utc with offset $offsetMinutes min", ({ text, utc, offsetMinutes }) => {
    expect(readDateTimeText(text)).toEqual({ form: "instant", epochMs: instant(utc), offsetMinutes });
  });

  it("gives 2026-04-27T12:10Z the epoch 1_777_291_800_000 ms (20570 days after 1970-01-01, plus 12:10)", () => {
    // 1970..2025 is 56 years with 14 leap days (1972..2024): 20454 days; Jan+Feb+Mar 2026 = 90,
    // plus 26 days into April = 20570 days. 20570 × 86 400 000 + 43 800 000 = 1 777 291 800 000.
    const result = readDateTimeText("2026-04-27T12:10Z");
    expect(result.form === "instant" ? result.epochMs : undefined).toBe(1_777_291_800_000);
  });
});

describe("readDateTimeText: invalid fields come back with a problem naming the field", () => {
  it.each([
    {
      text: "2026-04-27T25:00",
      problem: `"2026-04-27T25:00": "25:00" is not a time of day; expected HH:MM from 00:00 to 23:59`,
    },
    {
      text: "2026-04-27T24:00",
      problem: `"2026-04-27T24:00": "24:00" is not a time of day; expected HH:MM from 00:00 to 23:59`,
    },
    {
      text: "2026-04-27T12:60",
      problem: `"2026-04-27T12:60": "12:60" is not a time of day; expected HH:MM from 00:00 to 23:59`,
    },
    {
      text: "2026-04-27T99:99",
      problem: `"2026-04-27T99:99": "99:99" is not a time of day; expected HH:MM from 00:00 to 23:59`,
    },
    {
      text: "2026-04-27T25:00Z",
      problem: `"2026-04-27T25:00Z": "25:00" is not a time of day; expected HH:MM from 00:00 to 23:59`,
    },
    { text: "2026-13-01T09:00", problem: `"2026-13-01T09:00" has month 13; expected 01-12` },
    { text: "2026-00-10T09:00", problem: `"2026-00-10T09:00" has month 0; expected 01-12` },
    { text: "2026-02-30T09:00", problem: `"2026-02-30T09:00" is not a date: 2026-02 has days 01-28` },
    // 2026 is not a leap year; 2028 is, so only its Feb 30 is rejected.
    { text: "2026-02-29T09:00", problem: `"2026-02-29T09:00" is not a date: 2026-02 has days 01-28` },
    { text: "2028-02-30T09:00", problem: `"2028-02-30T09:00" is not a date: 2028-02 has days 01-29` },
    // 2100 is divisible by 100 but not 400: not a leap year.
    { text: "2100-02-29T09:00", problem: `"2100-02-29T09:00" is not a date: 2100-02 has days 01-28` },
    { text: "2026-04-31T09:00", problem: `"2026-04-31T09:00" is not a date: 2026-04 has days 01-30` },
    { text: "2026-04-00T09:00", problem: `"2026-04-00T09:00" is not a date: 2026-04 has days 01-30` },
    {
      text: "2026-04-27T09:10+15:00",
      problem: `"2026-04-27T09:10+15:00" has offset +15:00; offsets run from -14:00 to +14:00`,
    },
    {
      text: "2026-04-27T09:10-15:00",
      problem: `"2026-04-27T09:10-15:00" has offset -15:00; offsets run from -14:00 to +14:00`,
    },
    {
      text: "2026-04-27T09:10+14:01",
      problem: `"2026-04-27T09:10+14:01" has offset +14:01; offsets run from -14:00 to +14:00`,
    },
    {
      text: "2026-04-27T09:10+05:60",
      problem: `"2026-04-27T09:10+05:60" has offset +05:60; offsets run from -14:00 to +14:00`,
    },
  ])("rejects $text", ({ text, problem }) => {
    expect(readDateTimeText(text)).toEqual({ form: "invalid", problem });
  });

  it.each([
    // Month is checked before day, day before time, time before offset.
    { text: "2026-13-45T25:00+15:00", problem: `"2026-13-45T25:00+15:00" has month 13; expected 01-12` },
    { text: "2026-02-30T25:00+15:00", problem: `"2026-02-30T25:00+15:00" is not a date: 2026-02 has days 01-28` },
    {
      text: "2026-02-28T25:00+15:00",
      problem: `"2026-02-28T25:00+15:00": "25:00" is not a time of day; expected HH:MM from 00:00 to 23:59`,
    },
  ])("reports only the first problem of $text (month, then day, then time, then offset)", ({ text, problem }) => {
    expect(readDateTimeText(text)).toEqual({ form: "invalid", problem });
  });

  it.each([
    { text: "2026-04-27T12:00:60", clock: "12:00:60" },
    { text: "2026-04-27T23:59:60", clock: "23:59:60" },
  ])("names the seconds in the problem for $text instead of calling a valid HH:MM wrong", ({ text, clock }) => {
    // The text is rightly rejected, but the sentence must point at what is wrong: the seconds.
    // Saying `"12:00" is not a time of day` sends the webmaster looking at a correct hour:minute.
    const result = readDateTimeText(text);
    expect(result.form).toBe("invalid");
    expect(result.form === "invalid" ? result.problem : "").toContain(`"${clock}" is not a time of day`);
  });
});

describe("readDateTimeText: text that is not a date-time at all", () => {
  it.each([
    "next Monday",
    "",
    "2026-04-27",
    "2026-04-27 09:10",
    "2026-04-27t09:10",
    "2026-4-27T09:10",
    "2026-04-27T9:10",
    "2026-04-27T09:10:5",
    "2026-04-27T09:10:00.000Z",
    "2026-04-27T09:10z",
    "2026-04-27T09:10+0545",
    "2026-04-27T09:10+05",
    "2026-04-27T09:10 Z",
    " 2026-04-27T09:10",
    "2026-04-27T09:10\n",
    "27/04/2026 09:10",
  ])("rejects %j with the expected-forms sentence", (text) => {
    expect(readDateTimeText(text)).toEqual({ form: "invalid", problem: notADateTime(text) });
  });
});

describe("readDateText", () => {
  it.each([
    { text: "2026-04-27", year: 2026, month: 4, day: 27 },
    { text: "2026-01-01", year: 2026, month: 1, day: 1 },
    { text: "2026-12-31", year: 2026, month: 12, day: 31 },
    { text: "2028-02-29", year: 2028, month: 2, day: 29 },
    { text: "2000-02-29", year: 2000, month: 2, day: 29 },
  ])("accepts $text", ({ text, year, month, day }) => {
    expect(readDateText(text)).toEqual({ ok: true, year, month, day });
  });

  it.each([
    { text: "2026-02-29", problem: `"2026-02-29" is not a date: 2026-02 has days 01-28` },
    { text: "2026-02-30", problem: `"2026-02-30" is not a date: 2026-02 has days 01-28` },
    { text: "2028-02-30", problem: `"2028-02-30" is not a date: 2028-02 has days 01-29` },
    { text: "1900-02-29", problem: `"1900-02-29" is not a date: 1900-02 has days 01-28` },
    { text: "2026-06-31", problem: `"2026-06-31" is not a date: 2026-06 has days 01-30` },
    { text: "2026-01-32", problem: `"2026-01-32" is not a date: 2026-01 has days 01-31` },
    { text: "2026-04-00", problem: `"2026-04-00" is not a date: 2026-04 has days 01-30` },
    { text: "2026-13-01", problem: `"2026-13-01" has month 13; expected 01-12` },
    { text: "2026-00-01", problem: `"2026-00-01" has month 0; expected 01-12` },
  ])("rejects the impossible date $text", ({ text, problem }) => {
    expect(readDateText(text)).toEqual({ ok: false, problem });
  });

  it.each(["2026-04-27T09:10", "27/04/2026", "2026-4-27", "2026-04-27 ", "", "tomorrow"])(
    "rejects %j as not in YYYY-MM-DD form",
    (text) => {
      expect(readDateText(text)).toEqual({
        ok: false,
        problem: `${JSON.stringify(text)} is not a date; expected YYYY-MM-DD`,
      });
    },
  );
});

describe("daysInMonth (proleptic Gregorian)", () => {
  it.each([
    { year: 2026, month: 1, days: 31 },
    { year: 2026, month: 2, days: 28 },
    { year: 2026, month: 4, days: 30 },
    { year: 2026, month: 12, days: 31 },
    { year: 2028, month: 2, days: 29 },
    { year: 2000, month: 2, days: 29 },
    { year: 1900, month: 2, days: 28 },
    { year: 2100, month: 2, days: 28 },
  ])("gives $year-$month $days days", ({ year, month, days }) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe("localAsUtcMs reads the wall clock as if it were UTC, whatever the process zone", () => {
  it.each([
    { wall: local(2026, 4, 27, 9, 10, 30), utc: "2026-04-27T09:10:30Z" },
    { wall: local(2026, 1, 1, 0, 0, 0), utc: "2026-01-01T00:00:00Z" },
    { wall: local(2026, 3, 29, 2, 30, 0), utc: "2026-03-29T02:30:00Z" },
  ])("reads the wall clock of $utc as that UTC instant", ({ wall, utc }) => {
    expect(localAsUtcMs(wall)).toBe(instant(utc));
  });
});

// `Date.UTC(y, ...)` treats y in 0..99 as 1900+y. The pattern accepts any four-digit year, so
// years 0000-0099 pass the check and come back 1900 years off.
describe("four-digit years below 0100 are read as themselves, not as 19xx", () => {
  it("gives 0050-06-01T00:00Z the instant of year 50, not 1950", () => {
    const result = readDateTimeText("0050-06-01T00:00Z");
    expect(result.form === "instant" ? result.epochMs : undefined).toBe(instant("0050-06-01T00:00:00Z"));
  });

  it("accepts 0000-02-29 (year 0 is divisible by 400, so a leap year in the proleptic calendar)", () => {
    expect(readDateText("0000-02-29")).toEqual({ ok: true, year: 0, month: 2, day: 29 });
  });
});
