import { describe, expect, it } from "vitest";
import { importSpreadsheetCsv } from "./spreadsheet-csv.js";
import { splitSpeakerNames } from "./spreadsheet-speakers.js";

// Speakers and their affiliations: people are told apart by name and affiliation, and no
// affiliation is dropped without a warning naming its row.

const header = "date,start,end,kind,title,speakers,affiliations";

const read = (rows: string) => {
  const result = importSpreadsheetCsv(`${header}\n${rows}`, { timeZone: "UTC", title: "Panels" });
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("\n"));
  const { people = [], items } = result.program;
  return {
    speakers: items.map((item) => item.speakers?.map((id) => people.find((person) => person.id === id))),
    people,
    warnings: result.warnings.map((warning) => `line ${warning.line}: ${warning.message}`),
  };
};

describe("splitSpeakerNames", () => {
  it.each([
    ["Ana Silva; Li Na", ["Ana Silva", "Li Na"], false],
    ["Ana Silva, Li Na", ["Ana Silva", "Li Na"], true],
    ["Ana Silva, Li Na and Bo Chen", ["Ana Silva", "Li Na", "Bo Chen"], true],
    ["Ana Silva, Li Na, and Bo Chen", ["Ana Silva", "Li Na", "Bo Chen"], true],
    ["Ana Silva & Li Na", ["Ana Silva", "Li Na"], true],
    // A part without a space: a "Last, First" name or a suffix, kept as written.
    ["Silva, Ana", ["Silva, Ana"], false],
    ["Martin Luther King, Jr.", ["Martin Luther King, Jr."], false],
    ["Ana Silva, Bob", ["Ana Silva, Bob"], false],
    // With `;`, a comma belongs to the name.
    ["Silva, Ana; Na, Li", ["Silva, Ana", "Na, Li"], false],
    ["", [], false],
  ])("reads %j as %j", (cell, names, readAsList) => {
    expect(splitSpeakerNames(cell)).toEqual({ names, readAsList });
  });
});

describe("importSpreadsheetCsv speakers", () => {
  it("keeps two speakers of one row who share a name as two people, with a warning", () => {
    const { speakers, warnings } = read('2026-04-27,09:00,10:00,panel,Panel,Ana Silva; Ana Silva,"Univ A; Univ B"');
    expect(speakers).toEqual([
      [
        { id: "person-ana-silva", name: "Ana Silva", affiliations: ["Univ A"] },
        { id: "person-ana-silva-univ-b", name: "Ana Silva", affiliations: ["Univ B"] },
      ],
    ]);
    expect(warnings).toEqual([
      'line 2: row at line 2 ("Panel"), speakers: two speakers are named "Ana Silva"; kept as two people',
    ]);
  });

  it("keeps a name met again with another affiliation as a second person, with a warning", () => {
    const { speakers, warnings } = read(
      "2026-04-27,09:00,10:00,keynote,A,Ana Silva,Univ A\n2026-04-27,11:00,12:00,keynote,B,Ana Silva,Univ C",
    );
    expect(speakers).toEqual([
      [{ id: "person-ana-silva", name: "Ana Silva", affiliations: ["Univ A"] }],
      [{ id: "person-ana-silva-univ-c", name: "Ana Silva", affiliations: ["Univ C"] }],
    ]);
    expect(warnings).toEqual([
      'line 3: row at line 3 ("B"), speakers: "Ana Silva" (Univ C) has another affiliation than the "Ana Silva" of line 2 (Univ A); kept as two people; if they are one, give the same affiliation in both rows',
    ]);
  });

  it("is one person when the affiliation agrees or one of the rows gives none", () => {
    const { people, speakers, warnings } = read(
      [
        "2026-04-27,09:00,10:00,keynote,A,Ana Silva,",
        "2026-04-27,10:00,11:00,keynote,B,Ana Silva,Univ A",
        "2026-04-27,11:00,12:00,keynote,C,ana  silva,univ a",
        "2026-04-27,12:00,13:00,keynote,D,Ana Silva,",
      ].join("\n"),
    );
    expect(people).toEqual([{ id: "person-ana-silva", name: "Ana Silva", affiliations: ["Univ A"] }]);
    expect(speakers.flat().map((person) => person?.id)).toEqual(Array(4).fill("person-ana-silva"));
    expect(warnings).toEqual([]);
  });

  it("reads full names separated by commas as a list, and says so once", () => {
    const { speakers, warnings } = read(
      '2026-04-27,10:00,12:00,tutorial,Tut,"Ana Silva, Li Na","Univ A; Univ B"\n' +
        '2026-04-27,13:00,14:00,panel,P,"Bo Chen and Li Na",',
    );
    expect(speakers).toEqual([
      [
        { id: "person-ana-silva", name: "Ana Silva", affiliations: ["Univ A"] },
        { id: "person-li-na", name: "Li Na", affiliations: ["Univ B"] },
      ],
      [{ id: "person-bo-chen", name: "Bo Chen" }, expect.objectContaining({ id: "person-li-na" })],
    ]);
    expect(warnings).toEqual([
      'line 2: speakers: read as lists of names separated by commas (or "and") in 2 row(s), at line(s) 2, 3; separate speakers with ";" to say so',
    ]);
  });

  it("names the row and the affiliations it cannot give to a speaker", () => {
    const { speakers, warnings } = read(
      '2026-04-27,09:00,10:00,panel,Two,Ana Silva; Li Na,"Univ A; Univ B; Univ C"\n' +
        "2026-04-27,11:00,12:00,social,Nobody,,Univ D",
    );
    expect(speakers[0]!.map((person) => person?.affiliations)).toEqual([["Univ A"], ["Univ B"]]);
    expect(warnings).toEqual([
      'line 2: row at line 2 ("Two"), affiliations: 3 given for 2 speakers; "Univ C" not imported; give one per speaker, in the speakers\' order, separated by ";"',
      'line 3: row at line 3 ("Nobody"), affiliations: "Univ D" not imported; the row has no speakers',
    ]);
  });

  it("gives a row's only speaker all its affiliations", () => {
    const { speakers, warnings } = read('2026-04-27,09:00,10:00,keynote,K,Ana Silva,"Univ A; Google"');
    expect(speakers).toEqual([[{ id: "person-ana-silva", name: "Ana Silva", affiliations: ["Univ A", "Google"] }]]);
    expect(warnings).toEqual([]);
  });

  it("says so when a name with a comma, kept as one, is given several affiliations", () => {
    const { speakers, warnings } = read('2026-04-27,09:00,10:00,panel,P,"Ana Silva, Bob","Univ A; Univ B"');
    expect(speakers[0]!.map((person) => [person?.name, person?.affiliations])).toEqual([
      ["Ana Silva, Bob", ["Univ A", "Univ B"]],
    ]);
    expect(warnings).toEqual([
      'line 2: row at line 2 ("P"), speakers: "Ana Silva, Bob" is read as one name with 2 affiliations; if these are several speakers, separate them with ";"',
    ]);
  });

  it("keeps two same-name speakers of one row without affiliations apart", () => {
    const { speakers } = read("2026-04-27,09:00,10:00,panel,Panel,Li Na; Li Na; Li Na");
    expect(speakers[0]!.map((person) => person?.id)).toEqual([
      "person-li-na",
      "person-li-na-line-2",
      "person-li-na-line-2-2",
    ]);
  });
});
