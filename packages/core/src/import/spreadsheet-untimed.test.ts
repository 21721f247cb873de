import { describe, expect, it } from "vitest";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { importSpreadsheetCsv } from "./spreadsheet-csv.js";

// Rows with a day and no time: the day is kept (the item's `date`), and "TBA" in a time cell
// is a time to be announced, never a failed row.

const header = "date,start,end,end date,kind,title";

const read = (rows: string) => {
  const result = importSpreadsheetCsv(`${header}\n2026-04-27,09:00,10:00,,talk,Timed\n${rows}`, {
    timeZone: "Europe/Lisbon",
    title: "Seminar",
  });
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("\n"));
  return {
    program: result.program,
    item: result.program.items[1]!,
    warnings: result.warnings.map((warning) => `line ${warning.line}: ${warning.message}`),
  };
};

describe("importSpreadsheetCsv rows without a time", () => {
  it("keeps the day of a row with a date and no time, listed on that day without a warning", () => {
    const { program, item, warnings } = read("2026-04-28,,,,talk,No time yet");
    expect(item).toEqual({ id: "row-3", kind: "contributed-talk", title: "No time yet", date: "2026-04-28" });
    expect(warnings).toEqual([]);
    expect(program.event).toMatchObject({ startDate: "2026-04-27", endDate: "2026-04-28" });
    expect(resolveSchedule(program).untimed).toEqual([
      expect.objectContaining({ date: "2026-04-28", timeToBeAnnounced: true }),
    ]);
  });

  it.each(["TBA", "tba", "TBD", "T.B.A.", "to be announced", "To Be Announced", "to be determined"])(
    'reads a start "%s" as a time to be announced on the row\'s day, with a warning naming the row',
    (word) => {
      const { item, warnings } = read(`2026-04-28,${word},,,talk,Keynote`);
      expect(item).toEqual({
        id: "row-3",
        kind: "contributed-talk",
        title: "Keynote",
        date: "2026-04-28",
        tba: ["time"],
      });
      expect(warnings).toEqual([
        `line 3: row at line 3 ("Keynote"), start: "${word}": the time is to be announced; kept as 2026-04-28 without a time`,
      ]);
    },
  );

  it("names the start and end it cannot keep beside a TBA", () => {
    expect(read("2026-04-28,09:00,TBA,,talk,Half known").warnings).toEqual([
      'line 3: row at line 3 ("Half known"), end: "TBA": the time is to be announced; kept as 2026-04-28 without a time; not kept: start 09:00',
    ]);
    expect(read("2026-04-28,TBA,11:00,2026-04-29,talk,Half known").warnings).toEqual([
      'line 3: row at line 3 ("Half known"), start: "TBA": the time is to be announced; kept as 2026-04-28 without a time; not kept: end 11:00, end date 2026-04-29',
    ]);
  });

  it("keeps a title to be announced beside a time to be announced", () => {
    expect(read("2026-04-28,TBA,TBA,,talk,").item.tba).toEqual(["title", "time"]);
  });

  it("still rejects a TBA row whose date cannot be read, naming the row", () => {
    const result = importSpreadsheetCsv(`${header}\nsoon,TBA,,,talk,Keynote`, { timeZone: "UTC" });
    expect(!result.ok && result.errors.map((error) => `line ${error.line}: ${error.message}`)).toEqual([
      'line 2: row at line 2 ("Keynote"), date: "soon" is not a date; write YYYY-MM-DD (2026-04-27)',
    ]);
  });
});
