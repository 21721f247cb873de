import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isToBeAnnounced } from "../src/schedule/announcements.js";
import { formatItemTime } from "../src/format/format-item-time.js";
import { formatTimeRange } from "../src/format/format-time-range.js";
import { parseProgramJson } from "../src/parse/parse-program-json.js";
import { resolveSchedule } from "../src/schedule/resolve-schedule.js";

// Facts read off the two seed pages (../shared/seeds), checked through the real API.

const load = (name: string) => {
  const result = parseProgramJson(readFileSync(new URL(`./${name}`, import.meta.url), "utf8"));
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  return result;
};

describe("delta-2026.json (ICLR 2026 DeLTa workshop)", () => {
  const { program, warnings } = load("delta-2026.json");
  const schedule = resolveSchedule(program);
  const person = (id: string) => program.people?.find((entry) => entry.id === id);
  const entryTitled = (title: string) => schedule.items.find((entry) => entry.item.title === title);
  const utc = { zone: "UTC", locale: "en-GB" } as const;
  const local = { zone: "America/Sao_Paulo", locale: "en-GB" } as const;

  it("parses without warnings and without conflicts", () => {
    expect(warnings).toEqual([]);
    expect(schedule.conflicts).toEqual([]);
  });

  it("keeps the event's zone and the organisers' label for it", () => {
    expect(program.event.timeZone).toBe("America/Sao_Paulo");
    expect(program.event.timeZoneLabel).toBe("Brasília Time (GMT−3)");
  });

  it("is one day, 27 April 2026, in Rio de Janeiro, at ICLR 2026", () => {
    expect(schedule.days.map((day) => day.date)).toEqual(["2026-04-27"]);
    expect(program.event.venue).toMatchObject({ city: "Rio de Janeiro", country: "Brazil" });
    expect(program.event.hostConference?.name).toBe("ICLR 2026");
  });

  it("has every schedule row of the page, from 9:00 to 17:00", () => {
    expect(schedule.items).toHaveLength(18);
    expect(formatTimeRange(schedule.days[0]!.startMs, schedule.days[0]!.endMs, local)).toBe("09:00–17:00");
  });

  it("has lunch 12:00-13:30 local, which is 15:00-16:30 UTC", () => {
    const lunch = schedule.items.find((entry) => entry.item.kind === "lunch")!;
    expect(formatTimeRange(lunch.startMs, lunch.endMs, local)).toBe("12:00–13:30");
    expect(formatTimeRange(lunch.startMs, lunch.endMs, utc)).toBe("15:00–16:30");
    expect(lunch.start).toBe("2026-04-27T12:00:00-03:00");
  });

  it("shows lunch in the viewer's Berlin time beside the organisers' label", () => {
    const lunch = schedule.items.find((entry) => entry.item.kind === "lunch")!;
    const text = formatItemTime(lunch.startMs, lunch.endMs, { event: program.event, viewerZone: "Europe/Berlin", mode: "both", locale: "en-GB" });
    expect(text.event).toMatchObject({ range: "12:00–13:30", zoneLabel: "Brasília Time (GMT−3)" });
    expect(text.viewer).toMatchObject({ range: "17:00–18:30", zoneLabel: "GMT+2" });
  });

  it("has the 11:30 oral with its nine authors in the published order", () => {
    const oral = entryTitled("Learning Unmasking Policies for Diffusion Language Models")!;
    expect(formatTimeRange(oral.startMs, oral.endMs, local)).toBe("11:30–11:40");
    expect(oral.item.kind).toBe("contributed-talk");
    expect(oral.item.authors?.map((author) => person(author.person)?.name)).toEqual([
      "Metod Jazbec",
      "Theo X. Olausson",
      "Louis Béthune",
      "Pierre Ablin",
      "Michael Kirchhof",
      "Joao Monteiro",
      "Victor Guilherme Turrisi da Costa",
      "Jason Ramapuram",
      "Marco Cuturi",
    ]);
  });

  it("has six 10-minute orals and seven 30-minute invited talks", () => {
    const orals = schedule.items.filter((entry) => entry.item.kind === "contributed-talk");
    const invited = schedule.items.filter((entry) => entry.item.kind === "invited-talk");
    expect(orals.map((entry) => entry.durationMinutes)).toEqual([10, 10, 10, 10, 10, 10]);
    expect(invited.map((entry) => entry.durationMinutes)).toEqual([30, 30, 30, 30, 30, 30, 30]);
  });

  it("keeps TeX math in Arnaud Doucet's abstract verbatim", () => {
    const doucet = entryTitled("Unsupervised Source Separation via Generative Modeling")!;
    expect(doucet.item.speakers?.map((id) => person(id)?.name)).toEqual(["Arnaud Doucet"]);
    expect(doucet.item.abstract).toContain("reconstruct \\(K\\) sources");
  });

  it("says who gives the opening and the closing", () => {
    const opening = schedule.items.find((entry) => entry.item.kind === "opening-remarks")!;
    const closing = schedule.items.find((entry) => entry.item.kind === "closing-remarks")!;
    expect(opening.item.speakers?.map((id) => person(id)?.name)).toEqual(["Kenji Fukumizu"]);
    expect(closing.item).toMatchObject({ title: "Awards & Closing Remarks" });
    expect(closing.item.speakers?.map((id) => person(id)?.name)).toEqual(["Mingyuan Bai"]);
  });

  it("has both poster sessions and breaks, and the closing at 16:50", () => {
    const posters = schedule.items.filter((entry) => entry.item.kind === "poster-session");
    expect(posters.map((entry) => formatTimeRange(entry.startMs, entry.endMs, local))).toEqual(["10:10–11:00", "14:30–15:20"]);
    expect(posters.every((entry) => entry.item.title === "Poster / Break")).toBe(true);
  });

  it("keeps the call for papers, the publication policy and the contact", () => {
    expect(program.event.callForPapers).toContain("short (3–5 pages in ICLR format");
    expect(program.event.publicationPolicy).toMatch(/^This workshop does not produce formal proceedings\./);
    expect(program.event.contactEmail).toBe("delta.workshop.ml@gmail.com");
    expect(program.event.links?.find((link) => link.kind === "submission")?.label).toBe("OpenReview");
  });
});

