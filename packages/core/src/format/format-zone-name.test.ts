import { describe, expect, it } from "vitest";
import { describeEventZone, describeEventZoneOver, formatZoneName } from "./format-zone-name.js";

/** An instant from a fully written ISO string; the offset is mandatory so the process zone never leaks in. */
function instant(iso: string): number {
  if (!/(Z|[+-]\d{2}:\d{2})$/.test(iso)) throw new Error(`test helper: ${iso} has no offset`);
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`test helper: ${iso} does not parse`);
  return ms;
}

// Zone names come from CLDR through Intl (this Node: ICU 78.3). The short form is CLDR's
// "shortOffset" (`GMT-3`, with an ASCII hyphen-minus); the long form is the metazone name.
const april = "2026-04-27T12:00Z"; // northern summer time, southern standard time
const january = "2026-01-15T12:00Z"; // northern winter, southern summer

describe("formatZoneName: short (offset) names", () => {
  it.each([
    { zone: "America/Sao_Paulo", at: april, expected: "GMT-3" },
    { zone: "America/Sao_Paulo", at: january, expected: "GMT-3" },
    { zone: "Asia/Kathmandu", at: april, expected: "GMT+5:45" },
    { zone: "Europe/Berlin", at: april, expected: "GMT+2" },
    { zone: "Europe/Berlin", at: january, expected: "GMT+1" },
    { zone: "America/New_York", at: april, expected: "GMT-4" },
    { zone: "Pacific/Chatham", at: january, expected: "GMT+13:45" },
    { zone: "Pacific/Chatham", at: april, expected: "GMT+12:45" },
    { zone: "Pacific/Kiritimati", at: april, expected: "GMT+14" },
    { zone: "Pacific/Pago_Pago", at: april, expected: "GMT-11" },
    { zone: "UTC", at: april, expected: "GMT+0" },
  ])("names $zone at $at $expected", ({ zone, at, expected }) => {
    expect(formatZoneName(zone, instant(at), { locale: "en-GB", style: "short" })).toBe(expected);
  });

  it("uses the short style when no style is given", () => {
    expect(formatZoneName("Asia/Kathmandu", instant(april), { locale: "en-GB" })).toBe("GMT+5:45");
  });

  it("switches Berlin's short name exactly at the spring-forward instant (00:59Z GMT+1, 01:00Z GMT+2)", () => {
    const names = ["2026-03-29T00:59Z", "2026-03-29T01:00Z"].map((at) =>
      formatZoneName("Europe/Berlin", instant(at), { locale: "en-GB" }),
    );
    expect(names).toEqual(["GMT+1", "GMT+2"]);
  });
});

describe("formatZoneName: long names", () => {
  it.each([
    { zone: "America/Sao_Paulo", at: april, locale: "en-GB", expected: "Brasilia Standard Time" },
    { zone: "America/Sao_Paulo", at: april, locale: "pt-BR", expected: "Horário Padrão de Brasília" },
    { zone: "Asia/Kathmandu", at: april, locale: "en-GB", expected: "Nepal Time" },
    { zone: "Europe/Berlin", at: april, locale: "en-GB", expected: "Central European Summer Time" },
    { zone: "Europe/Berlin", at: january, locale: "en-GB", expected: "Central European Standard Time" },
    { zone: "Europe/Berlin", at: april, locale: "pt-BR", expected: "Horário de Verão da Europa Central" },
    { zone: "America/New_York", at: april, locale: "en-US", expected: "Eastern Daylight Time" },
    { zone: "Pacific/Chatham", at: january, locale: "en-GB", expected: "Chatham Daylight Time" },
    { zone: "Pacific/Chatham", at: april, locale: "en-GB", expected: "Chatham Standard Time" },
    { zone: "UTC", at: april, locale: "en-GB", expected: "Coordinated Universal Time" },
  ])("names $zone at $at in $locale $expected", ({ zone, at, locale, expected }) => {
    expect(formatZoneName(zone, instant(at), { locale, style: "long" })).toBe(expected);
  });
});

describe("formatZoneName: unknown zones", () => {
  it("throws a RangeError for an unknown zone", () => {
    expect(() => formatZoneName("Mars/Base", instant(april), { locale: "en-GB" })).toThrow(RangeError);
  });
});

