import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { toICalendar } from "../src/export/to-icalendar.js";
import { describeEventZone } from "../src/format/format-zone-name.js";
import { parseProgramJson } from "../src/parse/parse-program-json.js";
import { expandSeries } from "../src/schedule/expand-series.js";
import { resolveSchedule } from "../src/schedule/resolve-schedule.js";

// Facts of the example seminar series (a fictional reading group with real, well-known papers),
// checked through the real API.

const text = readFileSync(new URL("./reading-group-2026.json", import.meta.url), "utf8");
const result = parseProgramJson(text);
if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
const { program, warnings } = result;
const meetings = expandSeries(program);
const schedule = resolveSchedule(program);
const meetingOn = (date: string) => meetings.find((meeting) => meeting.date === date)!;
const itemOf = (id: string) => program.items.find((item) => item.id === id)!;

describe("reading-group-2026.json (a seminar series)", () => {
  it("parses with no errors and no warnings", () => {
    expect(warnings).toEqual([]);
    expect(schedule.conflicts).toEqual([]);
  });

  it("is a seminar series in London time, meeting 13 times on Fridays at 16:00 for an hour", () => {
    expect(program.event).toMatchObject({ kind: "seminar-series", timeZone: "Europe/London" });
    expect(meetings).toHaveLength(13);
    expect(meetings.every((meeting) => new Date(`${meeting.date}T12:00:00Z`).getUTCDay() === 5)).toBe(true);
    expect(meetings.every((meeting) => meeting.start.slice(11, 16) === "16:00" && meeting.endMs - meeting.startMs === 3_600_000)).toBe(true);
  });

  it("meets every other Friday within each term", () => {
    const gaps = (dates: string[]) => dates.slice(1).map((date, index) => (Date.parse(date) - Date.parse(dates[index]!)) / 86_400_000);
    const dates = meetings.map((meeting) => meeting.date);
    expect(gaps(dates.slice(0, 7))).toEqual([14, 14, 14, 14, 14, 14]);
    expect(gaps(dates.slice(7))).toEqual([14, 14, 14, 14, 14]);
  });

  it("stays at 16:00 local across the change to summer time on 29 March: 16:00Z before, 15:00Z after", () => {
    expect([meetingOn("2026-03-27").start, new Date(meetingOn("2026-03-27").startMs).toISOString()]).toEqual([
      "2026-03-27T16:00:00+00:00",
      "2026-03-27T16:00:00.000Z",
    ]);
    expect([meetingOn("2026-04-10").start, new Date(meetingOn("2026-04-10").startMs).toISOString()]).toEqual([
      "2026-04-10T16:00:00+01:00",
      "2026-04-10T15:00:00.000Z",
    ]);
  });

  it("groups the meetings into a spring term of seven and an autumn term of six", () => {
    expect(meetings.map((meeting) => meeting.term)).toEqual([...Array(7).fill("Spring term 2026"), ...Array(6).fill("Autumn term 2026")]);
  });

  it("has one cancelled meeting with its reason, and its talk marked cancelled", () => {
    const cancelled = meetings.filter((meeting) => meeting.cancelled);
    expect(cancelled.map((meeting) => [meeting.date, meeting.reason])).toEqual([["2026-02-27", "Department away day; the paper moves to the autumn term"]]);
    expect(cancelled[0]!.itemIds).toEqual(["dit-february"]);
    expect(itemOf("dit-february").status).toBe("cancelled");
  });

  it("has one one-off room change with a note", () => {
    const changed = meetings.filter((meeting) => meeting.note !== undefined);
    expect(changed.map((meeting) => [meeting.date, meeting.roomId, meeting.note])).toEqual([
      ["2026-03-13", "seminar-room-b", "In Seminar Room B this week (Room A is booked for exams)"],
    ]);
    expect(meetings.filter((meeting) => meeting.roomId !== "seminar-room-a").map((meeting) => meeting.date)).toEqual(["2026-03-13"]);
  });

  it("has a talk at every meeting but one, whose speaker is still to be found; another talk's presenter is to be announced", () => {
    expect(meetings.filter((meeting) => meeting.itemIds.length === 0).map((meeting) => meeting.date)).toEqual(["2026-11-27"]);
    expect(meetings.every((meeting) => meeting.itemIds.length <= 1)).toBe(true);
    expect(itemOf("consistency-models")).toMatchObject({ tba: ["speakers"] });
    expect(itemOf("consistency-models").speakers).toBeUndefined();
  });

  it.each([
    ["ddpm", "Denoising Diffusion Probabilistic Models", "2006.11239"],
    ["score-sde", "Score-Based Generative Modeling through Stochastic Differential Equations", "2011.13456"],
    ["ddim", "Denoising Diffusion Implicit Models", "2010.02502"],
    ["latent-diffusion", "High-Resolution Image Synthesis with Latent Diffusion Models", "2112.10752"],
    ["classifier-free-guidance", "Classifier-Free Diffusion Guidance", "2207.12598"],
    ["edm", "Elucidating the Design Space of Diffusion-Based Generative Models", "2206.00364"],
    ["flow-matching", "Flow Matching for Generative Modeling", "2210.02747"],
    ["dit", "Scalable Diffusion Models with Transformers", "2212.09748"],
    ["rectified-flow", "Flow Straight and Fast: Learning to Generate and Transfer Data with Rectified Flow", "2209.03003"],
    ["beat-gans", "Diffusion Models Beat GANs on Image Synthesis", "2105.05233"],
    ["consistency-models", "Consistency Models", "2303.01469"],
  ])("%s is the paper %j with its arXiv abstract and PDF links (%s)", (id, title, arxiv) => {
    const item = itemOf(id);
    expect(item.title).toBe(title);
    expect(item.links).toEqual([
      { kind: "arxiv", url: `https://arxiv.org/abs/${arxiv}` },
      { kind: "pdf", url: `https://arxiv.org/pdf/${arxiv}` },
    ]);
  });

  it("names every presenter as a person with an affiliation", () => {
    const presenters = program.items.flatMap((item) => item.speakers ?? []);
    expect(presenters).toHaveLength(11);
    for (const id of presenters) expect(program.people!.find((person) => person.id === id)?.affiliations?.length).toBeGreaterThan(0);
  });

  it("writes some abstracts with TeX math", () => {
    expect(itemOf("score-sde").abstract).toContain("$\\nabla_x \\log p_t(x)$");
    expect(program.items.filter((item) => item.abstract?.includes("$")).length).toBeGreaterThanOrEqual(4);
  });

  it("exports every talk to one calendar that ical.js reads, the cancelled one as CANCELLED", () => {
    const ics = toICalendar(program, { items: schedule.items, nowMs: Date.UTC(2026, 0, 1) });
    const events = new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents("vevent");
    expect(events).toHaveLength(12);
    const statusOf = Object.fromEntries(events.map((vevent) => [new ICAL.Event(vevent).uid.split("@")[0], vevent.getFirstPropertyValue("status")]));
    expect(statusOf["dit-february"]).toBe("CANCELLED");
    expect(Object.values(statusOf).filter((status) => status === "CONFIRMED")).toHaveLength(11);
    const edm = events.find((vevent) => new ICAL.Event(vevent).uid.startsWith("edm@"))!;
    expect(new ICAL.Event(edm).startDate.toJSDate().toISOString()).toBe("2026-04-10T15:00:00.000Z");
  });

  it("names the zone GMT in winter and BST in summer", () => {
    expect(describeEventZone(program.event, meetingOn("2026-03-27").startMs, "en-GB")).toContain("GMT");
    expect(describeEventZone(program.event, meetingOn("2026-04-10").startMs, "en-GB")).toMatch(/BST|British Summer Time|GMT\+1/);
  });
});
