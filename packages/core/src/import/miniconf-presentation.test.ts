import { describe, expect, it } from "vitest";
import { importMiniconf } from "./miniconf-csv.js";
import { readPresentationCell } from "./miniconf-presentation.js";

describe("readPresentationCell", () => {
  it.each([
    ["Remote", "remote"],
    ["VIRTUAL", "remote"],
    ["online", "remote"],
    ["Hybrid", "hybrid"],
    ["In person", "in-person"],
    ["In-person", "in-person"],
    ["Onsite", "in-person"],
    ["On-site", "in-person"],
    [" remote ", "remote"],
  ])("reads %j as %s, with no text to keep", (cell, presentation) => {
    expect(readPresentationCell(cell)).toEqual({ presentation });
  });

  it("reads any other text (ISMIR's venue city) as in person and keeps it", () => {
    expect(readPresentationCell("San Francisco")).toEqual({
      presentation: "in-person",
      readAsInPerson: "San Francisco",
    });
  });

  it("reads an empty cell as nothing said", () => {
    expect(readPresentationCell("  ")).toBeUndefined();
  });
});

describe("importMiniconf's paper_presentation column", () => {
  const papers = (...cells: string[]) =>
    [
      "UID,title,authors,paper_presentation",
      ...cells.map((cell, index) => `p${index},Paper ${index},A B,${cell}`),
    ].join("\n");
  const imported = (text: string) => {
    const result = importMiniconf({ papers: text }, { timeZone: "UTC", startDate: "2026-01-05", title: "T" });
    if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("\n"));
    return result;
  };

  it("gives each paper its presentation, and none to a paper whose cell is empty", () => {
    const { program } = imported(papers("Remote", "Hybrid", "On-site", ""));
    expect(program.items.map((item) => item.presentation)).toEqual(["remote", "hybrid", "in-person", undefined]);
    expect(program.items.some((item) => item.extra)).toBe(false);
  });

  it("warns once for the file, naming each value read as in person at its first row", () => {
    const { program, warnings } = imported(papers("Lyon", "Remote", "Lyon", "Room 2"));
    expect(program.items.map((item) => item.presentation)).toEqual(["in-person", "remote", "in-person", "in-person"]);
    expect(program.items[3]!.extra).toEqual({ miniconf: { paperPresentation: "Room 2" } });
    const notes = warnings.filter((warning) => warning.message.includes("paper_presentation"));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.line).toBe(2);
    expect(notes[0]!.message).toContain('"Lyon", "Room 2" read as in person');
  });

  it("quotes at most five values and counts the rest", () => {
    const { warnings } = imported(papers("A", "B", "C", "D", "E", "F", "G"));
    const note = warnings.find((warning) => warning.message.includes("paper_presentation"))!;
    expect(note.message).toContain('"A", "B", "C", "D", "E" and 2 more read as in person');
  });
});
