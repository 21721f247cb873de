import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { describe, expect, it } from "vitest";
import {
  nowMs,
  loadExample,
  programFromJson,
  parseCalendar,
  textOf,
  calendarNameOf,
  contentLines,
  expectWellFramed,
  expectEventsMatch,
} from "../../test/icalendar-reading.js";
import { toICalendar } from "./to-icalendar.js";

// toICalendar on the examples: every calendar is read back with ical.js and matched item by item.

describe("toICalendar", () => {
  describe("with the DeLTa 2026 example", () => {
    const program = loadExample("delta-2026.json");
    const schedule = resolveSchedule(program);
    const ics = toICalendar(program, { items: schedule.items, nowMs });

    it("is well framed: CRLF, at most 75 octets a line, folds between characters", () => {
      expectWellFramed(ics);
      // The abstracts are long: the file does fold.
      expect(ics).toContain("\r\n ");
    });

    it("has one VEVENT per item, each matching its item", () => {
      expect(schedule.items).toHaveLength(18);
      expectEventsMatch(program, schedule.items, ics);
    });

    it("names the calendar after the event, and says what produced it", () => {
      const { calendar } = parseCalendar(ics);
      expect(calendar.name).toBe("vcalendar");
      expect(textOf(calendar, "version")).toBe("2.0");
      expect(textOf(calendar, "prodid")).toBeTruthy();
      expect(calendarNameOf(calendar)).toBe(program.event.title);
    });

    it("uses the calendarName option for X-WR-CALNAME", () => {
      const named = toICalendar(program, { items: schedule.items, nowMs, calendarName: "DeLTa, my picks; 2026" });
      expect(calendarNameOf(parseCalendar(named).calendar)).toBe("DeLTa, my picks; 2026");
    });

    it("has times in UTC: lunch at 12:00 in São Paulo is 15:00Z", () => {
      const lines = contentLines(ics);
      const lunchAt = lines.indexOf("UID:lunch@delta-2026-2026-04-27.lectern");
      expect(lunchAt).toBeGreaterThan(0);
      expect(lines.slice(lunchAt, lunchAt + 5)).toContain("DTSTART:20260427T150000Z");
      expect(lines.slice(lunchAt, lunchAt + 5)).toContain("DTEND:20260427T163000Z");
      expect(ics).not.toMatch(/TZID|VTIMEZONE/);
    });

    it("gives stable UIDs of the form <item id>@<event slug>.lectern", () => {
      // Pinned on purpose: a changed UID makes calendars duplicate events on re-import.
      const { events } = parseCalendar(ics);
      expect(new ICAL.Event(events.find((vevent) => new ICAL.Event(vevent).uid.startsWith("talk-doucet@"))!).uid).toBe(
        "talk-doucet@delta-2026-2026-04-27.lectern",
      );
      const again = toICalendar(program, { items: [...schedule.items].reverse(), nowMs: nowMs + 86_400_000 });
      const uidsOf = (text: string) => parseCalendar(text).events.map((vevent) => new ICAL.Event(vevent).uid);
      expect(new Set(uidsOf(again))).toEqual(new Set(uidsOf(ics)));
    });

    it("puts the speakers and the abstract in DESCRIPTION, TeX and all", () => {
      const { events } = parseCalendar(ics);
      const doucet = new ICAL.Event(events.find((vevent) => new ICAL.Event(vevent).uid.startsWith("talk-doucet@"))!);
      expect(doucet.description).toContain("Arnaud Doucet");
      expect(doucet.description).toContain("reconstruct \\(K\\) sources");
      expect(doucet.summary).toBe("Unsupervised Source Separation via Generative Modeling");
    });

    it("lists every author of an oral (Louis Béthune among nine)", () => {
      const { events } = parseCalendar(ics);
      const oral = new ICAL.Event(
        events.find((vevent) => new ICAL.Event(vevent).uid.startsWith("oral-unmasking-policies@"))!,
      );
      for (const name of ["Metod Jazbec", "Louis Béthune", "Marco Cuturi"]) {
        expect(oral.description).toContain(name);
      }
    });

    it("puts the venue in LOCATION when items have no room", () => {
      const { events } = parseCalendar(ics);
      for (const vevent of events) expect(new ICAL.Event(vevent).location).toBe("Rio de Janeiro, Brazil");
    });

    it("is identical for identical input", () => {
      expect(toICalendar(program, { items: schedule.items, nowMs })).toBe(ics);
      // And a program parsed again from the same text gives the same file.
      const reparsed = loadExample("delta-2026.json");
      expect(toICalendar(reparsed, { items: resolveSchedule(reparsed).items, nowMs })).toBe(ics);
    });

    it("changes only DTSTAMP when made at another moment", () => {
      const later = toICalendar(program, { items: schedule.items, nowMs: nowMs + 3_600_000 });
      const withoutStamp = (text: string) => contentLines(text).filter((line) => !line.startsWith("DTSTAMP:"));
      expect(withoutStamp(later)).toEqual(withoutStamp(ics));
      expect(later).not.toBe(ics);
    });

    it("gives only the chosen items for a subset (favourites), in the order given", () => {
      const chosen = schedule.items.filter((entry) => entry.item.kind === "contributed-talk");
      expect(chosen.length).toBe(6);
      const subset = toICalendar(program, { items: chosen, nowMs });
      expectWellFramed(subset);
      expectEventsMatch(program, chosen, subset);
      const uids = parseCalendar(subset).events.map((vevent) => new ICAL.Event(vevent).uid);
      expect(uids).toEqual(chosen.map((entry) => `${entry.id}@delta-2026-2026-04-27.lectern`));
    });

    it("gives one event for one item", () => {
      const one = schedule.items.find((entry) => entry.id === "talk-vidal")!;
      const single = toICalendar(program, { items: [one], nowMs });
      expectEventsMatch(program, [one], single);
      expect(new ICAL.Event(parseCalendar(single).events[0]!).description).toContain("René Vidal");
    });

    it("gives a calendar with no event for no items", () => {
      const empty = toICalendar(program, { items: [], nowMs });
      expectWellFramed(empty);
      expect(parseCalendar(empty).events).toEqual([]);
    });
  });

  describe("with the SIGMETRICS 2026 example", () => {
    const text = readFileSync(new URL("../../examples/sigmetrics-2026.json", import.meta.url), "utf8");

    it("has no timed items as published (a tentative program), so no events", () => {
      const program = loadExample("sigmetrics-2026.json");
      const schedule = resolveSchedule(program);
      expect(schedule.items).toEqual([]);
      const ics = toICalendar(program, { items: schedule.items, nowMs });
      expectWellFramed(ics);
      expect(parseCalendar(ics).events).toEqual([]);
      expect(calendarNameOf(parseCalendar(ics).calendar)).toBe("ACM SIGMETRICS 2026 Workshop");
    });

    describe("once its items are given times", () => {
      // The published program, each item given a start and a length, one after the other.
      const data = JSON.parse(text) as { items: Record<string, unknown>[] };
      let minutes = 9 * 60;
      for (const item of data.items) {
        const length = item.kind === "lunch" ? 60 : item.kind === "coffee-break" ? 15 : 45;
        item.start = `2026-06-08T${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
        item.duration = length;
        minutes += length;
      }
      const program = programFromJson(JSON.stringify(data));
      const schedule = resolveSchedule(program);
      const untitled = "Titre à annoncer, bientôt";
      const ics = toICalendar(program, { items: schedule.items, nowMs, untitled });

      it("is well framed and has one matching event per item", () => {
        expect(schedule.items).toHaveLength(11);
        expectWellFramed(ics);
        expectEventsMatch(program, schedule.items, ics, untitled);
      });

      it("uses the untitled text for items whose title is to be announced", () => {
        const { events } = parseCalendar(ics);
        const summaryOf = (id: string) =>
          new ICAL.Event(events.find((vevent) => new ICAL.Event(vevent).uid.startsWith(`${id}@`))!).summary;
        for (const id of ["slot-tba-1", "talk-ying", "slot-tba-2", "slot-tba-3", "slot-tba-4"])
          expect(summaryOf(id)).toBe(untitled);
        expect(summaryOf("talk-qu")).toBe(
          "The Effect of Training Task Diversity on In-Context Learning through the Lens of Low-Dimensional Subspaces",
        );
      });

      it("uses 'Title to be announced' when no untitled text is given", () => {
        const plain = toICalendar(program, { items: schedule.items, nowMs });
        expectEventsMatch(program, schedule.items, plain);
      });

      it("puts the room and the city in LOCATION", () => {
        const { events } = parseCalendar(ics);
        const locationOf = (id: string) =>
          new ICAL.Event(events.find((vevent) => new ICAL.Event(vevent).uid.startsWith(`${id}@`))!).location;
        expect(locationOf("coffee-break-1")).toBe("Idea Hub, Ann Arbor, USA");
        expect(locationOf("lunch")).toBe("Rogel Ballroom, Ann Arbor, USA");
        expect(locationOf("talk-chen")).toBe("Ann Arbor, USA");
      });

      it("names the speaker of a talk whose title is to be announced", () => {
        const { events } = parseCalendar(ics);
        const ying = new ICAL.Event(events.find((vevent) => new ICAL.Event(vevent).uid.startsWith("talk-ying@"))!);
        expect(ying.description).toContain("Lei Ying");
      });

      it("gives UIDs unique across events and distinct from the DeLTa ones for a shared item id", () => {
        // Both examples have an item "talk-chen" (Sitan Chen's talk): the event slug keeps them apart.
        const delta = loadExample("delta-2026.json");
        const deltaChen = resolveSchedule(delta).items.find((entry) => entry.id === "talk-chen")!;
        const deltaUid = new ICAL.Event(parseCalendar(toICalendar(delta, { items: [deltaChen], nowMs })).events[0]!)
          .uid;
        const sigmetricsUid = new ICAL.Event(
          parseCalendar(ics).events.find((vevent) => new ICAL.Event(vevent).uid.startsWith("talk-chen@"))!,
        ).uid;
        expect(deltaUid).not.toBe(sigmetricsUid);
      });
    });
  });
});
