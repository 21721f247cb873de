import { describe, expect, it } from "vitest";
import { formatTime, formatTimeRange } from "./format-time-range.js";

/** An instant from a fully written ISO string; the offset is mandatory so the process zone never leaks in. */
function instant(iso: string): number {
  if (!/(Z|[+-]\d{2}:\d{2})$/.test(iso)) throw new Error(`test helper: ${iso} has no offset`);
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`test helper: ${iso} does not parse`);
  return ms;
}

// Characters Intl uses here (checked once against this Node, 22.23 with ICU 78.3 / CLDR):
// - en-GB writes a same-period time range with a bare EN DASH, no spaces: "09:10–09:40".
// - en-US and pt-BR, and en-GB with a 12-hour clock, put THIN SPACEs around the EN DASH:
//   "9:10 – 9:40 AM".
// - Between the time and AM/PM, CLDR has a NARROW NO-BREAK SPACE (U+202F). V8 keeps it in
//   formatRange() but swaps it for a plain ASCII space in format() (a web-compatibility patch),
//   so a single time reads "9:10 AM" (U+0020) while a range reads "9:10 – 9:40 AM" (U+202F).
// Lectern's own crossing-midnight form joins two format() results with " – " (ASCII spaces).
const EN_DASH = "\u2013";
const THIN = "\u2009";
const NNBSP = "\u202F";
const intlRangeDash = `${THIN}${EN_DASH}${THIN}`;
/** The space V8's format() leaves before AM/PM (see above). */
const SPACE = " ";

describe("formatTime", () => {
  it.each([
    { at: "2026-04-27T18:40Z", zone: "America/Sao_Paulo", locale: "en-GB", expected: "15:40" },
    { at: "2026-04-27T12:10Z", zone: "Asia/Kathmandu", locale: "en-GB", expected: "17:55" },
    { at: "2026-04-27T22:10Z", zone: "Pacific/Kiritimati", locale: "en-GB", expected: "12:10" },
    { at: "2026-04-27T12:10Z", zone: "America/Sao_Paulo", locale: "en-US", expected: `9:10${SPACE}AM` },
    { at: "2026-04-27T18:40Z", zone: "America/Sao_Paulo", locale: "en-US", expected: `3:40${SPACE}PM` },
    { at: "2026-04-27T00:05Z", zone: "UTC", locale: "en-US", expected: `12:05${SPACE}AM` },
    { at: "2026-04-27T12:00Z", zone: "UTC", locale: "en-US", expected: `12:00${SPACE}PM` },
  ])("writes $at in $zone for $locale as $expected", ({ at, zone, locale, expected }) => {
    expect(formatTime(instant(at), { zone, locale })).toBe(expected);
  });

  it.each([
    { locale: "en-US", hourCycle: "h23" as const, expected: "09:10" },
    { locale: "en-GB", hourCycle: "h12" as const, expected: `9:10${SPACE}am` },
    { locale: "en-US", hourCycle: "h12" as const, expected: `9:10${SPACE}AM` },
  ])("lets hourCycle $hourCycle override $locale's own clock: $expected", ({ locale, hourCycle, expected }) => {
    expect(formatTime(instant("2026-04-27T12:10Z"), { zone: "America/Sao_Paulo", locale, hourCycle })).toBe(expected);
  });

  // The doc comment promises `09:10` (en-GB), and formatTimeRange writes "09:10–09:40" for the
  // same locale: a single time must match the range's two-digit hour.
  it.each([
    { at: "2026-04-27T12:10Z", zone: "America/Sao_Paulo", locale: "en-GB", expected: "09:10" },
    { at: "2026-04-27T00:05Z", zone: "UTC", locale: "en-GB", expected: "00:05" },
    { at: "2026-04-27T12:10Z", zone: "America/Sao_Paulo", locale: "pt-BR", expected: "09:10" },
  ])(
    "pads the hour to two digits in a 24-hour locale: $at in $zone for $locale is $expected",
    ({ at, zone, locale, expected }) => {
      expect(formatTime(instant(at), { zone, locale })).toBe(expected);
    },
  );
});

