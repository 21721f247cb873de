import { describe, expect, it } from "vitest";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { importSessionize } from "./sessionize.js";
import { sessionizeData as sessionize } from "../../test/import-fixtures.js";

// Sessionize's "All data" endpoint: local times with NO offset, service sessions for breaks,
// plenum sessions for everyone.

describe("importSessionize", () => {
  it("needs the event's zone, because Sessionize times have no offset, and says so", () => {
    const result = importSessionize(sessionize);
    expect(!result.ok && result.errors[0]!.message).toContain("Sessionize times carry no time zone");
  });

  const result = importSessionize(sessionize, { timeZone: "Europe/Berlin" });
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  const { program } = result;

  it("reads the local times in the given zone, across the DST change of that day", () => {
    // 29 March 2026: Berlin moves to summer time at 02:00; 09:00 is already CEST.
    expect(resolveSchedule(program).items.map((entry) => [entry.id, entry.start])).toEqual([
      ["101", "2026-03-29T09:00:00+02:00"],
      ["102", "2026-03-29T12:00:00+02:00"],
      ["103", "2026-03-29T14:00:00+02:00"],
    ]);
  });

  it("lists a speaker id given twice on a session once, as one person", () => {
    const twice = structuredClone(sessionize);
    twice.sessions[0]!.speakers = ["s1", "s1"];
    const read = importSessionize(twice, { timeZone: "Europe/Berlin" });
    expect(read.ok && read.program.items[0]!.speakers).toEqual(program.items[0]!.speakers);
  });

  it("makes service sessions breaks and plenum sessions plenary", () => {
    expect(program.items.map((item) => [item.id, item.kind, item.plenary ?? false])).toEqual([
      ["101", "contributed-talk", true],
      ["102", "coffee-break", false],
      ["103", "contributed-talk", false],
    ]);
  });

  it("keeps categories as tags, under their category", () => {
    expect(program.items[2]!.tags).toEqual([{ label: "Advanced", path: ["Level", "Advanced"] }]);
  });

  it("keeps speakers' names, biographies opened by their tag line (not an affiliation) and photos", () => {
    expect(program.people?.[0]).toEqual({
      id: "person-s1",
      name: "Ana Souza",
      givenName: "Ana",
      familyName: "Souza",
      biography: "Universidade de São Paulo\n\nResearcher.",
      photo: "https://example.org/ana.jpg",
      extra: { tagLine: "Universidade de São Paulo" },
    });
    expect(program.people?.[1]).toEqual({ id: "person-s2", name: "Kim Lee", givenName: "Kim", familyName: "Lee" });
  });

  it("rejects data that is not Sessionize's", () => {
    const failed = importSessionize({ talks: [] }, { timeZone: "UTC" });
    expect(!failed.ok && failed.errors[0]!.message).toContain("is missing");
  });
});

describe("importSessionize, speaker categories", () => {
  const result = importSessionize(
    {
      sessions: [{ id: "1", title: "Talk", speakers: ["s1", "s2"] }],
      speakers: [
        { id: "s1", fullName: "Ana Souza", categoryItems: [7, 8, 9] },
        // The older export writes a speaker's categories inline, with their names.
        {
          id: "s2",
          fullName: "Kim Lee",
          categories: [{ name: "Country", categoryItems: [{ id: 3, name: "Brazil" }] }],
        },
      ],
      categories: [
        { id: 1, title: "Are you a new speaker?", items: [{ id: 7, name: "No" }], type: "speaker" },
        { id: 2, title: "Do any of these apply?", items: [{ id: 8, name: "MVP" }], type: "speaker" },
      ],
    },
    { timeZone: "Europe/Vienna", title: "Linz" },
  );

  it("keeps a speaker's categories in extra.categories, by category title", () => {
    if (!result.ok) throw new Error(result.errors[0]!.message);
    expect(result.program.people?.map((person) => person.extra?.categories)).toEqual([
      { "Are you a new speaker?": ["No"], "Do any of these apply?": ["MVP"] },
      { Country: ["Brazil"] },
    ]);
  });

  it("names a category item the export does not list in a warning instead of dropping it silently", () => {
    const aboutSpeakers = result.warnings.filter((warning) => warning.path.startsWith("speakers"));
    expect(aboutSpeakers.map((warning) => `${warning.path}: ${warning.message}`)).toEqual([
      "speakers[0].categoryItems: category item(s) 9 are not in categories; left out",
    ]);
  });
});
