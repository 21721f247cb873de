import { describe, expect, it } from "vitest";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { importSpreadsheetCsv } from "./spreadsheet-csv.js";

// Rows across midnight end the next day, in the sheet's zone, DST nights included.

const header = "date,start,end,kind,title";

describe("importSpreadsheetCsv rows across midnight", () => {
  it.each([
    // Europe/Berlin leaves summer time at 03:00 on the last Sunday of October: a 10-hour night.
    {
      zone: "Europe/Berlin",
      row: "2026-10-24,21:00,06:00,social,Night watch",
      start: "2026-10-24T21:00:00+02:00",
      end: "2026-10-25T06:00:00+01:00",
      minutes: 600,
    },
    // Pacific/Auckland enters summer time at 02:00 on the last Sunday of September: 8 hours.
    {
      zone: "Pacific/Auckland",
      row: "2026-09-26,21:00,06:00,social,Night watch",
      start: "2026-09-26T21:00:00+12:00",
      end: "2026-09-27T06:00:00+13:00",
      minutes: 480,
    },
    {
      zone: "America/Sao_Paulo",
      row: "2026-12-31,23:30,00:30,social,New year",
      start: "2026-12-31T23:30:00-03:00",
      end: "2027-01-01T00:30:00-03:00",
      minutes: 60,
    },
  ])("a $zone row $row ends the next day", ({ zone, row, start, end, minutes }) => {
    const result = importSpreadsheetCsv(`${header}\n${row}`, { timeZone: zone });
    if (!result.ok) throw new Error(result.errors[0]!.message);
    const [entry] = resolveSchedule(result.program).items;
    expect([entry!.start, entry!.end, entry!.durationMinutes]).toEqual([start, end, minutes]);
  });

  it("says so in a warning naming the row's line", () => {
    const result = importSpreadsheetCsv(
      `${header}\n2026-06-01,10:00,11:00,talk,Day\n2026-06-01,21:00,06:00,social,Night`,
      { timeZone: "Europe/Berlin", title: "Night owls" },
    );
    if (!result.ok) throw new Error(result.errors[0]!.message);
    expect(result.warnings.map((warning) => `line ${warning.line}: ${warning.message}`)).toEqual([
      'line 3: row at line 3 ("Night"), end: 06:00 is not after the start (21:00); read as 2026-06-02T06:00, the next day',
    ]);
    expect(result.program.event.endDate).toBe(undefined);
  });
});
