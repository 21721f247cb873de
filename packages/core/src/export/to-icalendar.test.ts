import { readFileSync } from "node:fs";
import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { validProgram } from "../../test/valid-program.js";
import type { Item } from "../model/item.js";
import type { Program } from "../model/program.js";
import { parseProgramJson } from "../parse/parse-program-json.js";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import type { ResolvedItem } from "../schedule/resolved-schedule.js";
import { escapeICalendarText, foldICalendarLine, toICalendar } from "./to-icalendar.js";

// Every calendar is read back with ical.js (the parser behind Thunderbird) and compared with the
// program it came from. Instants are compared as epoch milliseconds, never through the process
// zone (the suite also runs in Pacific/Chatham).

const nowMs = Date.UTC(2026, 3, 1, 8, 30, 15); // 2026-04-01T08:30:15Z
const defaultUntitled = "Title to be announced";

// ---------------------------------------------------------------------------------------------
// Helpers

function loadExample(name: string): Program {
  const result = parseProgramJson(readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8"));
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  return result.program;
}

/** The program from a JSON text, failing the test when it is not valid. */
function programFromJson(text: string): Program {
  const result = parseProgramJson(text);
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  return result.program;
}

function parseCalendar(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return { calendar, events: calendar.getAllSubcomponents("vevent") };
}

type ICalTime = InstanceType<typeof ICAL.Time>;
type ICalComponent = InstanceType<typeof ICAL.Component>;

const timeOf = (component: ICalComponent, name: string) => component.getFirstPropertyValue(name) as ICalTime;
const epochOf = (component: ICalComponent, name: string) => timeOf(component, name).toJSDate().getTime();
const textOf = (component: ICalComponent, name: string) => component.getFirstPropertyValue(name) as string | null;
/**
 * X-WR-CALNAME as text. ical.js gives unknown X- properties their raw value (it has no type
 * for them), while clients (Apple, Google, Thunderbird) read it as TEXT: unescape it here.
 */
const calendarNameOf = (calendar: ICalComponent) => unescapeICalendarText(textOf(calendar, "x-wr-calname") ?? "");

/** The physical lines of a file, without their CRLF (the file must end with one). */
function physicalLines(ics: string): string[] {
  expect(ics.endsWith("\r\n")).toBe(true);
  return ics.slice(0, -2).split("\r\n");
}

/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

/** The content lines of a file, unfolded. */
const contentLines = (ics: string) => physicalLines(unfold(ics));

/** RFC 5545 §3.3.11, the other way. */
function unescapeICalendarText(text: string): string {
  return text.replace(/\\([\\;,nN])/g, (_, char: string) => (char === "n" || char === "N" ? "\n" : char));
}

/**
 * The framing every file must have: CRLF line ends only (no bare CR or LF), no physical line
 * over 75 octets, continuation lines starting with one space, and no UTF-8 character split
 * across a fold (each physical line is valid UTF-8 on its own once the file is encoded).
 */
function expectWellFramed(ics: string): void {
  expect(ics.endsWith("\r\n")).toBe(true);
  expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  const lines = physicalLines(ics);
  for (const line of lines) {
    expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  }
  expect(lines[0]).toBe("BEGIN:VCALENDAR");
  expect(lines.at(-1)).toBe("END:VCALENDAR");
  // Split the *encoded* file at CRLF: every piece must decode strictly as UTF-8.
  const bytes = Buffer.from(ics, "utf8");
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let start = 0;
  for (let index = 0; index < bytes.length - 1; index += 1) {
    if (bytes[index] === 0x0d && bytes[index + 1] === 0x0a) {
      expect(() => decoder.decode(bytes.subarray(start, index))).not.toThrow();
      start = index + 2;
    }
  }
  expect(start).toBe(bytes.length);
}

function nameOfPerson(program: Program, id: string): string | undefined {
  return program.people?.find((person) => person.id === id)?.name;
}

/**
 * Compares every VEVENT of a calendar with the items it was made from, in order: UID, times,
 * summary, description, location, status and DTSTAMP.
 */
function expectEventsMatch(program: Program, entries: readonly ResolvedItem[], ics: string, untitled = defaultUntitled): void {
  const { events } = parseCalendar(ics);
  expect(events).toHaveLength(entries.length);
  const uids = new Set<string>();
  entries.forEach((entry, index) => {
    const vevent = events[index]!;
    const event = new ICAL.Event(vevent);
    const { item } = entry;

    expect(event.uid.startsWith(`${item.id}@`)).toBe(true);
    expect(event.uid).toMatch(/^[A-Za-z0-9._:@-]+$/);
    uids.add(event.uid);

    expect(event.startDate.toJSDate().getTime()).toBe(entry.startMs);
    expect(event.endDate.toJSDate().getTime()).toBe(entry.endMs);
    expect(event.startDate.zone?.tzid).toBe("UTC");
    expect(epochOf(vevent, "dtstamp")).toBe(Math.floor(nowMs / 1000) * 1000);

    expect(event.summary).toBe(item.title ?? untitled);

    const description = event.description;
    for (const id of item.speakers ?? []) {
      const name = nameOfPerson(program, id);
      if (name) expect(description).toContain(name);
    }
    for (const author of item.authors ?? []) {
      const name = nameOfPerson(program, author.person);
      if (name) expect(description).toContain(name);
    }
    if (item.abstract) expect(description).toContain(item.abstract.replace(/\r\n/g, "\n"));

    const room = entry.roomId && program.rooms?.find((candidate) => candidate.id === entry.roomId)?.name;
    const venue = program.event.venue;
    if (room) expect(event.location).toContain(room);
    if (venue?.city) expect(event.location).toContain(venue.city);
    if (!room && !venue?.name && !venue?.city && !venue?.country) expect(textOf(vevent, "location")).toBeNull();

    // A confirmed item of a tentative schedule (SIGMETRICS) is tentative for a calendar.
    const scheduleIsTentative = program.event.schedule?.status === "tentative";
    const expectedStatus =
      entry.status === "cancelled" ? "CANCELLED" : entry.status === "tentative" || scheduleIsTentative ? "TENTATIVE" : "CONFIRMED";
    expect(textOf(vevent, "status")).toBe(expectedStatus);
  });
  expect(uids.size).toBe(entries.length);
}

// ---------------------------------------------------------------------------------------------
// A program written to be hard to escape and fold

const longText =
  "Über die Schrödinger-Gleichung: naïve Ansätze, Maß und Ökonomie — 日本語の要約と한국어 요약; ελληνικά, русский текст 😀🧪👩‍🔬 ".repeat(
    4,
  );
const longTitle = "Équations aux dérivées partielles stochastiques, théorie ergodique; et 機械学習 🚀 — une étude très approfondie";

const hardItems: Item[] = [
  {
    id: "talk-1",
    kind: "invited-talk",
    title: "Commas, semicolons; backslashes \\ and \\(K\\)",
    abstract: `Reconstruct \\(K\\) sources, i.e. $x^2$; see C:\\path\\to\\file.\n${longText}`,
    speakers: ["rene"],
    room: "hall",
    start: "2026-06-01T09:00",
    end: "2026-06-01T09:45",
  },
  {
    id: "talk-2",
    kind: "contributed-talk",
    title: longTitle,
    abstract: 'Line one\nline two\r\nline three\n\nSecond paragraph 😀, with "quotes" and a colon: here.',
    authors: [{ person: "obrien", presenting: true }, { person: "zoe" }],
    room: "hall",
    start: "2026-06-01T10:00",
    duration: 20,
    status: "tentative",
  },
  {
    id: "talk-3",
    kind: "invited-talk",
    speakers: ["mystery"],
    tba: ["title", "abstract"],
    start: "2026-06-01T11:00",
    duration: 30,
    status: "cancelled",
  },
  {
    id: "lunch",
    kind: "lunch",
    title: "Lunch ☕, on the terrace; weather permitting",
    start: "2026-06-01T12:00",
    end: "2026-06-01T13:30",
    status: "confirmed",
  },
];

const hardProgram = validProgram({
  event: {
    title: "Logic, Proof; and Types \\ Workshop 🧪",
    acronym: "LPT, 2026",
    kind: "workshop",
    startDate: "2026-06-01",
    timeZone: "Europe/Berlin",
    venue: { name: "Centre des congrès; Niveau 2", city: "Montréal", country: "Canada" },
  },
  people: [
    { id: "rene", name: "René Vidal" },
    { id: "obrien", name: "O'Brien, Séan" },
    { id: "zoe", name: "Zoë; Ünal \\ 🚀" },
    { id: "mystery", tba: ["name"] },
  ],
  rooms: [{ id: "hall", name: "Salle A, étage 2; aile est" }],
  items: hardItems,
});

// ---------------------------------------------------------------------------------------------

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
    { input: "colon: and \"quotes\" stay", expected: "colon: and \"quotes\" stay" },
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
        const ics = ["BEGIN:VCALENDAR", "BEGIN:VEVENT", `SUMMARY:${escapeICalendarText(input)}`, "END:VEVENT", "END:VCALENDAR", ""].join(
          "\r\n",
        );
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
      const oral = new ICAL.Event(events.find((vevent) => new ICAL.Event(vevent).uid.startsWith("oral-unmasking-policies@"))!);
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
        for (const id of ["slot-tba-1", "talk-ying", "slot-tba-2", "slot-tba-3", "slot-tba-4"]) expect(summaryOf(id)).toBe(untitled);
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
        const deltaUid = new ICAL.Event(parseCalendar(toICalendar(delta, { items: [deltaChen], nowMs })).events[0]!).uid;
        const sigmetricsUid = new ICAL.Event(
          parseCalendar(ics).events.find((vevent) => new ICAL.Event(vevent).uid.startsWith("talk-chen@"))!,
        ).uid;
        expect(deltaUid).not.toBe(sigmetricsUid);
      });
    });
  });

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
      expect(byId.get("talk-1")!.description).toContain(`Reconstruct \\(K\\) sources, i.e. $x^2$; see C:\\path\\to\\file.\n${longText}`);
      expect(byId.get("talk-1")!.description).toContain("René Vidal");
      expect(byId.get("talk-1")!.location).toBe("Salle A, étage 2; aile est, Centre des congrès; Niveau 2, Montréal, Canada");
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
    const ics = toICalendar(program, { items: resolveSchedule(program).items, nowMs, untitled: "Title to be announced" });
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
    validProgram({ items: [{ id: "t", kind: "keynote", title, start, end: "2026-06-01T11:00" }, { id: "u", kind: "keynote", title: "Stays", start: "2026-06-01T12:00", end: "2026-06-01T13:00" }] });
  const sequences = (ics: string) => Object.fromEntries([...ics.matchAll(/UID:([^@]+)@[\s\S]*?SEQUENCE:(\d+)/g)].map((match) => [match[1], Number(match[2])]));
  const calendar = (program: ReturnType<typeof build>, previous?: string) => toICalendar(program, { items: resolveSchedule(program).items, nowMs: 0, previous });

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
    const events = new ICAL.Component(ICAL.parse(moved)).getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => [event.uid.split("@")[0], event.sequence])).toEqual([
      ["t", 1],
      ["u", 0],
    ]);
  });
});
