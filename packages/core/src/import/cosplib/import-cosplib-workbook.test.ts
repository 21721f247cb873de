import { describe, expect, it } from "vitest";
import { cosplibFixture, readWorkbookSheets } from "../../../test/cosplib-workbook.js";
import { detectImporter, findImporter } from "../importers.js";
import type { WorkbookSheet } from "../importer.js";
import { importCosplibWorkbook } from "./import-cosplib-workbook.js";

const sheetsOf = (name: string) => readWorkbookSheets(cosplibFixture(`${name}.xlsx`));

/** The sheets with one cell replaced (0-based row and column). */
function withCell(sheets: readonly WorkbookSheet[], sheet: string, row: number, column: number, value: string) {
  return sheets.map((each) =>
    each.sheet !== sheet
      ? each
      : {
          ...each,
          data: each.data.map((cells, r) => (r === row ? cells.map((c, k) => (k === column ? value : c)) : cells)),
        },
  );
}

describe("importCosplibWorkbook", () => {
  it("names the event after the file, and warns once for each id the program cannot keep", async () => {
    const result = importCosplibWorkbook({ name: "instances/N2OR.xlsx", sheets: await sheetsOf("N2OR") });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.program.event.title).toBe("N2OR");
    // N2OR's 4 rooms and 3 of its 8 tracks have spaces (read in the workbook); submissions none.
    // The program is the input of scheduling, tentative: its items' missing times are no warning.
    const messages = result.warnings.map((warning) => warning.message);
    expect(result.program.event.schedule?.status).toBe("tentative");
    expect(messages).toHaveLength(7);
    expect(messages).toContainEqual(expect.stringContaining('the room "Steelhouse LT" has the id "Steelhouse-LT"'));
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^the track "Big Data and AI" has the id "Big-Data-and-AI": .*its name keeps "Big Data and AI"$/,
      ),
    );
    const roomIndex = result.program.rooms!.findIndex((room) => room.id === "Steelhouse-LT");
    expect(result.warnings.find((w) => w.message.includes("Steelhouse LT"))?.segments).toEqual([
      "rooms",
      roomIndex,
      "id",
    ]);
  });

  it("takes the title option over the file's name", async () => {
    const result = importCosplibWorkbook({ name: "N2OR.xlsx", sheets: await sheetsOf("N2OR") }, { title: "N2OR 2021" });
    expect(result.ok && result.program.event.title).toBe("N2OR 2021");
  });

  it("maps a person's id with a space, everywhere the person is named, and keeps the name", async () => {
    // GECCO20's pap279s3 (row 2 of submissions is another paper): presenters in column F.
    const sheets = await sheetsOf("GECCO20");
    const row = sheets.find((s) => s.sheet === "submissions")!.data.findIndex((cells) => cells[0] === "pap279s3");
    const result = importCosplibWorkbook({
      name: "GECCO20.xlsx",
      sheets: withCell(sheets, "submissions", row, 5, "Ana Silva, person10"),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.program.items.find((item) => item.id === "pap279s3")?.speakers).toEqual(["Ana-Silva", "person10"]);
    expect(result.program.people).toContainEqual({ id: "Ana-Silva", name: "Ana Silva" });
    expect(result.warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining('the person "Ana Silva" has the id "Ana-Silva"'),
    );
  });

  it("names the sheet and cell of a value the library would not accept", async () => {
    const result = importCosplibWorkbook({
      name: "N2OR.xlsx",
      sheets: withCell(await sheetsOf("N2OR"), "sessions", 2, 1, "two"),
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]!.message).toBe(
      'CoSPLib sheet "sessions" cell B3: expected a number, got "two"',
    );
  });

  it("names a missing sheet", () => {
    const result = importCosplibWorkbook({ name: "other.xlsx", sheets: [{ sheet: "Sheet1", data: [["a"]] }] });
    expect(!result.ok && result.errors[0]!.message).toContain('missing sheet "parameters"');
  });
});

describe("the cosplib importer", () => {
  const cosplib = findImporter("cosplib")!;

  it("is detected from a zip's signature or an .xlsx name, and refuses to read text", () => {
    expect(detectImporter("-", "PK\u0003\u0004\u0014\u0000")).toBe(cosplib);
    expect(detectImporter("GECCO20.xlsx", "not a zip")).toBe(cosplib);
    expect(detectImporter("GECCO20.txt", "not a zip")).toBeUndefined();
    const read = cosplib.read("submissions,tracks", {});
    expect(!read.ok && read.errors[0]!.message).toContain("an .xlsx workbook, not text");
  });

  it("reads a workbook through the registry, checking its options", async () => {
    const result = cosplib.readWorkbook!({ name: "GECCO21.xlsx", sheets: await sheetsOf("GECCO21") }, {});
    expect(result.ok && [result.program.items.length, result.program.sessions?.length]).toEqual([138, 6]);
    const wrong = cosplib.readWorkbook!({ name: "GECCO21.xlsx", sheets: [] }, { title: true });
    expect(!wrong.ok && wrong.errors[0]!.message).toBe("the title option must be a string, found true");
  });
});
