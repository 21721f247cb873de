import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import type { Program } from "../src/model/program.js";
import { parseProgramJson } from "../src/parse/parse-program-json.js";
import type { ResolvedItem } from "../src/schedule/resolved-schedule.js";
import { expect } from "vitest";

// Test helpers for the iCalendar tests: read a calendar back with ical.js (the parser behind
// Thunderbird) and compare it with the program it came from. Instants are compared as epoch
// milliseconds, never through the process zone (the suite also runs in Pacific/Chatham).

export const nowMs = Date.UTC(2026, 3, 1, 8, 30, 15); // 2026-04-01T08:30:15Z
export const defaultUntitled = "Title to be announced";

// ---------------------------------------------------------------------------------------------
// Helpers

export function loadExample(name: string): Program {
  const result = parseProgramJson(readFileSync(new URL(`../examples/${name}`, import.meta.url), "utf8"));
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  return result.program;
}

/** The program from a JSON text, failing the test when it is not valid. */
export function programFromJson(text: string): Program {
  const result = parseProgramJson(text);
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  return result.program;
}

export function parseCalendar(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return { calendar, events: calendar.getAllSubcomponents("vevent") };
}

export type ICalTime = InstanceType<typeof ICAL.Time>;
export type ICalComponent = InstanceType<typeof ICAL.Component>;

export const timeOf = (component: ICalComponent, name: string) => component.getFirstPropertyValue(name) as ICalTime;
export const epochOf = (component: ICalComponent, name: string) => timeOf(component, name).toJSDate().getTime();
export const textOf = (component: ICalComponent, name: string) =>
  component.getFirstPropertyValue(name) as string | null;
/**
 * X-WR-CALNAME as text. ical.js gives unknown X- properties their raw value (it has no type
 * for them), while clients (Apple, Google, Thunderbird) read it as TEXT: unescape it here.
 */
export const calendarNameOf = (calendar: ICalComponent) =>
  unescapeICalendarText(textOf(calendar, "x-wr-calname") ?? "");

/** The physical lines of a file, without their CRLF (the file must end with one). */
export function physicalLines(ics: string): string[] {
  expect(ics.endsWith("\r\n")).toBe(true);
  return ics.slice(0, -2).split("\r\n");
}

/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
export const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

/** The content lines of a file, unfolded. */
export const contentLines = (ics: string) => physicalLines(unfold(ics));

/** RFC 5545 §3.3.11, the other way. */
export function unescapeICalendarText(text: string): string {
  return text.replace(/\\([\\;,nN])/g, (_, char: string) => (char === "n" || char === "N" ? "\n" : char));
}

/**
 * The framing every file must have: CRLF line ends only (no bare CR or LF), no physical line
 * over 75 octets, continuation lines starting with one space, and no UTF-8 character split
 * across a fold (each physical line is valid UTF-8 on its own once the file is encoded).
 */
export function expectWellFramed(ics: string): void {
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

export function nameOfPerson(program: Program, id: string): string | undefined {
  return program.people?.find((person) => person.id === id)?.name;
}

/**
 * Compares every VEVENT of a calendar with the items it was made from, in order: UID, times,
 * summary, description, location, status and DTSTAMP.
 */
export function expectEventsMatch(
  program: Program,
  entries: readonly ResolvedItem[],
  ics: string,
  untitled = defaultUntitled,
): void {
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
      entry.status === "cancelled"
        ? "CANCELLED"
        : entry.status === "tentative" || scheduleIsTentative
          ? "TENTATIVE"
          : "CONFIRMED";
    expect(textOf(vevent, "status")).toBe(expectedStatus);
  });
  expect(uids.size).toBe(entries.length);
}
