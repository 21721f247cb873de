import ICAL from "ical.js";
import { validProgram } from "../../test/valid-program.js";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { describe, expect, it } from "vitest";
import {
  nowMs,
  defaultUntitled,
  parseCalendar,
  epochOf,
  textOf,
  calendarNameOf,
  physicalLines,
  contentLines,
  expectWellFramed,
  expectEventsMatch,
} from "../../test/icalendar-reading.js";
import { longText, longTitle, hardProgram } from "../../test/icalendar-hard-program.js";
import { escapeICalendarText, foldICalendarLine, toICalendar } from "./to-icalendar.js";

// toICalendar on hard text, stamps, places, breaks and revisions; read back with ical.js.

describe("toICalendar", () => {
  describe("with text that is hard to escape and fold", () => {
    const schedule = resolveSchedule(hardProgram);
    const ics = toICalendar(hardProgram, { items: schedule.items, nowMs });

    it("is well framed: CRLF, at most 75 octets a line, folds between characters", () => {
      expectWellFramed(ics);
      const lines = physicalLines(ics);
      expect(lines.some((line) => line.startsWith(" "))).toBe(true);
      // Some folds land right next to multi-octet characters: the framing still holds.
      expect(lines.some((line) => Buffer.byteLength(line, "utf8") !== line.length)).toBe(true);
    });

    it("has one VEVENT per item, each matching its item", () => {
      expectEventsMatch(hardProgram, schedule.items, ics);
    });

    it("round-trips every text exactly through escaping and folding", () => {
      const { calendar, events } = parseCalendar(ics);
      expect(calendarNameOf(calendar)).toBe("Logic, Proof; and Types \\ Workshop 🧪");
      const byId = new Map(events.map((vevent) => [new ICAL.Event(vevent).uid.split("@")[0]!, new ICAL.Event(vevent)]));
      expect(byId.get("talk-1")!.summary).toBe("Commas, semicolons; backslashes \\ and \\(K\\)");
      expect(byId.get("talk-1")!.description).toContain(
        `Reconstruct \\(K\\) sources, i.e. $x^2$; see C:\\path\\to\\file.\n${longText}`,
      );
      expect(byId.get("talk-1")!.description).toContain("René Vidal");
      expect(byId.get("talk-1")!.location).toBe(
        "Salle A, étage 2; aile est, Centre des congrès; Niveau 2, Montréal, Canada",
      );
      expect(byId.get("talk-2")!.summary).toBe(longTitle);
      expect(byId.get("talk-2")!.description).toContain(
        'Line one\nline two\nline three\n\nSecond paragraph 😀, with "quotes" and a colon: here.',
      );
      expect(byId.get("talk-2")!.description).toContain("O'Brien, Séan (presenting)");
      expect(byId.get("talk-2")!.description).toContain("Zoë; Ünal \\ 🚀");
      expect(byId.get("lunch")!.summary).toBe("Lunch ☕, on the terrace; weather permitting");
    });

    it("writes each unfolded content line as the escaped text", () => {
      const lines = contentLines(ics);
      expect(lines).toContain(`SUMMARY:${escapeICalendarText(longTitle)}`);
      expect(lines).toContain("SUMMARY:Commas\\, semicolons\\; backslashes \\\\ and \\\\(K\\\\)");
      expect(lines).toContain("X-WR-CALNAME:Logic\\, Proof\\; and Types \\\\ Workshop 🧪");
      // Unfolding the file gives back exactly the unfolded lines (folds only ever add CRLF + space).
      const folded = physicalLines(ics);
      expect(folded.length).toBeGreaterThan(lines.length);
      expect(lines.map(foldICalendarLine).join("\r\n")).toBe(folded.join("\r\n"));
    });

    it("maps statuses: confirmed, tentative, cancelled", () => {
      const { events } = parseCalendar(ics);
      expect(events.map((vevent) => [new ICAL.Event(vevent).uid.split("@")[0], textOf(vevent, "status")])).toEqual([
        ["talk-1", "CONFIRMED"],
        ["talk-2", "TENTATIVE"],
        ["talk-3", "CANCELLED"],
        ["lunch", "CONFIRMED"],
      ]);
    });

    it("summarises an item whose title is to be announced with the untitled text", () => {
      const talk3 = schedule.items.find((entry) => entry.id === "talk-3")!;
      const own = toICalendar(hardProgram, { items: [talk3], nowMs, untitled: "À annoncer; bientôt, promis" });
      expect(new ICAL.Event(parseCalendar(own).events[0]!).summary).toBe("À annoncer; bientôt, promis");
      expect(new ICAL.Event(parseCalendar(ics).events[2]!).summary).toBe(defaultUntitled);
    });

    it("never writes 'undefined' for a speaker whose name is to be announced", () => {
      const description = new ICAL.Event(parseCalendar(ics).events[2]!).description;
      expect(description).not.toContain("undefined");
      expect(description).not.toContain("mystery");
    });

    it("uses a slug of the acronym and the start date in UIDs", () => {
      const uids = parseCalendar(ics).events.map((vevent) => new ICAL.Event(vevent).uid);
      expect(uids).toEqual(["talk-1", "talk-2", "talk-3", "lunch"].map((id) => `${id}@lpt-2026-2026-06-01.lectern`));
    });

    it("is identical for identical input", () => {
      expect(toICalendar(hardProgram, { items: schedule.items, nowMs })).toBe(ics);
    });
  });

  describe("DTSTAMP", () => {
    const program = validProgram({
      items: [{ id: "t", kind: "keynote", title: "Keynote", start: "2026-06-01T09:00", duration: 60 }],
    });
    const items = resolveSchedule(program).items;

    it.each([
      { nowMs: 0, text: "19700101T000000Z" },
      { nowMs: Date.UTC(2026, 3, 27, 12, 10), text: "20260427T121000Z" },
      { nowMs: Date.UTC(2024, 1, 29, 23, 59, 59), text: "20240229T235959Z" },
      { nowMs: Date.UTC(2026, 11, 31, 23, 59, 59, 999), text: "20261231T235959Z" },
    ])("is $text for nowMs $nowMs", ({ nowMs: stamp, text }) => {
      const ics = toICalendar(program, { items, nowMs: stamp });
      expect(contentLines(ics)).toContain(`DTSTAMP:${text}`);
      const vevent = parseCalendar(ics).events[0]!;
      // iCalendar has whole seconds: the milliseconds are dropped, never rounded up.
      expect(epochOf(vevent, "dtstamp")).toBe(Math.floor(stamp / 1000) * 1000);
    });

    it("equals the nowMs passed in, never the clock", () => {
      const a = toICalendar(program, { items, nowMs });
      const b = toICalendar(program, { items, nowMs });
      expect(a).toBe(b);
      expect(epochOf(parseCalendar(a).events[0]!, "dtstamp")).toBe(nowMs);
    });
  });

  describe("location", () => {
    it("is left out when there is neither a room nor a venue", () => {
      const program = validProgram({
        items: [{ id: "t", kind: "keynote", title: "Keynote", start: "2026-06-01T09:00", duration: 60 }],
      });
      const ics = toICalendar(program, { items: resolveSchedule(program).items, nowMs });
      expect(ics).not.toContain("LOCATION");
      expect(textOf(parseCalendar(ics).events[0]!, "location")).toBeNull();
    });

    it("uses the room of the item's session", () => {
      const program = validProgram({
        rooms: [{ id: "hall", name: "Main hall" }],
        sessions: [{ id: "s", title: "Orals", room: "hall", start: "2026-06-01T10:00", items: ["t"] }],
        items: [{ id: "t", kind: "contributed-talk", title: "Talk", duration: 20 }],
      });
      const ics = toICalendar(program, { items: resolveSchedule(program).items, nowMs });
      expect(new ICAL.Event(parseCalendar(ics).events[0]!).location).toBe("Main hall");
    });
  });

  it("summarises an untitled break by its kind, not as a title to be announced", () => {
    // The model: "Breaks may leave [the title] out (the kind names them); use tba for a title
    // not known yet." A lunch with no title is not a talk whose title is to be announced.
    const program = validProgram({
      items: [
        { id: "lunch", kind: "lunch", start: "2026-06-01T12:00", end: "2026-06-01T13:00" },
        { id: "coffee", kind: "coffee-break", start: "2026-06-01T15:00", duration: 30 },
      ],
    });
    const ics = toICalendar(program, {
      items: resolveSchedule(program).items,
      nowMs,
      untitled: "Title to be announced",
    });
    const summaries = parseCalendar(ics).events.map((vevent) => new ICAL.Event(vevent).summary);
    expect(summaries).not.toContain("Title to be announced");
    expect(summaries[0]?.toLowerCase()).toContain("lunch");
    expect(summaries[1]?.toLowerCase()).toContain("coffee");
  });

  it("keeps the CRLF framing when a text holds a bare carriage return", () => {
    const program = validProgram({
      items: [
        {
          id: "t",
          kind: "keynote",
          title: "Keynote",
          abstract: "First line\rsecond line",
          start: "2026-06-01T09:00",
          duration: 60,
        },
      ],
    });
    const ics = toICalendar(program, { items: resolveSchedule(program).items, nowMs });
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });
});

