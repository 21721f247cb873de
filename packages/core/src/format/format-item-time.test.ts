import { describe, expect, it } from "vitest";
import { formatItemTime, timeZoneModes, type ItemTimeOptions } from "./format-item-time.js";

/** An instant from a fully written ISO string; the offset is mandatory so the process zone never leaks in. */
function instant(iso: string): number {
  if (!/(Z|[+-]\d{2}:\d{2})$/.test(iso)) throw new Error(`test helper: ${iso} has no offset`);
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`test helper: ${iso} does not parse`);
  return ms;
}

// en-GB writes same-day ranges with a bare EN DASH (U+2013): "21:00–22:00" (see
// format-time-range.test.ts for the characters Intl uses in this Node).
const EN_DASH = "\u2013";
const THIN = "\u2009";

const saoPaulo = { timeZone: "America/Sao_Paulo", timeZoneLabel: "Brasília Time (GMT−3)" };

// A 21:00–22:00 talk in São Paulo on Monday 2026-04-27 (-03:00) is 00:00Z–01:00Z on the 28th,
// which is 02:00–03:00 on Tuesday in Berlin (+02:00).
const evening = { start: instant("2026-04-27T21:00-03:00"), end: instant("2026-04-27T22:00-03:00") };

function options(overrides: Partial<ItemTimeOptions> = {}): ItemTimeOptions {
  return { event: saoPaulo, viewerZone: "Europe/Berlin", mode: "both", locale: "en-GB", ...overrides };
}

describe("formatItemTime: the texts for each zone", () => {
  it("writes a 21:00 São Paulo talk for both clocks, the viewer's in Berlin on the next day", () => {
    expect(formatItemTime(evening.start, evening.end, options())).toEqual({
      event: {
        range: `21:00${EN_DASH}22:00`,
        zoneLabel: "Brasília Time (GMT−3)",
        date: "2026-04-27",
        dateText: "Mon 27 Apr",
      },
      viewer: { range: `02:00${EN_DASH}03:00`, zoneLabel: "GMT+2", date: "2026-04-28", dateText: "Tue 28 Apr" },
      zonesDiffer: true,
      viewerDayShift: 1,
    });
  });

  it("labels the event zone with the locale's long name and offset when the organisers gave no label", () => {
    const text = formatItemTime(evening.start, evening.end, options({ event: { timeZone: "America/Sao_Paulo" } }));
    expect(text.event?.zoneLabel).toBe("Brasilia Standard Time (GMT-3)");
  });

  it("writes dates and the default label in the requested locale (pt-BR)", () => {
    const text = formatItemTime(
      evening.start,
      evening.end,
      options({ event: { timeZone: "America/Sao_Paulo" }, locale: "pt-BR" }),
    );
    expect([text.event?.zoneLabel, text.event?.dateText, text.viewer?.dateText]).toEqual([
      "Horário Padrão de Brasília (GMT-3)",
      "seg., 27 de abr.",
      "ter., 28 de abr.",
    ]);
  });

  it("passes hourCycle through to both ranges (en-US forced to 24 h)", () => {
    const text = formatItemTime(evening.start, evening.end, options({ locale: "en-US", hourCycle: "h23" }));
    expect([text.event?.range, text.viewer?.range]).toEqual([
      `21:00${THIN}${EN_DASH}${THIN}22:00`,
      `02:00${THIN}${EN_DASH}${THIN}03:00`,
    ]);
  });

  it("uses the calendar date, not the program day: a 01:00 talk is dated that day, not the evening before", () => {
    const start = instant("2026-04-28T01:00-03:00");
    const text = formatItemTime(start, start + 30 * 60_000, options({ viewerZone: "America/Sao_Paulo" }));
    expect(text.event?.date).toBe("2026-04-28");
  });

  it("adds weekdays to the viewer's range when the item crosses midnight on the viewer's clock only", () => {
    // 18:30–19:30 in São Paulo is 23:30–00:30 in Berlin.
    const text = formatItemTime(instant("2026-04-27T18:30-03:00"), instant("2026-04-27T19:30-03:00"), options());
    expect([text.event?.range, text.viewer?.range]).toEqual([`18:30${EN_DASH}19:30`, "Mon 23:30 – Tue 00:30"]);
  });
});

