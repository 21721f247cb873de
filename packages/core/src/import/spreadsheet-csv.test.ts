import { describe, expect, it } from "vitest";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { importSpreadsheetCsv } from "./spreadsheet-csv.js";
import { programSheet as sheet } from "../../test/import-fixtures.js";

describe("importSpreadsheetCsv", () => {
  const result = importSpreadsheetCsv(sheet, { timeZone: "America/Sao_Paulo", title: "DeLTa 2026" });
  if (!result.ok) throw new Error(result.errors.map((error) => `line ${error.line}: ${error.message}`).join("\n"));
  const { program } = result;

  it("reads every row as an item, in the sheet's zone", () => {
    expect(resolveSchedule(program).items.map((entry) => [entry.item.kind, entry.item.title, entry.start])).toEqual([
      ["opening-remarks", "Opening Remarks", "2026-04-27T09:00:00-03:00"],
      ["invited-talk", "How Geometry Shapes Optimization", "2026-04-27T09:10:00-03:00"],
      ["contributed-talk", "Learning Unmasking Policies", "2026-04-27T11:30:00-03:00"],
      ["lunch", "Lunch", "2026-04-27T12:00:00-03:00"],
    ]);
  });

  it("keeps speakers in order with their affiliations, multi-line abstracts and links", () => {
    const oral = program.items[2]!;
    expect(oral.speakers?.map((id) => program.people?.find((person) => person.id === id))).toEqual([
      { id: "person-metod-jazbec", name: "Metod Jazbec", affiliations: ["Apple"] },
      { id: "person-theo-x-olausson", name: "Theo X. Olausson", affiliations: ["MIT"] },
    ]);
    expect(program.items[1]).toMatchObject({
      abstract: "Deep generative models, geometry.\nSecond paragraph.",
      links: [{ kind: "web", url: "https://arxiv.org/abs/2401.00001" }],
    });
  });

  it("rejects an ambiguous date, naming the row's line, unless the format is given", () => {
    const ambiguous = sheet.replace("2026-04-27,11:30", "04/03/2026,11:30");
    const failed = importSpreadsheetCsv(ambiguous, { timeZone: "UTC" });
    expect(!failed.ok && failed.errors).toEqual([
      expect.objectContaining({
        line: 5,
        message: expect.stringContaining('date: "04/03/2026" is ambiguous: 4 Mar or Apr 3?'),
      }),
    ]);
    const european = importSpreadsheetCsv(ambiguous, { timeZone: "UTC", dateFormat: "DD/MM/YYYY" });
    expect(european.ok && european.program.items[2]!.start).toBe("2026-03-04T11:30");
    const american = importSpreadsheetCsv(ambiguous, { timeZone: "UTC", dateFormat: "MM/DD/YYYY" });
    expect(american.ok && american.program.items[2]!.start).toBe("2026-04-03T11:30");
  });

  it.each([
    ["2026/03/25", { timeZone: "UTC" }, "2026-03-25T11:30"],
    ["25.03.2026", { timeZone: "UTC" }, "2026-03-25T11:30"],
    ["2026-03-25", { timeZone: "UTC", dateFormat: "MM/DD/YYYY" as const }, "2026-03-25T11:30"],
  ])("reads %s (year first, dotted, or ISO whatever the format)", (date, options, start) => {
    const result = importSpreadsheetCsv(sheet.replace("2026-04-27,11:30", `${date},11:30`), options);
    expect(result.ok && result.program.items[2]!.start).toBe(start);
  });

  it("rejects a date that does not exist, naming the row's line", () => {
    const failed = importSpreadsheetCsv(sheet.replace("2026-04-27,11:30", "31/02/2026,11:30"), {
      timeZone: "UTC",
      dateFormat: "DD/MM/YYYY",
    });
    expect(!failed.ok && failed.errors).toEqual([
      expect.objectContaining({
        line: 5,
        message: expect.stringContaining('date: "31/02/2026": Feb 2026 has no day 31'),
      }),
    ]);
  });

  it("accepts a date that can only be read one way", () => {
    const result = importSpreadsheetCsv(sheet.replace("2026-04-27,11:30", "25/03/2026,11:30"), { timeZone: "UTC" });
    expect(result.ok && result.program.items[2]!.start).toBe("2026-03-25T11:30");
  });

  it.each([["a time of day", "2026-04-27,25:00", 'start: "25:00" is not a time of day']])(
    "names the line of a bad %s",
    (_name, replacement, message) => {
      const broken = sheet.split("\n");
      broken[5] = broken[5]!.replace(/^2026-04-27,12:00,13:30,,lunch/, replacement);
      const failed = importSpreadsheetCsv(broken.join("\n"), { timeZone: "UTC" });
      expect(!failed.ok && failed.errors[0]).toMatchObject({ line: 6, message: expect.stringContaining(message) });
    },
  );

  it("names the line of a row with a start but no end", () => {
    const failed = importSpreadsheetCsv("date,start,title\n2026-01-05,10:00,T", { timeZone: "UTC" });
    expect(!failed.ok && failed.errors[0]).toMatchObject({
      line: 2,
      message: expect.stringContaining("no end and no duration"),
    });
  });

  it("names the line of a time that does not exist in the zone (a DST gap)", () => {
    const gap = "date,start,end,title\n2026-03-29,02:30,03:30,Night talk";
    const failed = importSpreadsheetCsv(gap, { timeZone: "Europe/Berlin" });
    expect(!failed.ok && failed.errors[0]).toMatchObject({
      line: 2,
      message: expect.stringContaining("does not exist in Europe/Berlin"),
    });
  });

  it("says which columns it does not read, and needs date, start and title", () => {
    expect(
      importSpreadsheetCsv("date,start,end,title,colour\n2026-01-05,10:00,11:00,T", { timeZone: "UTC" }).warnings[0]!
        .message,
    ).toContain("column(s) colour are not read");
    const failed = importSpreadsheetCsv("when,title\nx,y", { timeZone: "UTC" });
    expect(!failed.ok && failed.errors.map((error) => error.message)).toEqual([
      'has no "date" column',
      'has no "start" column',
    ]);
  });

  it("names a row by its line and a short title, for sheets whose cells span lines", () => {
    const title = '"A very long title\nthat goes on over two lines of the cell"';
    const result = importSpreadsheetCsv(`date,start,end,title,kind\n2026-01-05,10:00,10:30,${title},seance`, {
      timeZone: "UTC",
      title: "T",
    });
    expect(result.warnings.map((warning) => `line ${warning.line}: ${warning.message}`)).toEqual([
      'line 2: row at line 2 ("A very long title that goes on over two …"), kind: "seance" is not a kind it knows; imported as other',
    ]);
  });

  it("keeps markup as text and drops unsafe links with a warning", () => {
    const result = importSpreadsheetCsv(
      "date,start,end,title,links\n2026-01-05,10:00,10:30,<script>x</script>,javascript:alert(1)",
      { timeZone: "UTC" },
    );
    expect(result.ok && result.program.items[0]!.title).toBe("<script>x</script>");
    expect(result.warnings.map((warning) => warning.message)).toContain(
      'row at line 2 ("<script>x</script>"), links: "javascript:alert(1)" dropped: not an http(s) address',
    );
  });
});
