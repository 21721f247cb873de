import { describe, expect, it, vi } from "vitest";
import { deltaProgram, sigmetricsProgram } from "../testing/fixtures.js";
import { describeEventZoneOverDates, formatEventDates, formatImportantDate } from "./event-summary-dates.js";
import { eventSummarySections, readSections, viewEventSummary } from "./event-summary-view.js";

// Weekdays: 2026-04-27 is a Monday, 2026-06-08 a Monday, 2026-12-30 a Wednesday.
describe("formatEventDates", () => {
  it.each([
    { start: "2026-04-27", end: undefined, locale: "en-GB", expected: "Monday, 27 April 2026" },
    { start: "2026-04-27", end: "2026-04-27", locale: "en-GB", expected: "Monday, 27 April 2026" },
    { start: "2026-06-08", end: "2026-06-10", locale: "en-GB", expected: "Monday 8 June – Wednesday 10 June 2026" },
    { start: "2026-04-30", end: "2026-05-02", locale: "en-GB", expected: "Thursday 30 April – Saturday 2 May 2026" },
    {
      start: "2026-12-30",
      end: "2027-01-02",
      locale: "en-GB",
      expected: "Wednesday 30 December 2026 – Saturday 2 January 2027",
    },
    { start: "2026-06-08", end: "2026-06-10", locale: "en-US", expected: "Monday, June 8 – Wednesday, June 10, 2026" },
    {
      start: "2026-06-08",
      end: "2026-06-10",
      locale: "pt-BR",
      expected: "segunda-feira, 8 de junho – quarta-feira, 10 de junho de 2026",
    },
    // Impossible in a parsed program (the parser checks the order); read as one day.
    { start: "2026-06-10", end: "2026-06-08", locale: "en-GB", expected: "Wednesday, 10 June 2026" },
  ])("writes $start to $end in $locale as '$expected'", ({ start, end, locale, expected }) => {
    expect(formatEventDates(start, end, locale).text).toBe(expected);
  });

  it("keeps the end date only for a range", () => {
    expect(formatEventDates("2026-06-08", "2026-06-08", "en-GB").endDate).toBeUndefined();
    expect(formatEventDates("2026-06-08", "2026-06-10", "en-GB").endDate).toBe("2026-06-10");
  });
});

describe("formatImportantDate", () => {
  const event = { timeZone: "America/Detroit" };

  it.each([
    {
      name: "a deadline Anywhere on Earth",
      date: { label: "Deadline", date: "2026-02-01T23:59", timeZone: "Etc/GMT+12", timeZoneLabel: "AoE" },
      expected: { dateTime: "2026-02-01T23:59:00-12:00", text: "Sunday, 1 February 2026 at 23:59", zoneLabel: "AoE" },
    },
    {
      name: "a zone with no label, named by its offset",
      date: { label: "Deadline", date: "2026-02-01T23:59", timeZone: "Etc/GMT+12" },
      expected: {
        dateTime: "2026-02-01T23:59:00-12:00",
        text: "Sunday, 1 February 2026 at 23:59",
        zoneLabel: "GMT-12",
      },
    },
    {
      name: "a local time in the event's zone",
      date: { label: "Registration closes", date: "2026-06-01T17:00" },
      expected: {
        dateTime: "2026-06-01T17:00:00-04:00",
        text: "Monday, 1 June 2026 at 17:00",
        zoneLabel: "Eastern Daylight Time (GMT-4)",
      },
    },
    {
      name: "an instant with an offset, shown in the event's zone",
      date: { label: "Reviews due", date: "2026-03-02T12:00Z" },
      expected: {
        dateTime: "2026-03-02T07:00:00-05:00",
        text: "Monday, 2 March 2026 at 07:00",
        zoneLabel: "Eastern Standard Time (GMT-5)",
      },
    },
    {
      name: "a time skipped by the spring-forward gap, moved forward as clocks are",
      date: { label: "Odd deadline", date: "2026-03-08T02:30" },
      expected: {
        dateTime: "2026-03-08T03:30:00-04:00",
        text: "Sunday, 8 March 2026 at 03:30",
        zoneLabel: "Eastern Daylight Time (GMT-4)",
      },
    },
    {
      name: "a whole day, with no zone",
      date: { label: "Notification", date: "2026-03-01" },
      expected: { dateTime: "2026-03-01", text: "Sunday, 1 March 2026", zoneLabel: undefined },
    },
  ])("shows $name", ({ date, expected }) => {
    const shown = formatImportantDate(date, event, { locale: "en-GB" });
    expect({ dateTime: shown.dateTime, text: shown.text, zoneLabel: shown.zoneLabel }).toEqual(expected);
  });

  it.each([
    { viewerZone: "Europe/Berlin", expected: { text: "Monday, 2 February 2026 at 12:59", zoneLabel: "GMT+1" } },
    { viewerZone: "Pacific/Kiritimati", expected: { text: "Tuesday, 3 February 2026 at 01:59", zoneLabel: "GMT+14" } },
    { viewerZone: "Etc/GMT+12", expected: undefined },
    { viewerZone: "Not/A_Zone", expected: undefined },
  ])("adds the clock of a visitor in $viewerZone when it reads differently", ({ viewerZone, expected }) => {
    const date = { label: "Deadline", date: "2026-02-01T23:59", timeZone: "Etc/GMT+12", timeZoneLabel: "AoE" };
    expect(formatImportantDate(date, event, { locale: "en-GB", viewerZone }).viewer).toEqual(expected);
  });
});