describe("formatItemTime: modes", () => {
  it("lists the three modes event, viewer, both", () => {
    expect(timeZoneModes).toEqual(["event", "viewer", "both"]);
  });

  it.each([
    { mode: "event" as const, hasEvent: true, hasViewer: false },
    { mode: "viewer" as const, hasEvent: false, hasViewer: true },
    { mode: "both" as const, hasEvent: true, hasViewer: true },
  ])(
    "in mode $mode shows event: $hasEvent, viewer: $hasViewer when the zones differ",
    ({ mode, hasEvent, hasViewer }) => {
      const text = formatItemTime(evening.start, evening.end, options({ mode }));
      expect({ hasEvent: text.event !== undefined, hasViewer: text.viewer !== undefined }).toEqual({
        hasEvent,
        hasViewer,
      });
    },
  );

  it.each(["event", "viewer", "both"] as const)("computes zonesDiffer and viewerDayShift in mode %s too", (mode) => {
    const text = formatItemTime(evening.start, evening.end, options({ mode }));
    expect({ zonesDiffer: text.zonesDiffer, viewerDayShift: text.viewerDayShift }).toEqual({
      zonesDiffer: true,
      viewerDayShift: 1,
    });
  });

  it("still shows the viewer's clock in mode viewer when it matches the event's", () => {
    const text = formatItemTime(
      evening.start,
      evening.end,
      options({ mode: "viewer", viewerZone: "America/Sao_Paulo" }),
    );
    expect(text.viewer?.range).toBe(`21:00${EN_DASH}22:00`);
  });
});

describe("formatItemTime: zonesDiffer, and 'both' dropping a viewer clock that says the same", () => {
  it.each([
    { event: "America/Sao_Paulo", viewer: "America/Sao_Paulo", at: "2026-04-27T12:00-03:00", why: "same zone" },
    {
      event: "America/Sao_Paulo",
      viewer: "America/Argentina/Buenos_Aires",
      at: "2026-04-27T12:00-03:00",
      why: "another zone at -03:00",
    },
    { event: "UTC", viewer: "Europe/London", at: "2026-01-15T12:00Z", why: "London is on GMT in January" },
  ])(
    "finds no difference between $event and $viewer ($why) and omits the viewer in mode both",
    ({ event, viewer, at }) => {
      const start = instant(at);
      const text = formatItemTime(
        start,
        start + 3_600_000,
        options({ event: { timeZone: event }, viewerZone: viewer }),
      );
      expect({ zonesDiffer: text.zonesDiffer, viewer: text.viewer, viewerDayShift: text.viewerDayShift }).toEqual({
        zonesDiffer: false,
        viewer: undefined,
        viewerDayShift: 0,
      });
    },
  );

  it("finds a difference between UTC and Europe/London in April (BST, +01:00)", () => {
    const start = instant("2026-04-27T12:00Z");
    const text = formatItemTime(
      start,
      start + 3_600_000,
      options({ event: { timeZone: "UTC" }, viewerZone: "Europe/London" }),
    );
    expect([text.zonesDiffer, text.viewer?.range]).toEqual([true, `13:00${EN_DASH}14:00`]);
  });
});