describe("toICalendar: SEQUENCE on change", () => {
  const build = (title: string, start: string) =>
    validProgram({
      items: [
        { id: "t", kind: "keynote", title, start, end: "2026-06-01T11:00" },
        { id: "u", kind: "keynote", title: "Stays", start: "2026-06-01T12:00", end: "2026-06-01T13:00" },
      ],
    });
  const sequences = (ics: string) =>
    Object.fromEntries(
      [...ics.matchAll(/UID:([^@]+)@[\s\S]*?SEQUENCE:(\d+)/g)].map((match) => [match[1], Number(match[2])]),
    );
  const calendar = (program: ReturnType<typeof build>, previous?: string) =>
    toICalendar(program, { items: resolveSchedule(program).items, nowMs: 0, previous });

  it("starts at 0, keeps an unchanged event's sequence, and raises a changed one's", () => {
    const first = calendar(build("Keynote", "2026-06-01T10:00"));
    expect(sequences(first)).toEqual({ t: 0, u: 0 });
    expect(sequences(calendar(build("Keynote", "2026-06-01T10:00"), first))).toEqual({ t: 0, u: 0 });
    const moved = calendar(build("Keynote", "2026-06-01T10:15"), first);
    expect(sequences(moved)).toEqual({ t: 1, u: 0 });
    const renamed = calendar(build("Keynote (new title)", "2026-06-01T10:15"), moved);
    expect(sequences(renamed)).toEqual({ t: 2, u: 0 });
  });

  it("reads the SEQUENCE back with ical.js", () => {
    const first = calendar(build("Keynote", "2026-06-01T10:00"));
    const moved = calendar(build("Keynote", "2026-06-01T10:30"), first);
    const events = new ICAL.Component(ICAL.parse(moved))
      .getAllSubcomponents("vevent")
      .map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => [event.uid.split("@")[0], event.sequence])).toEqual([
      ["t", 1],
      ["u", 0],
    ]);
  });

  it("keeps a removed item as CANCELLED with a raised SEQUENCE, once, read back by ical.js", () => {
    const first = calendar(build("Keynote", "2026-06-01T10:00"));
    const onlyStays = validProgram({
      items: [{ id: "u", kind: "keynote", title: "Stays", start: "2026-06-01T12:00", end: "2026-06-01T13:00" }],
    });
    const removed = calendar(onlyStays, first);
    const read = (ics: string) =>
      new ICAL.Component(ICAL.parse(ics))
        .getAllSubcomponents("vevent")
        .map((vevent) => [
          vevent.getFirstPropertyValue("uid")!.toString().split("@")[0],
          vevent.getFirstPropertyValue("status"),
          vevent.getFirstPropertyValue("sequence"),
          vevent.getFirstPropertyValue("summary"),
        ]);
    expect(read(removed)).toEqual([
      ["u", "CONFIRMED", 0, "Stays"],
      ["t", "CANCELLED", 1, "Keynote"],
    ]);
    // Published again without it: still cancelled, and its SEQUENCE does not climb each time.
    expect(read(calendar(onlyStays, removed))).toEqual(read(removed));
  });

  it("raises the SEQUENCE of an item cancelled in the program", () => {
    const first = calendar(build("Keynote", "2026-06-01T10:00"));
    const program = build("Keynote", "2026-06-01T10:00");
    const cancelled = validProgram({
      items: program.items.map((item) => (item.id === "t" ? { ...item, status: "cancelled" as const } : item)),
    });
    expect(sequences(calendar(cancelled, first))).toEqual({ t: 1, u: 0 });
    expect(calendar(cancelled, first)).toContain("STATUS:CANCELLED");
  });
});
