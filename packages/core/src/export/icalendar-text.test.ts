import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCalendar, unfold, unescapeICalendarText } from "../../test/icalendar-reading.js";
import { escapeICalendarText, foldICalendarLine } from "./to-icalendar.js";

// RFC 5545 text escaping and line folding, each checked against ical.js.

describe("escapeICalendarText", () => {
  it.each([
    { input: "", expected: "" },
    { input: "plain text", expected: "plain text" },
    { input: "a,b", expected: "a\\,b" },
    { input: "a;b", expected: "a\\;b" },
    { input: "a\\b", expected: "a\\\\b" },
    { input: "a\nb", expected: "a\\nb" },
    { input: "a\r\nb", expected: "a\\nb" },
    { input: "a\n\nb", expected: "a\\n\\nb" },
    { input: "\\n (a backslash and an n)", expected: "\\\\n (a backslash and an n)" },
    { input: "\\,", expected: "\\\\\\," },
    { input: "\\;", expected: "\\\\\\;" },
    { input: ",;\\\n", expected: "\\,\\;\\\\\\n" },
    { input: 'colon: and "quotes" stay', expected: 'colon: and "quotes" stay' },
    { input: "René 😀 日本", expected: "René 😀 日本" },
    { input: "tab\tstays", expected: "tab\tstays" },
  ])("$input", ({ input, expected }) => {
    expect(escapeICalendarText(input)).toBe(expected);
  });

  it("round-trips through RFC 5545 unescaping (CRLF becomes LF) and leaves no line break", () => {
    const unit = fc.constantFrom("a", " ", ",", ";", "\\", "n", "N", "\n", "\r\n", ":", '"', "é", "😀");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (input) => {
        const escaped = escapeICalendarText(input);
        expect(escaped).not.toMatch(/[\r\n]/);
        expect(unescapeICalendarText(escaped)).toBe(input.replace(/\r\n/g, "\n"));
      }),
    );
  });

  it("round-trips through ical.js", () => {
    const unit = fc.constantFrom("a", " ", ",", ";", "\\", "n", "\n", ":", "é", "😀");
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 40 }), (input) => {
        const ics = [
          "BEGIN:VCALENDAR",
          "BEGIN:VEVENT",
          `SUMMARY:${escapeICalendarText(input)}`,
          "END:VEVENT",
          "END:VCALENDAR",
          "",
        ].join("\r\n");
        expect(parseCalendar(ics).events[0]!.getFirstPropertyValue("summary")).toBe(input);
      }),
      { numRuns: 200 },
    );
  });

  it("leaves no bare carriage return (a lone CR, as old Mac text has, is a line break too)", () => {
    // RFC 5545 TEXT allows no control characters but tab; a bare CR inside a content line
    // breaks the CRLF framing. Expected: treated like LF, e.g. "line one\\nline two".
    const escaped = escapeICalendarText("line one\rline two");
    expect(escaped).not.toMatch(/[\r\n]/);
    expect(escaped).toBe("line one\\nline two");
  });
});

describe("foldICalendarLine", () => {
  const a = (count: number) => "a".repeat(count);
  it.each([
    { name: "empty", input: "", expected: "" },
    { name: "short", input: "SUMMARY:Hi", expected: "SUMMARY:Hi" },
    { name: "exactly 75 octets", input: a(75), expected: a(75) },
    { name: "76 octets", input: a(76), expected: `${a(75)}\r\n a` },
    { name: "75 + 74 octets (two full lines)", input: a(149), expected: `${a(75)}\r\n ${a(74)}` },
    { name: "75 + 74 + 1 octets", input: a(150), expected: `${a(75)}\r\n ${a(74)}\r\n a` },
    { name: "73 + a 2-octet é = 75 octets", input: `${a(73)}é`, expected: `${a(73)}é` },
    { name: "74 + a 2-octet é = 76 octets", input: `${a(74)}é`, expected: `${a(74)}\r\n é` },
    { name: "72 + a 3-octet € = 75 octets", input: `${a(72)}€`, expected: `${a(72)}€` },
    { name: "73 + a 3-octet € = 76 octets", input: `${a(73)}€`, expected: `${a(73)}\r\n €` },
    { name: "74 + a 3-octet € = 77 octets", input: `${a(74)}€`, expected: `${a(74)}\r\n €` },
    { name: "38 é (76 octets)", input: "é".repeat(38), expected: `${"é".repeat(37)}\r\n é` },
    { name: "19 emoji (76 octets)", input: "😀".repeat(19), expected: `${"😀".repeat(18)}\r\n 😀` },
    { name: "72 + a 4-octet emoji = 76 octets", input: `${a(72)}😀`, expected: `${a(72)}\r\n 😀` },
    {
      name: "continuation lines hold 74 octets",
      input: `${a(75)}${"€".repeat(25)}`,
      expected: `${a(75)}\r\n ${"€".repeat(24)}\r\n €`,
    },
  ])("$name", ({ input, expected }) => {
    expect(foldICalendarLine(input)).toBe(expected);
  });

  it("never makes a physical line over 75 octets, never splits a character, and unfolds to the input", () => {
    const unit = fc.constantFrom("a", " ", "é", "€", "日", "😀", "👩‍🔬", "\u0301");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), (input) => {
        const folded = foldICalendarLine(input);
        const lines = folded.split("\r\n");
        lines.forEach((line, index) => {
          expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
          if (index > 0) expect(line.startsWith(" ")).toBe(true);
          // A continuation line carries at least one octet of content.
          if (index > 0) expect(line.length).toBeGreaterThan(1);
        });
        expect(unfold(folded)).toBe(input);
        // A fold never falls inside a surrogate pair.
        expect(folded).not.toMatch(/[\uD800-\uDBFF]\r\n/);
      }),
    );
  });
});
