import { describe, expect, it } from "vitest";
import { clockMinutes, daysBetween, programDayOf } from "./day-of.js";

/** An instant from a fully written ISO string; the offset is mandatory so the process zone never leaks in. */
function instant(iso: string): number {
  if (!/(Z|[+-]\d{2}:\d{2})$/.test(iso)) throw new Error(`test helper: ${iso} has no offset`);
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`test helper: ${iso} does not parse`);
  return ms;
}

const fourAm = 4 * 60;

describe("clockMinutes", () => {
  it.each([
    { clock: "00:00", minutes: 0 },
    { clock: "00:01", minutes: 1 },
    { clock: "04:00", minutes: 240 },
    { clock: "09:10", minutes: 550 },
    { clock: "12:30", minutes: 750 },
    { clock: "23:59", minutes: 1439 },
  ])("gives $clock as $minutes minutes after midnight", ({ clock, minutes }) => {
    expect(clockMinutes(clock)).toBe(minutes);
  });
});

describe("programDayOf: the day rolls over at dayStartsAtMinutes, not at midnight", () => {
  // Each instant is written with the zone's own offset, so the local wall clock is visible.
  it.each([
    {
      at: "2026-04-28T00:30-03:00",
      zone: "America/Sao_Paulo",
      rollover: fourAm,
      day: "2026-04-27",
      why: "00:30 is before 04:00",
    },
    {
      at: "2026-04-28T03:59-03:00",
      zone: "America/Sao_Paulo",
      rollover: fourAm,
      day: "2026-04-27",
      why: "03:59 is before 04:00",
    },
    {
      at: "2026-04-28T04:00-03:00",
      zone: "America/Sao_Paulo",
      rollover: fourAm,
      day: "2026-04-28",
      why: "04:00 starts the day",
    },
    { at: "2026-04-28T00:30-03:00", zone: "America/Sao_Paulo", rollover: 0, day: "2026-04-28", why: "no rollover" },
    { at: "2026-04-27T23:59-03:00", zone: "America/Sao_Paulo", rollover: 0, day: "2026-04-27", why: "no rollover" },
    {
      at: "2026-04-28T05:59-03:00",
      zone: "America/Sao_Paulo",
      rollover: 6 * 60,
      day: "2026-04-27",
      why: "05:59 is before a 06:00 rollover",
    },
    {
      at: "2026-04-28T06:00-03:00",
      zone: "America/Sao_Paulo",
      rollover: 6 * 60,
      day: "2026-04-28",
      why: "06:00 starts the day",
    },
  ])("puts $at in $zone on $day with rollover $rollover min ($why)", ({ at, zone, rollover, day }) => {
    expect(programDayOf(instant(at), zone, rollover)).toBe(day);
  });

  it.each([
    { at: "2027-01-01T01:00+01:00", zone: "Europe/Berlin", day: "2026-12-31", boundary: "year" },
    { at: "2026-05-01T00:30+02:00", zone: "Europe/Berlin", day: "2026-04-30", boundary: "30-day month" },
    { at: "2026-02-01T02:00-03:00", zone: "America/Sao_Paulo", day: "2026-01-31", boundary: "31-day month" },
    { at: "2026-03-01T02:00-03:00", zone: "America/Sao_Paulo", day: "2026-02-28", boundary: "February, common year" },
    { at: "2028-03-01T02:00-03:00", zone: "America/Sao_Paulo", day: "2028-02-29", boundary: "February, leap year" },
    { at: "2027-01-01T03:00+14:00", zone: "Pacific/Kiritimati", day: "2026-12-31", boundary: "year, at +14:00" },
    { at: "2027-01-01T00:15+05:45", zone: "Asia/Kathmandu", day: "2026-12-31", boundary: "year, at +05:45" },
  ])("rolls $at back across a $boundary boundary to $day", ({ at, zone, day }) => {
    expect(programDayOf(instant(at), zone, fourAm)).toBe(day);
  });

  it.each([
    // One instant, 2026-04-27T23:30Z, read in several zones.
    { zone: "UTC", rollover: 0, day: "2026-04-27", local: "23:30 on the 27th" },
    { zone: "Pacific/Kiritimati", rollover: 0, day: "2026-04-28", local: "13:30 on the 28th" },
    { zone: "Pacific/Pago_Pago", rollover: 0, day: "2026-04-27", local: "12:30 on the 27th" },
    { zone: "Pacific/Chatham", rollover: fourAm, day: "2026-04-28", local: "12:15 on the 28th" },
    { zone: "Asia/Kathmandu", rollover: fourAm, day: "2026-04-28", local: "05:15 on the 28th" },
    { zone: "Asia/Kathmandu", rollover: 6 * 60, day: "2026-04-27", local: "05:15 on the 28th, before 06:00" },
    { zone: "America/Sao_Paulo", rollover: fourAm, day: "2026-04-27", local: "20:30 on the 27th" },
  ])("puts 2026-04-27T23:30Z in $zone ($local) on $day", ({ zone, rollover, day }) => {
    expect(programDayOf(instant("2026-04-27T23:30Z"), zone, rollover)).toBe(day);
  });

  it.each([
    // Berlin's spring-forward night: 03:30 CEST is after 02:00→03:00 but still before 04:00 on the wall.
    { at: "2026-03-29T03:30+02:00", zone: "Europe/Berlin", day: "2026-03-28" },
    { at: "2026-03-29T04:00+02:00", zone: "Europe/Berlin", day: "2026-03-29" },
    // Berlin's fall-back night: both 02:30s belong to the evening before.
    { at: "2026-10-25T02:30+02:00", zone: "Europe/Berlin", day: "2026-10-24" },
    { at: "2026-10-25T02:30+01:00", zone: "Europe/Berlin", day: "2026-10-24" },
    // Chatham's spring-forward night, 03:45 CHADT.
    { at: "2026-09-27T03:45+13:45", zone: "Pacific/Chatham", day: "2026-09-26" },
  ])("compares the rollover with the wall clock on a DST night: $at in $zone is on $day", ({ at, zone, day }) => {
    expect(programDayOf(instant(at), zone, fourAm)).toBe(day);
  });

  it("keeps four-digit years below 0100 when rolling back a day (0050-06-01T01:00Z belongs to 0050-05-31)", () => {
    // Date.UTC treats years 0-99 as 1900-1999; the previous-day step must not.
    expect(programDayOf(instant("0050-06-01T01:00:00Z"), "UTC", fourAm)).toBe("0050-05-31");
  });
});

describe("daysBetween", () => {
  it.each([
    { from: "2026-04-27", to: "2026-04-27", days: 0 },
    { from: "2026-04-27", to: "2026-04-28", days: 1 },
    { from: "2026-04-28", to: "2026-04-27", days: -1 },
    { from: "2026-12-31", to: "2027-01-01", days: 1 },
    { from: "2026-02-28", to: "2026-03-01", days: 1 },
    { from: "2028-02-28", to: "2028-03-01", days: 2 },
    { from: "2026-01-01", to: "2027-01-01", days: 365 },
    { from: "2028-01-01", to: "2029-01-01", days: 366 },
    // Calendar days, so DST weekends count as whole days.
    { from: "2026-03-28", to: "2026-03-30", days: 2 },
    { from: "2026-10-24", to: "2026-10-26", days: 2 },
  ])("counts $days day(s) from $from to $to", ({ from, to, days }) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});