describe("sigmetrics-2026.json (ACM SIGMETRICS 2026 workshop)", () => {
  const { program, warnings } = load("sigmetrics-2026.json");
  const schedule = resolveSchedule(program);
  const person = (id: string) => program.people?.find((entry) => entry.id === id);

  it("is a tentative schedule with the organisers' note and 45-minute invited talks", () => {
    expect(warnings).toEqual([]);
    expect(program.event.schedule).toMatchObject({ status: "tentative", defaultDurations: { "invited-talk": 45 } });
    expect(program.event.schedule?.note).toContain("each invited talk is 45 minutes");
  });

  it("keeps the tentative order, with no clock times", () => {
    expect(schedule.items).toEqual([]);
    expect(
      schedule.untimed.map((entry) =>
        entry.item.kind === "invited-talk"
          ? (entry.item.speakers?.map((id) => person(id)?.name ?? "TBA name").join() ?? "speaker TBA")
          : `${entry.item.kind} @ ${program.rooms?.find((room) => room.id === entry.roomId)?.name}`,
      ),
    ).toEqual([
      "Sitan Chen",
      "Qing Qu",
      "coffee-break @ Idea Hub",
      "Yingbin Liang",
      "speaker TBA",
      "lunch @ Rogel Ballroom",
      "Lei Ying",
      "speaker TBA",
      "coffee-break @ Idea Hub",
      "speaker TBA",
      "speaker TBA",
    ]);
  });

  it("gives every invited talk its 45 minutes", () => {
    const talks = schedule.untimed.filter((entry) => entry.item.kind === "invited-talk");
    expect(talks.map((entry) => entry.durationMinutes)).toEqual(Array(8).fill(45));
  });

  it("marks the open slots as speaker, title and abstract to be announced", () => {
    const open = schedule.untimed.filter((entry) => entry.item.tba?.includes("speakers"));
    expect(open).toHaveLength(4);
    for (const entry of open) {
      expect([isToBeAnnounced(entry.item, "title"), isToBeAnnounced(entry.item, "abstract"), entry.item.title]).toEqual([true, true, undefined]);
    }
  });

  it("has the organisers with their affiliations as the page abbreviates them, and the contact", () => {
    expect(
      program.event.organisers?.map((organiser) => [person(organiser.person)?.name, person(organiser.person)?.affiliations?.[0]]),
    ).toEqual([
      ["Yuxin Chen", "UPenn"],
      ["Laixi Shi", "JHU"],
      ["Yingying Li", "UIUC"],
    ]);
    expect(program.event.contactEmail).toBe("laixis@jhu.edu");
  });

  it("lists the invited speakers in the page's order, the last one to be announced", () => {
    const speakers = program.event.invitedSpeakers?.map((id) => person(id)!);
    expect(speakers?.map((speaker) => [speaker.name, speaker.affiliations?.[0]])).toEqual([
      ["Sitan Chen", "Harvard University"],
      ["Yingbin Liang", "The Ohio State University"],
      ["Qing Qu", "University of Michigan"],
      [undefined, "University of Illinois Urbana-Champaign"],
    ]);
    const unnamed = speakers![3]!;
    expect([isToBeAnnounced(unnamed, "name"), isToBeAnnounced(unnamed, "biography")]).toEqual([true, true]);
  });

  it("keeps the biographies and the two-paragraph abstract", () => {
    expect(person("sitan-chen")?.biography).toMatch(/^Sitan Chen is an Assistant Professor of Computer Science at Harvard University/);
    const liang = schedule.untimed.find((entry) => entry.item.speakers?.includes("yingbin-liang"))!;
    expect(liang.item.abstract?.split("\n\n")).toHaveLength(2);
  });

  it("has Lei Ying's talk with its title and abstract to be announced", () => {
    const ying = schedule.untimed.find((entry) => entry.item.speakers?.includes("lei-ying"))!;
    expect([ying.item.title, isToBeAnnounced(ying.item, "title"), isToBeAnnounced(ying.item, "abstract")]).toEqual([undefined, true, true]);
  });

  it("never stores the string TBA", () => {
    expect(JSON.stringify(program)).not.toMatch(/\bTBA\b/);
  });
});
