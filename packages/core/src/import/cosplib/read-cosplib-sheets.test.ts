import { describe, expect, it } from "vitest";
import { readCosplibFixture, readWorkbookSheets, cosplibFixture } from "../../../test/cosplib-workbook.js";
import { cellName, readCosplibSheets, type CosplibSheet } from "./read-cosplib-sheets.js";

describe("readCosplibSheets on the real CoSPLib instances", () => {
  it("reads N2OR: counts, a submission's track and slots, the weights", async () => {
    const instance = await readCosplibFixture("N2OR");
    expect([
      instance.submissions.length,
      instance.sessions.length,
      instance.rooms.length,
      instance.tracks.length,
    ]).toEqual([35, 4, 4, 8]);
    const first = instance.submissions.find((s) => s.id === "NEW19A3729");
    expect(first).toMatchObject({ track: "Analytics", requiredSlots: 1, presenters: ["P0"], zoneOffsetHours: 0 });
    expect(instance.sessions[0]).toEqual({ id: "Wed1", maxSlots: 2, date: "2021-07-28", start: "09:30", end: "10:30" });
    expect(instance.rooms).toContain("Steelhouse LT");
    expect(instance.weights).toMatchObject({ similarTracks: 1, presentersConflicts: 100000, tracksSessions: 0 });
    expect(instance.suitable).toEqual([9 * 60 + 30, 21 * 60 + 30]);
  });

  it("reads GECCO20: 158 submissions, a 4-slot submission, a session penalty", async () => {
    const instance = await readCosplibFixture("GECCO20");
    expect([
      instance.submissions.length,
      instance.sessions.length,
      instance.rooms.length,
      instance.tracks.length,
    ]).toEqual([158, 7, 8, 24]);
    expect(instance.submissions.find((s) => s.id === "humies")?.requiredSlots).toBe(4);
    const paper = instance.submissions.find((s) => s.id === "pap208s3");
    expect(paper?.track).toBe("CS");
    expect(paper?.sessionPenalty["Fri1"]).toBe(10);
    expect(paper?.sessionPenalty["Sat4"]).toBeUndefined();
    expect(instance.submissions.find((s) => s.id === "pap279s3")?.presenters).toEqual(["person5", "person10"]);
    expect(instance.weights).toMatchObject({
      tracksSessions: 100,
      presentersConflicts: 100000,
      submissionsTimezones: 0,
    });
  });

  it("reads GECCO21: its zone and the time-zone weight", async () => {
    const instance = await readCosplibFixture("GECCO21");
    expect([
      instance.submissions.length,
      instance.sessions.length,
      instance.rooms.length,
      instance.tracks.length,
    ]).toEqual([138, 6, 8, 27]);
    expect(instance.zoneOffsetHours).toBe(2);
    expect(instance.weights.submissionsTimezones).toBe(100);
    expect(instance.weights.consecutiveTracks).toBe(10);
  });
});

describe("readCosplibSheets on bad input", () => {
  const withCell = async (
    sheet: string,
    row: number,
    column: number,
    value: string | null,
  ): Promise<CosplibSheet[]> => {
    const sheets = await readWorkbookSheets(cosplibFixture("N2OR.xlsx"));
    return sheets.map((s) =>
      s.sheet !== sheet
        ? s
        : {
            sheet: s.sheet,
            data: s.data.map((cells, r) => (r !== row ? cells : cells.map((c, k) => (k === column ? value : c)))),
          },
    );
  };

  it("names the sheet and cell of an unknown track", async () => {
    const sheets = await withCell("submissions", 1, 1, "Nope");
    expect(() => readCosplibSheets(sheets)).toThrow('CoSPLib sheet "submissions" cell B2: unknown track "Nope"');
  });

  it("names the cell of a penalty that is not a number", async () => {
    const sheets = await withCell("submissions", 3, 8, "ten");
    expect(() => readCosplibSheets(sheets)).toThrow('sheet "submissions" cell I4: expected a number, got "ten"');
  });

  it("names a missing sheet", async () => {
    const sheets = (await readWorkbookSheets(cosplibFixture("N2OR.xlsx"))).filter((s) => s.sheet !== "rooms");
    expect(() => readCosplibSheets(sheets)).toThrow('missing sheet "rooms"');
  });

  it("spells cells as a spreadsheet does", () => {
    expect([cellName(0, 0), cellName(1, 25), cellName(9, 26)]).toEqual(["A1", "Z2", "AA10"]);
  });
});