describe("describeEventZone", () => {
  it.each([
    // U+2212 MINUS SIGN and the accent are the organisers' choice and must survive untouched.
    { label: "Brasília Time (GMT−3)", locale: "en-GB" },
    { label: "Brasília Time (GMT−3)", locale: "pt-BR" },
    { label: "Hora de Brasília", locale: "en-US" },
  ])("returns the organisers' label $label unchanged (locale $locale)", ({ label, locale }) => {
    expect(describeEventZone({ timeZone: "America/Sao_Paulo", timeZoneLabel: label }, instant(april), locale)).toBe(
      label,
    );
  });

  it.each([
    { zone: "America/Sao_Paulo", at: april, locale: "en-GB", expected: "Brasilia Standard Time (GMT-3)" },
    { zone: "America/Sao_Paulo", at: april, locale: "pt-BR", expected: "Horário Padrão de Brasília (GMT-3)" },
    { zone: "Europe/Berlin", at: april, locale: "en-GB", expected: "Central European Summer Time (GMT+2)" },
    { zone: "Europe/Berlin", at: january, locale: "en-GB", expected: "Central European Standard Time (GMT+1)" },
    { zone: "Asia/Kathmandu", at: april, locale: "en-GB", expected: "Nepal Time (GMT+5:45)" },
    { zone: "Pacific/Chatham", at: january, locale: "en-GB", expected: "Chatham Daylight Time (GMT+13:45)" },
    { zone: "UTC", at: april, locale: "en-GB", expected: "Coordinated Universal Time (GMT+0)" },
  ])("builds '$expected' for $zone at $at in $locale when no label is given", ({ zone, at, locale, expected }) => {
    expect(describeEventZone({ timeZone: zone }, instant(at), locale)).toBe(expected);
  });

  it("treats an empty label as no label", () => {
    expect(describeEventZone({ timeZone: "America/Sao_Paulo", timeZoneLabel: "" }, instant(april), "en-GB")).toBe(
      "Brasilia Standard Time (GMT-3)",
    );
  });

  // Zones without a CLDR metazone name (Amman, Casablanca, Punta Arenas, Jersey, ...) get a
  // "long" name that is only the offset again, written differently: "GMT+03:00" vs "GMT+3".
  // The long===short check is there to avoid repeating the offset, but the two spellings differ.
  it.each([
    { zone: "Asia/Amman", expected: "GMT+3" },
    { zone: "America/Punta_Arenas", expected: "GMT-3" },
  ])("does not repeat the offset for $zone, which has no long name: $expected", ({ zone, expected }) => {
    expect(describeEventZone({ timeZone: zone }, instant(april), "en-GB")).toBe(expected);
  });
});

describe("describeEventZoneOver", () => {
  const noon = (date: string, offset: string) => Date.parse(`${date}T12:00:00${offset}`);

  it("names every offset a span takes, under the zone's all-year name", () => {
    const london = { timeZone: "Europe/London" };
    expect(describeEventZoneOver(london, noon("2026-01-16", "Z"), noon("2026-12-11", "Z"), "en-GB")).toBe(
      "United Kingdom Time (GMT+0 / GMT+1)",
    );
    expect(
      describeEventZoneOver(
        { timeZone: "Pacific/Auckland" },
        noon("2026-03-01", "+13:00"),
        noon("2026-05-01", "+12:00"),
        "en-GB",
      ),
    ).toBe("New Zealand Time (GMT+13 / GMT+12)");
  });

  it("keeps the one-instant label when the offset does not change, and the organisers' label always", () => {
    expect(
      describeEventZoneOver(
        { timeZone: "Europe/London" },
        noon("2026-05-01", "+01:00"),
        noon("2026-07-01", "+01:00"),
        "en-GB",
      ),
    ).toBe("British Summer Time (GMT+1)");
    expect(
      describeEventZoneOver(
        { timeZone: "Asia/Kolkata" },
        noon("2026-01-01", "+05:30"),
        noon("2026-12-01", "+05:30"),
        "en-GB",
      ),
    ).toBe("India Standard Time (GMT+5:30)");
    expect(
      describeEventZoneOver(
        { timeZone: "Europe/London", timeZoneLabel: "UK time" },
        noon("2026-01-16", "Z"),
        noon("2026-12-11", "Z"),
        "en-GB",
      ),
    ).toBe("UK time");
  });

  it("finds a change on the span's last day", () => {
    // Clocks go forward at 01:00 UTC on 29 March 2026 in London.
    expect(
      describeEventZoneOver(
        { timeZone: "Europe/London" },
        noon("2026-03-27", "Z"),
        noon("2026-03-29", "+01:00"),
        "en-GB",
      ),
    ).toBe("United Kingdom Time (GMT+0 / GMT+1)");
  });
});
