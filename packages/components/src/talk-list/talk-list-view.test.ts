import readingGroup from "@lectern/core/examples/reading-group-2026.json";
import { describe, expect, it } from "vitest";
import { programFrom } from "../testing/fixtures.js";
import { calendarFileName, describeNextMeeting, formatMeetingDate, viewTalkList } from "./talk-list-view.js";

// Plain unit tests of the pure helpers beside the element (no DOM involved). "Now" is always
// an instant with an offset; the browser's own zone never enters.

const example = programFrom(readingGroup);
const at = (iso: string) => Date.parse(iso);

/** A seminar series in a zone, through the real parse boundary. */
function seminar(timeZone: string, series: Record<string, unknown>, items: Record<string, unknown>[] = []) {
  return programFrom({
    event: { title: "Seminar", kind: "seminar-series", startDate: "2025-01-01", timeZone },
    rooms: [{ id: "a", name: "Room A" }],
    series,
    items,
  });
}

const datesSeries = (timeZone: string, dates: string[], startTime = "16:00") =>
  seminar(timeZone, { frequency: "dates", dates, startTime, duration: 60 });

/** The relative text of the next meeting, as the element words it. */
function relativeNext(program: ReturnType<typeof programFrom>, now: string, locale = "en-GB") {
  const view = viewTalkList(program, { nowMs: at(now), locale });
  return view.next && [view.next.meeting.date, describeNextMeeting(view.next, locale, "live now")];
}

describe("viewTalkList: the next meeting and how far away it is", () => {
  it.each([
    [
      "three days before, on a Tuesday morning",
      example,
      "2026-04-07T09:00+01:00",
      ["2026-04-10", "in 3 days"],
      "en-GB",
    ],
    ["the evening before", example, "2026-04-09T20:00+01:00", ["2026-04-10", "tomorrow"], "en-GB"],
    ["the morning of", example, "2026-04-10T09:00+01:00", ["2026-04-10", "today"], "en-GB"],
    ["during it", example, "2026-04-10T16:30+01:00", ["2026-04-10", "live now"], "en-GB"],
    [
      "at its end (exclusive): the next one, after the summer",
      example,
      "2026-04-10T17:00+01:00",
      ["2026-10-02", "in 175 days"],
      "en-GB",
    ],
    ["skipping a cancelled meeting", example, "2026-02-20T12:00Z", ["2026-03-13", "in 21 days"], "en-GB"],
    // 27 March 17:00 GMT to 10 April 16:00 BST is 13 days 22 hours: 14 calendar days.
    ["London, across the change to summer time", example, "2026-03-27T17:00Z", ["2026-04-10", "in 14 days"], "en-GB"],
    // Sat 23:30 GMT to Mon 00:30 BST is exactly 24 hours, but two calendar days.
    [
      "London, 24 hours that span two dates",
      datesSeries("Europe/London", ["2026-03-30"], "00:30"),
      "2026-03-28T23:30Z",
      ["2026-03-30", "in 2 days"],
      "en-GB",
    ],
    // 09:00 on Friday 3 April in Auckland is still Thursday 2 April in UTC.
    [
      "Auckland, the same day though UTC says the day before",
      datesSeries("Pacific/Auckland", ["2026-04-03"]),
      "2026-04-02T20:00Z",
      ["2026-04-03", "today"],
      "en-GB",
    ],
    // Sat 23:30 NZDT to Mon 00:15 NZST (clocks go back on 5 April) is 25 h 45 min: two dates on.
    [
      "Auckland, across the end of summer time",
      datesSeries("Pacific/Auckland", ["2026-04-06"], "00:15"),
      "2026-04-04T10:30Z",
      ["2026-04-06", "in 2 days"],
      "en-GB",
    ],
    ["in German", example, "2026-04-09T20:00+01:00", ["2026-04-10", "morgen"], "de"],
    ["in Portuguese", example, "2026-04-07T09:00+01:00", ["2026-04-10", "em 3 dias"], "pt-BR"],
  ] as const)("%s", (_name, program, now, expected, locale) => {
    expect(relativeNext(program, now, locale)).toEqual(expected);
  });

  it("has no next meeting once every meeting has ended", () => {
    expect(viewTalkList(example, { nowMs: at("2027-01-01T00:00Z"), locale: "en-GB" }).next).toBeUndefined();
  });

  it("marks the live meeting", () => {
    const view = viewTalkList(example, { nowMs: at("2026-04-10T15:30Z"), locale: "en-GB" });
    expect(view.next).toMatchObject({ live: true, daysUntil: 0 });
    expect(view.upcoming[0]!.meetings[0]).toMatchObject({ date: "2026-04-10", live: true, isNext: true });
  });
});