describe("formatTimeRange: ranges within one day", () => {
  it("writes 09:10–09:40 in en-GB with a bare en dash (U+2013)", () => {
    expect(
      formatTimeRange(instant("2026-04-27T12:10Z"), instant("2026-04-27T12:40Z"), {
        zone: "America/Sao_Paulo",
        locale: "en-GB",
      }),
    ).toBe(`09:10${EN_DASH}09:40`);
  });

  // A 12:00–13:30 talk in São Paulo on 2026-04-27 (-03:00) is 15:00Z–16:30Z.
  it.each([
    { zone: "America/Sao_Paulo", expected: `12:00${EN_DASH}13:30` },
    { zone: "UTC", expected: `15:00${EN_DASH}16:30` },
    { zone: "Europe/Berlin", expected: `17:00${EN_DASH}18:30` },
    { zone: "Asia/Kathmandu", expected: `20:45${EN_DASH}22:15` },
    { zone: "Pacific/Chatham", expected: `03:45${EN_DASH}05:15` },
    { zone: "Pacific/Kiritimati", expected: `05:00${EN_DASH}06:30` },
    { zone: "Pacific/Pago_Pago", expected: `04:00${EN_DASH}05:30` },
  ])("shows the São Paulo 12:00–13:30 talk as $expected in $zone", ({ zone, expected }) => {
    expect(formatTimeRange(instant("2026-04-27T15:00Z"), instant("2026-04-27T16:30Z"), { zone, locale: "en-GB" })).toBe(
      expected,
    );
  });

  it.each([
    {
      locale: "en-US",
      start: "2026-04-27T12:10Z",
      end: "2026-04-27T12:40Z",
      hourCycle: undefined,
      expected: `9:10${intlRangeDash}9:40${NNBSP}AM`,
    },
    {
      locale: "en-US",
      start: "2026-04-27T14:30Z",
      end: "2026-04-27T15:30Z",
      hourCycle: undefined,
      expected: `11:30${NNBSP}AM${intlRangeDash}12:30${NNBSP}PM`,
    },
    {
      locale: "en-US",
      start: "2026-04-27T12:10Z",
      end: "2026-04-27T12:40Z",
      hourCycle: "h23" as const,
      expected: `09:10${intlRangeDash}09:40`,
    },
    {
      locale: "en-GB",
      start: "2026-04-27T12:10Z",
      end: "2026-04-27T12:40Z",
      hourCycle: "h12" as const,
      expected: `9:10${intlRangeDash}9:40${NNBSP}am`,
    },
    {
      locale: "pt-BR",
      start: "2026-04-27T12:10Z",
      end: "2026-04-27T12:40Z",
      hourCycle: undefined,
      expected: `09:10${intlRangeDash}09:40`,
    },
  ])(
    "writes $start–$end in São Paulo for $locale (hourCycle $hourCycle) as $expected",
    ({ locale, start, end, hourCycle, expected }) => {
      expect(formatTimeRange(instant(start), instant(end), { zone: "America/Sao_Paulo", locale, hourCycle })).toBe(
        expected,
      );
    },
  );

  it("writes a zero-length item as its single time", () => {
    const at = instant("2026-04-27T12:10Z");
    // Intl's formatRange gives a single time for equal instants, with format()'s ASCII space.
    expect(formatTimeRange(at, at, { zone: "America/Sao_Paulo", locale: "en-US" })).toBe(`9:10${SPACE}AM`);
  });

  it("does not treat a range ending exactly at midnight as crossing it (the end is exclusive): 23:00–00:00", () => {
    // 23:00–00:00 in São Paulo on 2026-04-27 is 02:00Z–03:00Z on the 28th.
    expect(
      formatTimeRange(instant("2026-04-28T02:00Z"), instant("2026-04-28T03:00Z"), {
        zone: "America/Sao_Paulo",
        locale: "en-GB",
      }),
    ).toBe(`23:00${EN_DASH}00:00`);
  });
});

describe("formatTimeRange: ranges crossing midnight in the display zone carry weekdays", () => {
  // 23:30–00:30 in São Paulo, Monday 27 into Tuesday 28 April 2026, is 02:30Z–03:30Z on the 28th.
  it.each([
    { locale: "en-GB", expected: "Mon 23:30 – Tue 00:30" },
    { locale: "en-US", expected: `Mon 11:30${SPACE}PM – Tue 12:30${SPACE}AM` },
  ])("writes the São Paulo 23:30–00:30 talk for $locale as $expected", ({ locale, expected }) => {
    expect(
      formatTimeRange(instant("2026-04-28T02:30Z"), instant("2026-04-28T03:30Z"), {
        zone: "America/Sao_Paulo",
        locale,
      }),
    ).toBe(expected);
  });

  it("shows no weekdays for the same talk in UTC, where it does not cross midnight", () => {
    expect(
      formatTimeRange(instant("2026-04-28T02:30Z"), instant("2026-04-28T03:30Z"), { zone: "UTC", locale: "en-GB" }),
    ).toBe(`02:30${EN_DASH}03:30`);
  });

  it("writes a range over several days with both weekdays: Mon 21:00 – Wed 10:00", () => {
    expect(
      formatTimeRange(instant("2026-04-28T00:00Z"), instant("2026-04-29T13:00Z"), {
        zone: "America/Sao_Paulo",
        locale: "en-GB",
      }),
    ).toBe("Mon 21:00 – Wed 10:00");
  });
});
