import { describe, expect, it } from "vitest";
import { deltaProgram, programData, programFrom, sigmetricsProgram } from "../testing/fixtures.js";
import { initialsOf } from "./initials-of.js";
import { findSpeakers, viewSpeakerList, type SpeakerListOptions } from "./speaker-list-view.js";

// Plain unit tests of the pure helpers beside the element (no DOM involved).

const options = (mode: SpeakerListOptions["mode"], more: Partial<SpeakerListOptions> = {}): SpeakerListOptions => ({
  mode,
  viewerZone: "America/Sao_Paulo",
  locale: "en-GB",
  ...more,
});

describe("initialsOf", () => {
  it.each([
    ["René Vidal", "RV"],
    ["Madonna", "M"],
    ["Victor Guilherme Turrisi da Costa", "VC"],
    ["  theo x. olausson ", "TO"],
    ["Jean-Pierre Dupont", "JD"],
    ["(Ben) Murrell", "BM"],
    ["\u00e9mile zola", "ÉZ"],
    ["E\u0301mile Zola", "E\u0301Z"],
    ["李飞飞", "李"],
    ["— &", ""],
    ["", ""],
  ])("%j → %j", (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe("findSpeakers", () => {
  it("puts the invited speakers first, in their order, then the others by first appearance", () => {
    expect(findSpeakers(sigmetricsProgram)).toEqual([
      "sitan-chen",
      "yingbin-liang",
      "qing-qu",
      "speaker-uiuc",
      "lei-ying",
    ]);
  });

  it("takes item speakers in schedule order when there are no invited speakers, and no plain authors", () => {
    expect(findSpeakers(deltaProgram)).toEqual([
      "kenji-fukumizu",
      "rene-vidal",
      "sitan-chen",
      "nisha-chandramoorthy",
      "atsushi-nitanda",
      "zahra-kadkhodaie",
      "arnaud-doucet",
      "jannis-chemseddine",
      "mingyuan-bai",
    ]);
  });

  it("adds a presenting author where their item comes in the schedule", () => {
    const data = programData(deltaProgram);
    data.items.find((item: any) => item.id === "oral-manifold-generalization").authors[1].presenting = true;
    const speakers = findSpeakers(programFrom(data));
    expect(speakers.slice(3, 6)).toEqual(["nisha-chandramoorthy", "ya-ping-hsieh", "atsushi-nitanda"]);
  });

  it("orders by time, not by the position in the file", () => {
    const data = programData(deltaProgram);
    const closing = data.items.pop();
    data.items.unshift(closing);
    expect(findSpeakers(programFrom(data)).at(-1)).toBe("mingyuan-bai");
  });
});

describe("viewSpeakerList", () => {
  it("lists organisers in order with their roles and affiliations", () => {
    const people = viewSpeakerList(sigmetricsProgram, options("organisers"));
    expect(people.map((person) => [person.name, person.affiliations, person.roles])).toEqual([
      ["Yuxin Chen", ["UPenn"], ["Organizer"]],
      ["Laixi Shi", ["JHU"], ["Organizer"]],
      ["Yingying Li", ["UIUC"], ["Organizer"]],
    ]);
  });

  it("lists a person once with every role they hold", () => {
    const data = programData(sigmetricsProgram);
    data.event.organisers.push({ person: "yuxin-chen", role: "Program chair" });
    const people = viewSpeakerList(programFrom(data), options("organisers"));
    expect(people.map((person) => person.roles)).toEqual([
      ["Organizer", "Program chair"],
      ["Organizer"],
      ["Organizer"],
    ]);
  });

  it("lists everyone in program order in 'all' mode", () => {
    const people = viewSpeakerList(deltaProgram, options("all"));
    expect(people.map((person) => person.id)).toEqual(deltaProgram.people!.map((person) => person.id));
  });

  it("marks an unnamed invited speaker with no item: name, biography and talk to be announced", () => {
    const uiuc = viewSpeakerList(sigmetricsProgram, options("speakers")).find(
      (person) => person.id === "speaker-uiuc",
    )!;
    expect(uiuc).toMatchObject({
      name: undefined,
      initials: "",
      biographyToBeAnnounced: true,
      talks: [],
      talkToBeAnnounced: true,
    });
  });

  it("gives each talk its title state and no time in a tentative program", () => {
    const people = viewSpeakerList(sigmetricsProgram, options("speakers"));
    const ying = people.find((person) => person.id === "lei-ying")!;
    expect(ying.talks).toEqual([
      {
        itemId: "talk-ying",
        kind: "invited-talk",
        status: "confirmed",
        title: undefined,
        titleToBeAnnounced: true,
        start: undefined,
        time: undefined,
      },
    ]);
    expect(ying.talkToBeAnnounced).toBe(false);
  });

  it("writes talk times in the event's zone, adding the viewer's when it differs", () => {
    const [vidal] = viewSpeakerList(deltaProgram, options("speakers", { viewerZone: "Europe/Berlin" })).filter(
      (person) => person.id === "rene-vidal",
    );
    const talk = vidal!.talks[0]!;
    expect(talk.start).toBe("2026-04-27T09:10:00-03:00");
    expect(talk.time?.event).toMatchObject({
      range: "09:10–09:40",
      zoneLabel: "Brasília Time (GMT−3)",
      dateText: "Mon 27 Apr",
    });
    expect(talk.time?.viewer).toMatchObject({ range: "14:10–14:40", zoneLabel: "GMT+2" });
  });

  it("falls back to the event's zone for an unknown viewer zone instead of throwing", () => {
    const [vidal] = viewSpeakerList(deltaProgram, options("speakers", { viewerZone: "Mars/Olympus" })).filter(
      (person) => person.id === "rene-vidal",
    );
    expect(vidal!.talks[0]!.time?.viewer).toBeUndefined();
  });

  it("lists every item a person speaks at or wrote, in schedule order", () => {
    const data = programData(deltaProgram);
    data.items.find((item: any) => item.id === "oral-query-lower-bounds").authors.push({ person: "rene-vidal" });
    const vidal = viewSpeakerList(programFrom(data), options("all")).find((person) => person.id === "rene-vidal")!;
    expect(vidal.talks.map((talk) => talk.itemId)).toEqual(["talk-vidal", "oral-query-lower-bounds"]);
  });

  it("keeps only http(s) photos (the model also allows mailto: addresses)", () => {
    const data = programData(deltaProgram);
    data.people.find((person: any) => person.id === "rene-vidal").photo = "mailto:rene@example.org";
    data.people.find((person: any) => person.id === "sitan-chen").photo = "https://example.org/sitan.jpg";
    const people = viewSpeakerList(programFrom(data), options("speakers"));
    expect(people.find((person) => person.id === "rene-vidal")!.photo).toBeUndefined();
    expect(people.find((person) => person.id === "sitan-chen")!.photo).toBe("https://example.org/sitan.jpg");
  });

  it("lists no one for a program without organisers", () => {
    expect(viewSpeakerList(deltaProgram, options("organisers"))).toEqual([]);
  });
});
