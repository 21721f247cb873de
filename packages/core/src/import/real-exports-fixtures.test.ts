import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { importPretalxWidget } from "./pretalx-widget.js";
import { importSessionize } from "./sessionize.js";

// Real exports (test/fixtures/*/README.md names each one's repository, path and commit).
// Every expected value below was read by hand in the fixture file.
const fixture = (path: string) => readFileSync(new URL(`../../test/fixtures/${path}`, import.meta.url), "utf8");

describe("pretalx widget data of DevOpsDays Lima 2026 (America/Lima, es/en)", () => {
  const text = fixture("pretalx/devopsdays-lima-2026-widget.json");
  const imported = importPretalxWidget(text, { title: "DevOpsDays Lima 2026", language: "es" });
  if (!imported.ok) throw new Error(JSON.stringify(imported.errors.slice(0, 3)));
  const { program } = imported;
  const item = (code: string) => program.items.find((entry) => entry.extra?.code === code)!;

  it("keeps every talk and break, in the event's zone, as Markdown", () => {
    expect(program.items).toHaveLength(112);
    expect(program.items.filter((entry) => entry.kind === "coffee-break")).toHaveLength(16);
    expect(program.event.timeZone).toBe("America/Lima");
    expect(program.event.startDate).toBe("2026-08-27");
    expect(program.event.endDate).toBe("2026-08-28");
    expect(program.textFormat).toBe("markdown");
    expect(program.event.language).toBe("es");
  });

  it("reads a talk's title, time, speaker, room and language", () => {
    const talk = item("ZQKPBK");
    expect(talk.title).toBe("[IBM] - Qué hay de nuevo en IBM");
    expect(talk.start).toBe("2026-08-27T09:30:00-05:00");
    expect(talk.language).toBe("es");
    const speaker = program.people!.find((person) => person.id === talk.speakers![0]);
    expect(speaker?.name).toBe("Gino Vergara");
    expect(program.rooms!.find((room) => room.id === talk.room)?.name).toBe("Puruchuco - Principal");
  });

  it("reads translated break titles in the chosen language and keeps the other one", () => {
    const coffee = program.items.find((entry) => entry.kind === "coffee-break" && entry.title === "Receso");
    expect(coffee?.translations).toEqual([{ language: "en", title: "Break" }]);
    const english = importPretalxWidget(text, { title: "x", language: "en" });
    expect(english.ok && english.program.items.some((entry) => entry.title === "Break")).toBe(true);
  });

  it("reads a language it has no texts in as its first, with a warning naming the languages it has", () => {
    const german = importPretalxWidget(text, { title: "x", language: "de" });
    if (!german.ok) throw new Error(german.errors[0]!.message);
    const warning = german.warnings.find((problem) => problem.message.includes('has no texts in "de"'));
    expect(warning?.message).toContain("its texts are in en, es; they were read in en");
    // The program claims no language none of its texts is in: English, as without a German break title.
    expect(german.program.event.language).toBe("en");
    expect(german.program.items.some((entry) => entry.title === "Break")).toBe(true);
    // Nothing is lost: the Spanish names become translations of the English ones.
    expect(german.warnings.some((problem) => problem.message.includes("have no place in a program"))).toBe(false);
    expect(german.program.tracks![0]).toMatchObject({
      name: "Event",
      translations: [{ language: "es", name: "Evento" }],
    });
  });

  it("keeps the translated track and room descriptions in the chosen language", () => {
    const lightning = program.tracks!.find((track) => track.name === "charla relámpago");
    expect(lightning?.description).toMatch(/^Charlas cortas y dinámicas/);
    // Room 285 is the only one with a description, { en: "Wokrshop", es: "Tallares" } as written.
    expect(program.rooms!.filter((room) => room.description)).toEqual([
      {
        id: "room-285",
        name: "Maranga - Talleres",
        description: "Tallares",
        translations: [{ language: "en", name: "Maranga - Workshop", description: "Wokrshop" }],
      },
    ]);
  });

  it("keeps the other language of room and track names and descriptions where it differs", () => {
    // Five of the six rooms are named alike in en and es ("Terrace"): they carry no translation.
    expect(program.rooms!.filter((room) => room.translations).map((room) => room.id)).toEqual(["room-285"]);
    const tracks = Object.fromEntries(program.tracks!.map((track) => [track.name, track.translations]));
    expect(tracks["Evento"]).toEqual([{ language: "en", name: "Event" }]);
    expect(tracks["charla relámpago"]).toEqual([
      { language: "en", name: "lightning talk", description: expect.stringMatching(/^Short, high-energy talks/) },
    ]);
    // The four theme tracks have one name in both languages, and their descriptions translated.
    const security = tracks["Security & Technology Transformation"]!;
    expect(security).toHaveLength(1);
    expect(security[0]!.name).toBeUndefined();
    expect(security[0]!.description).toMatch(/\S/);
    expect(program.tracks!.every((track) => track.translations?.length === 1)).toBe(true);
  });
});