describe("readSections", () => {
  it.each([
    { attribute: undefined, expected: [...eventSummarySections] },
    { attribute: "", expected: [...eventSummarySections] },
    { attribute: "dates,venue", expected: ["dates", "venue"] },
    { attribute: " Dates , LINKS  organisers", expected: ["dates", "links", "organisers"] },
    { attribute: "venue, organizers", expected: ["venue"] },
    { attribute: "organizers", expected: [...eventSummarySections] },
  ])("reads $attribute", ({ attribute, expected }) => {
    expect([...readSections(attribute)]).toEqual(expected);
  });
});

describe("viewEventSummary", () => {
  it("splits the submission link from the others and resolves people by id", () => {
    const delta = viewEventSummary(deltaProgram, { locale: "en-GB" });
    const sigmetrics = viewEventSummary(sigmetricsProgram, { locale: "en-GB" });
    expect([delta.callsToAction.map((link) => link.kind), delta.otherLinks]).toEqual([["submission"], []]);
    expect(sigmetrics.organisers.map((person) => [person.name, person.role, person.affiliations])).toEqual([
      ["Yuxin Chen", "Organizer", ["UPenn"]],
      ["Laixi Shi", "Organizer", ["JHU"]],
      ["Yingying Li", "Organizer", ["UIUC"]],
    ]);
    expect(sigmetrics.invitedSpeakers.at(-1)).toEqual({
      id: "speaker-uiuc",
      name: undefined,
      affiliations: ["University of Illinois Urbana-Champaign"],
      role: undefined,
      homepage: undefined,
    });
  });

  it("says the schedule is tentative only when the organisers say so", () => {
    expect(viewEventSummary(sigmetricsProgram, { locale: "en-GB" }).tentative).toBe(true);
    expect(viewEventSummary(deltaProgram, { locale: "en-GB" }).tentative).toBe(false);
  });
});

describe("describeEventZoneOverDates", () => {
  it.each([
    [
      { startDate: "2026-01-16", endDate: "2026-12-11", timeZone: "Europe/London" },
      "United Kingdom Time (GMT+0 / GMT+1)",
    ],
    [
      { startDate: "2026-06-08", endDate: "2026-06-10", timeZone: "Europe/Berlin" },
      "Central European Summer Time (GMT+2)",
    ],
    [
      { startDate: "2026-04-27", timeZone: "America/Sao_Paulo", timeZoneLabel: "Brasília Time (GMT−3)" },
      "Brasília Time (GMT−3)",
    ],
  ])("names the zone of %j as '%s'", (event, expected) => {
    expect(describeEventZoneOverDates(event, "en-GB")).toBe(expected);
  });

  // Never the offset of today (the clock is no input): in December London is on GMT+0.
  it.each([
    [{ startDate: "2026-06-31", timeZone: "Europe/London" }, "Europe/London"],
    [{ startDate: "June", endDate: "2026-13-01", timeZone: "Europe/London", timeZoneLabel: "UK time" }, "UK time"],
    [{ startDate: "2026-06-08", endDate: "2026-06-32", timeZone: "Europe/London" }, "British Summer Time (GMT+1)"],
    [{ startDate: "2026-06-32", endDate: "2026-06-10", timeZone: "Europe/London" }, "British Summer Time (GMT+1)"],
  ])("reads the offset on the event's days only, leaving out a date it cannot read: %j is '%s'", (event, expected) => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-03T12:00:00Z"));
    try {
      expect(describeEventZoneOverDates(event, "en-GB")).toBe(expected);
    } finally {
      vi.useRealTimers();
    }
  });
});
