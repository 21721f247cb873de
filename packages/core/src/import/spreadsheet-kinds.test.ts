import { describe, expect, it } from "vitest";
import { importSpreadsheetCsv } from "./spreadsheet-csv.js";
import { spreadsheetKind } from "./spreadsheet-kinds.js";

describe("spreadsheetKind", () => {
  it.each([
    ["Poster session", "poster-session"],
    ["Posters", "poster-session"],
    ["Tutorials", "tutorial"],
    ["Tutorial", "tutorial"],
    ["Meetup", "social"],
    ["Registration", "other"],
    ["Lunch", "lunch"],
    ["Coffee", "coffee-break"],
    ["Keynote: Ada Lovelace", "keynote"],
    ["Panel", "panel"],
    ["Workshop", "other"],
    ["Social", "social"],
    ["poster", "poster"],
    ["", "contributed-talk"],
  ])("reads %j as %s", (cell, kind) => {
    expect(spreadsheetKind(cell)).toBe(kind);
  });

  it("knows no kind for other words, nor for object keys", () => {
    expect(spreadsheetKind("Hackathon")).toBeUndefined();
    expect(spreadsheetKind("constructor")).toBeUndefined();
  });
});

describe("importSpreadsheetCsv kinds", () => {
  it("imports a row of an unknown kind as other, with a warning naming its row", () => {
    const sheet = ["date,start,end,room,kind,title", "2026-04-27,09:00,10:00,,Hackathon,Build night"].join("\n");
    const result = importSpreadsheetCsv(sheet, { timeZone: "UTC", title: "Hack days" });
    expect(result.ok && result.program.items[0]!.kind).toBe("other");
    expect(result.warnings).toEqual([
      expect.objectContaining({
        line: 2,
        message: expect.stringContaining('kind: "Hackathon" is not a kind it knows'),
      }),
    ]);
  });
});