describe("Sessionize exports of Global Azure Linz (Europe/Vienna)", () => {
  const read = (path: string) => {
    const imported = importSessionize(fixture(path), { timeZone: "Europe/Vienna", title: "Global Azure" });
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors.slice(0, 3)));
    return imported.program;
  };

  it("2021: every session, its five speakers, room, time, tags and language", () => {
    const program = read("sessionize/global-azure-linz-2021.json");
    expect(program.items).toHaveLength(37);
    const ama = program.items.find((entry) => entry.title === "Azure - Ask us Anything")!;
    expect(ama.start).toBe("2021-04-16T08:00");
    expect(ama.speakers).toHaveLength(5);
    expect(program.rooms!.find((room) => room.id === ama.room)?.name).toBe("Dev");
    expect(ama.tags?.map((tag) => tag.label)).toEqual(["Cloud Dev", "German"]);
    expect(ama.language).toBe("de");
    expect(ama.extra?.answers).toEqual({
      "Short Link": "azure-ama",
      "YouTube Video": "https://www.youtube.com/watch?v=2HDTar0zoto",
    });
  });

  it("2021: a speaker's tagLine opens the biography (not an affiliation) and links are typed", () => {
    const program = read("sessionize/global-azure-linz-2021.json");
    const adrienne = program.people!.find((person) => person.name === "Adrienne Tacke")!;
    expect(adrienne.affiliations).toBeUndefined();
    expect(adrienne.biography).toMatch(
      /^Senior Developer Advocate at MongoDB\n\nCurrently a Senior Developer Advocate/,
    );
    expect(adrienne.extra?.tagLine).toBe("Senior Developer Advocate at MongoDB");
    expect(adrienne.links).toEqual([
      { kind: "twitter", url: "https://twitter.com/AdrienneTacke", label: "Twitter" },
      { kind: "linkedin", url: "https://www.linkedin.com/in/adriennetacke/", label: "LinkedIn" },
      { kind: "web", url: "https://blog.adrienne.io/", label: "Blog" },
      { kind: "web", url: "https://developer.mongodb.com/", label: "Company Website" },
    ]);
  });

  it("2025: thirteen sessions in three rooms, the first at 09:55 local time", () => {
    const program = read("sessionize/global-azure-linz-2025.json");
    expect(program.items).toHaveLength(13);
    expect(program.rooms!.map((room) => room.name)).toEqual(["Saal 9", "Saal 12", "Saal 13"]);
    const first = program.items.find((entry) => entry.title === "Central Network Management in Azure")!;
    expect(first.start).toBe("2025-05-10T09:55");
    expect(program.people!.find((person) => person.id === first.speakers![0])?.name).toBe("Hannes Lagler-Gruener");
  });
});