describe("viewTalkList: upcoming, then past, grouped", () => {
  const summary = (groups: ReturnType<typeof viewTalkList>["upcoming"]) =>
    groups.map((group) => [group.label, group.meetings.map((meeting) => meeting.date)]);

  it("groups by term: upcoming oldest first, past newest first", () => {
    const view = viewTalkList(example, { nowMs: at("2026-04-07T09:00+01:00"), locale: "en-GB" });
    expect(summary(view.upcoming)).toEqual([
      ["Spring term 2026", ["2026-04-10"]],
      ["Autumn term 2026", ["2026-10-02", "2026-10-16", "2026-10-30", "2026-11-13", "2026-11-27", "2026-12-11"]],
    ]);
    expect(summary(view.past)).toEqual([
      ["Spring term 2026", ["2026-03-27", "2026-03-13", "2026-02-27", "2026-02-13", "2026-01-30", "2026-01-16"]],
    ]);
  });

  it("puts everything in the past, newest term first, when the series is over", () => {
    const view = viewTalkList(example, { nowMs: at("2027-01-01T00:00Z"), locale: "en-GB" });
    expect(view.upcoming).toEqual([]);
    expect(view.past.map((group) => [group.label, group.meetings.length])).toEqual([
      ["Autumn term 2026", 6],
      ["Spring term 2026", 7],
    ]);
  });

  it("groups by year when the series names no terms", () => {
    const program = datesSeries("Europe/Berlin", ["2025-11-07", "2025-12-05", "2026-01-09", "2026-02-06"]);
    const view = viewTalkList(program, { nowMs: at("2025-12-10T12:00Z"), locale: "en-GB" });
    expect(summary(view.upcoming)).toEqual([["2026", ["2026-01-09", "2026-02-06"]]]);
    expect(summary(view.past)).toEqual([["2025", ["2025-12-05", "2025-11-07"]]]);
  });

  it("groups a meeting outside every term under its year", () => {
    const program = seminar("Europe/London", {
      frequency: "dates",
      dates: ["2026-03-27", "2026-07-03", "2026-10-02"],
      startTime: "16:00",
      duration: 60,
      terms: [
        { label: "Spring", from: "2026-01-12", until: "2026-04-17" },
        { label: "Autumn", from: "2026-09-28", until: "2026-12-18" },
      ],
    });
    expect(summary(viewTalkList(program, { nowMs: at("2026-01-01T00:00Z"), locale: "en-GB" }).upcoming)).toEqual([
      ["Spring", ["2026-03-27"]],
      ["2026", ["2026-07-03"]],
      ["Autumn", ["2026-10-02"]],
    ]);
  });
});

describe("viewTalkList: each meeting", () => {
  const meetings = viewTalkList(example, { nowMs: at("2026-01-01T00:00Z"), locale: "en-GB" }).upcoming.flatMap(
    (group) => group.meetings,
  );
  const on = (date: string) => meetings.find((meeting) => meeting.date === date)!;

  it("writes the time in the event's zone, which is GMT before the change and BST after", () => {
    expect([on("2026-03-27").timeText, on("2026-03-27").zoneLabel]).toEqual([
      "16:00–17:00",
      "Greenwich Mean Time (GMT+0)",
    ]);
    expect([on("2026-04-10").timeText, on("2026-04-10").zoneLabel]).toEqual([
      "16:00–17:00",
      "British Summer Time (GMT+1)",
    ]);
    expect(on("2026-04-10").start).toBe("2026-04-10T16:00:00+01:00");
  });

  it("gives the cancelled meeting its reason, the changed one its note and room", () => {
    expect(on("2026-02-27")).toMatchObject({
      cancelled: true,
      reason: "Department away day; the paper moves to the autumn term",
    });
    expect(on("2026-03-13")).toMatchObject({
      cancelled: false,
      roomName: "Seminar Room B",
      note: "In Seminar Room B this week (Room A is booked for exams)",
    });
    expect(on("2026-03-27").roomName).toBe("Seminar Room A");
  });

  it("lists the talks of each meeting, and none for the one whose speaker is to be announced", () => {
    expect(on("2026-01-16").itemIds).toEqual(["ddpm"]);
    expect(on("2026-11-27").itemIds).toEqual([]);
  });
});

describe("formatMeetingDate", () => {
  it.each([
    ["en-GB", "Fri, 3 Apr 2026"],
    ["en-US", "Fri, Apr 3, 2026"],
    ["de", "Fr., 3. Apr. 2026"],
    ["fr", "ven. 3 avr. 2026"],
  ])("%s: %s, with weekday, month name and year, never dd/mm", (locale, text) => {
    expect(formatMeetingDate("2026-04-03", locale)).toBe(text);
    expect(formatMeetingDate("2026-04-03", locale)).not.toMatch(/\d+[/.-]\d+[/.-]\d+/);
  });

  it("keeps the calendar date whatever the zone (31 December stays in its year)", () => {
    expect(formatMeetingDate("2026-12-31", "en-GB")).toBe("Thu, 31 Dec 2026");
  });
});

describe("viewTalkList calendar", () => {
  it("gives every talk of the example to the calendar, the cancelled one cancelled", () => {
    const view = viewTalkList(example, { nowMs: 0, locale: "en-GB" });
    expect(view.calendarItems).toHaveLength(example.items.length);
    expect(view.calendarItems.filter((entry) => entry.status === "cancelled").map((entry) => entry.id)).toEqual([
      "dit-february",
    ]);
  });
});

describe("calendarFileName", () => {
  it.each([
    [{ title: "Generative Models Reading Group" }, "generative-models-reading-group.ics"],
    [{ title: "Séminaire d'analyse", acronym: "SémAn" }, "seman.ics"],
    [{ title: "???" }, "series.ics"],
  ])("%j → %s", (event, name) => {
    expect(calendarFileName({ ...example, event: { ...example.event, ...event } })).toBe(name);
  });
});