describe("formatItemTime: viewerDayShift", () => {
  it.each([
    {
      event: "America/Sao_Paulo",
      viewer: "Europe/Berlin",
      start: "2026-04-27T21:00-03:00",
      shift: 1,
      why: "21:00 → 02:00 next day",
    },
    {
      event: "America/Sao_Paulo",
      viewer: "Europe/Berlin",
      start: "2026-04-27T12:00-03:00",
      shift: 0,
      why: "12:00 → 17:00 same day",
    },
    {
      event: "Asia/Tokyo",
      viewer: "America/Los_Angeles",
      start: "2026-04-27T09:00+09:00",
      shift: -1,
      why: "09:00 → 17:00 the day before",
    },
    // Kiritimati (+14:00) and Pago Pago (-11:00) are 25 hours apart: two calendar days either way.
    {
      event: "Pacific/Kiritimati",
      viewer: "Pacific/Pago_Pago",
      start: "2026-04-27T00:30+14:00",
      shift: -2,
      why: "00:30 on 27th → 23:30 on 25th",
    },
    {
      event: "Pacific/Pago_Pago",
      viewer: "Pacific/Kiritimati",
      start: "2026-04-27T23:30-11:00",
      shift: 2,
      why: "23:30 on 27th → 00:30 on 29th",
    },
    { event: "Europe/Berlin", viewer: "Europe/Berlin", start: "2026-04-27T23:30+02:00", shift: 0, why: "same zone" },
  ])("is $shift for $event seen from $viewer ($why)", ({ event, viewer, start, shift }) => {
    const startMs = instant(start);
    expect(
      formatItemTime(startMs, startMs + 3_600_000, options({ event: { timeZone: event }, viewerZone: viewer }))
        .viewerDayShift,
    ).toBe(shift);
  });

  it("reports the Tokyo morning talk in Los Angeles on the previous date", () => {
    const text = formatItemTime(
      instant("2026-04-27T09:00+09:00"),
      instant("2026-04-27T10:00+09:00"),
      options({ event: { timeZone: "Asia/Tokyo" }, viewerZone: "America/Los_Angeles" }),
    );
    expect({ viewer: text.viewer, shift: text.viewerDayShift }).toEqual({
      viewer: { range: `17:00${EN_DASH}18:00`, zoneLabel: "GMT-7", date: "2026-04-26", dateText: "Sun 26 Apr" },
      shift: -1,
    });
  });
});

describe("formatItemTime: an event in Berlin on its DST day, seen from New York (already on EDT since 8 March)", () => {
  // On 2026-03-29 Berlin goes from +01:00 to +02:00 at 01:00Z; New York stays at -04:00. The
  // clocks are 5 h apart before the change and 6 h after, within the same program day.
  const berlinToNewYork = options({ event: { timeZone: "Europe/Berlin" }, viewerZone: "America/New_York" });

  it.each([
    {
      what: "01:30–03:30 (1 h, spans the change)",
      start: "2026-03-29T00:30Z",
      end: "2026-03-29T01:30Z",
      expected: {
        event: {
          range: `01:30${EN_DASH}03:30`,
          zoneLabel: "Central European Standard Time (GMT+1)",
          date: "2026-03-29",
          dateText: "Sun 29 Mar",
        },
        viewer: { range: `20:30${EN_DASH}21:30`, zoneLabel: "GMT-4", date: "2026-03-28", dateText: "Sat 28 Mar" },
        zonesDiffer: true,
        viewerDayShift: -1,
      },
    },
    {
      what: "10:00–11:00 (after the change)",
      start: "2026-03-29T08:00Z",
      end: "2026-03-29T09:00Z",
      expected: {
        event: {
          range: `10:00${EN_DASH}11:00`,
          zoneLabel: "Central European Summer Time (GMT+2)",
          date: "2026-03-29",
          dateText: "Sun 29 Mar",
        },
        viewer: { range: `04:00${EN_DASH}05:00`, zoneLabel: "GMT-4", date: "2026-03-29", dateText: "Sun 29 Mar" },
        zonesDiffer: true,
        viewerDayShift: 0,
      },
    },
  ])("writes the Berlin session $what for both clocks", ({ start, end, expected }) => {
    expect(formatItemTime(instant(start), instant(end), berlinToNewYork)).toEqual(expected);
  });

  it("shows the 5 h gap of the three 'mismatch' weeks a week earlier: 10:00 Berlin (CET) is 05:00 New York (EDT)", () => {
    const text = formatItemTime(instant("2026-03-22T09:00Z"), instant("2026-03-22T10:00Z"), berlinToNewYork);
    expect([text.event?.range, text.viewer?.range]).toEqual([`10:00${EN_DASH}11:00`, `05:00${EN_DASH}06:00`]);
  });
});