describe("Sessionize export of Scottish Summit 2026 (Europe/London, another organiser)", () => {
  const imported = importSessionize(fixture("sessionize/scottish-summit-2026.json"), {
    timeZone: "Europe/London",
    title: "Scottish Summit 2026",
  });
  if (!imported.ok) throw new Error(JSON.stringify(imported.errors.slice(0, 3)));
  const { program } = imported;
  const session = (id: string) => program.items.find((entry) => entry.id === id)!;
  const names = (ids: readonly string[] | undefined) =>
    (ids ?? []).map((id) => program.people!.find((person) => person.id === id)?.name);

  it("keeps the 11 sessions, 22 speakers and 7 rooms of the cut, and loses nothing without a warning", () => {
    expect(program.items).toHaveLength(11);
    expect(program.people).toHaveLength(22);
    expect(program.rooms!.map((room) => room.name)).toEqual([
      "Presidents Suite 1 (150)",
      "Presidents Suite 2 (150)",
      "Moncreiff 1 (33)",
      "Moncreiff 2 (33)",
      "Moncreiff 3 (33)",
      "Cap & Thistle (100)",
      "Centenary Club (100)",
    ]);
    expect(imported.warnings).toEqual([]);
  });

  it("reads a talk's time as British Summer Time, its room, speakers and three category tags", () => {
    const talk = session("1181352");
    expect(talk.title).toBe("Closing the Loop: How a Small Security Team Refined an Enterprise-grade DLP solution");
    const placed = resolveSchedule(program).items.find((entry) => entry.id === "1181352")!;
    // 10:15 in Glasgow on 3 October 2026 is 09:15 UTC (BST, +01:00).
    expect(new Date(placed.startMs).toISOString()).toBe("2026-10-03T09:15:00.000Z");
    expect(placed.durationMinutes).toBe(45);
    expect(program.rooms!.find((room) => room.id === talk.room)?.name).toBe("Cap & Thistle (100)");
    expect(names(talk.speakers)).toEqual(["Tatu Seppälä", "Laura Kokkarinen"]);
    expect(talk.tags).toEqual([
      { label: "Security", path: ["Which track does your session best fit into?", "Security"] },
      { label: "300 - Advanced", path: ["What level is your session aimed at?", "300 - Advanced"] },
      { label: "45 min theatre session", path: ["Please select session type:", "45 min theatre session"] },
    ]);
  });

  it("keeps the plenary keynote, and trims the space a title is written with", () => {
    const keynote = session("1253880");
    expect([keynote.title, keynote.plenary, keynote.abstract]).toEqual([
      "Scottish Summit 2026 Keynote",
      true,
      undefined,
    ]);
    expect(names(keynote.speakers)).toEqual(["Matt Beard", "Zoe Wilson"]);
    // The file writes " Design and Build a Gamified Onboarding Agent ..." with a leading space.
    expect(session("1252943").title).toMatch(/^Design and Build a Gamified Onboarding Agent/);
    expect(session("1252943").start).toBe("2026-10-02T09:00");
    expect(session("1252943").end).toBe("2026-10-02T17:00");
  });

  it("keeps a speaker's Instagram and Sessionize links by their labels, and their speaker categories", () => {
    const laura = program.people!.find((person) => person.name === "Laura Kokkarinen")!;
    expect(laura.links).toEqual([
      { kind: "linkedin", url: "https://www.linkedin.com/in/laurakokkarinen", label: "LinkedIn" },
      { kind: "other", url: "https://instagram.com/laurakokkarinencom", label: "Instagram" },
      { kind: "web", url: "https://laurakokkarinen.com", label: "Blog" },
      { kind: "web", url: "https://sulava.com", label: "Company Website" },
      { kind: "other", url: "https://sessionize.com/laura-kokkarinen", label: "Sessionize" },
    ]);
    expect(laura.extra).toEqual({
      tagLine: "Software Architect, Microsoft MVP",
      categories: { "Are you a new speaker?": ["No"], "Do any of these apply?": ["MVP"] },
    });
  });
});
