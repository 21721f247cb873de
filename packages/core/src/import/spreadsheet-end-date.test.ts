import { describe, expect, it } from "vitest";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { importSpreadsheetCsv, type SpreadsheetImportOptions } from "./spreadsheet-csv.js";

// An end with its day (in the end cell, or in an end date column) is read as written: no
// next-day guess, no warning; in the event's zone, DST changes included.

const read = (sheet: string, options: SpreadsheetImportOptions) => {
  const result = importSpreadsheetCsv(sheet, { title: "Night owls", ...options });
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("\n"));
  const [entry] = resolveSchedule(result.program).items;
  return { entry: entry!, warnings: result.warnings.map((warning) => warning.message) };
};

const errorsOf = (sheet: string, options: SpreadsheetImportOptions = { timeZone: "Europe/Berlin" }) => {
  const result = importSpreadsheetCsv(sheet, options);
  return result.ok ? [] : result.errors.map((error) => `line ${error.line}: ${error.message}`);
};

describe("importSpreadsheetCsv ends with a day", () => {
  it.each([
    { end: "2026-03-05 06:00", options: {} },
    { end: "2026-03-05T06:00", options: {} },
    { end: "2026-03-05  6.00", options: {} },
    { end: "05/03/2026 06:00", options: { dateFormat: "DD/MM/YYYY" } },
    { end: "03/05/2026 6h00", options: { dateFormat: "MM/DD/YYYY" } },
    { end: "05.03.2026 06:00", options: { dateFormat: "DD.MM.YYYY" } },
    { end: "2026/03/05 06:00", options: {} },
  ] as const)("reads the end cell $end as a date and a time", ({ end, options }) => {
    const sheet = `date,start,end,kind,title\n2026-03-04,21:00,${end},social,Night watch`;
    const { entry, warnings } = read(sheet, { timeZone: "Europe/Berlin", ...options });
    expect([entry.start, entry.end, entry.durationMinutes]).toEqual([
      "2026-03-04T21:00:00+01:00",
      "2026-03-05T06:00:00+01:00",
      540,
    ]);
    expect(warnings).toEqual([]);
  });

  it.each(["end date", "End Date", "end_date", "END_DATE", "enddate", "EndDate"])(
    "reads an %s column as the end's day, with no column left unread",
    (column) => {
      const sheet = `date,start,end,${column},title\n2026-03-04,21:00,06:00,2026-03-05,Night watch`;
      const { entry, warnings } = read(sheet, { timeZone: "Europe/Berlin" });
      expect([entry.start, entry.end]).toEqual(["2026-03-04T21:00:00+01:00", "2026-03-05T06:00:00+01:00"]);
      expect(warnings).toEqual([]);
    },
  );

  it("reads the end date column in the sheet's date format, and a same-day end date as that day", () => {
    const sheet = "date,start,end,end date,title\n04/03/2026,09:00,17:00,04/03/2026,Day";
    const { entry } = read(sheet, { timeZone: "UTC", dateFormat: "DD/MM/YYYY" });
    expect([entry.start, entry.end]).toEqual(["2026-03-04T09:00:00+00:00", "2026-03-04T17:00:00+00:00"]);
  });

  it.each([
    // Europe/Berlin leaves summer time at 03:00 on 2026-10-25: the night is an hour longer.
    { zone: "Europe/Berlin", start: "2026-10-24,21:00", end: "2026-10-25 06:00", minutes: 600 },
    // Pacific/Auckland (UTC+12) enters summer time at 02:00 on 2026-09-27: over two days, an hour shorter.
    {
      zone: "Pacific/Auckland",
      start: "2026-09-26,09:00",
      end: "2026-09-28 17:00",
      iso: ["2026-09-26T09:00:00+12:00", "2026-09-28T17:00:00+13:00"],
      minutes: 56 * 60 - 60,
    },
    // Australia/Lord_Howe moves its clocks by half an hour, at 02:00 on 2026-10-04.
    {
      zone: "Australia/Lord_Howe",
      start: "2026-10-03,21:00",
      end: "2026-10-04T06:00",
      iso: ["2026-10-03T21:00:00+10:30", "2026-10-04T06:00:00+11:00"],
      minutes: 9 * 60 - 30,
    },
  ])("a $zone row over a DST change lasts $minutes minutes", ({ zone, start, end, minutes, iso }) => {
    const { entry, warnings } = read(`date,start,end,title\n${start},${end},Night`, { timeZone: zone });
    expect(entry.durationMinutes).toBe(minutes);
    if (iso) expect([entry.start, entry.end]).toEqual(iso);
    expect(warnings).toEqual([]);
  });

  it("allows an item over several days, up to the model's 14 days (20160 minutes)", () => {
    const sheet = "date,start,end,end date,title\n2026-06-01,09:00,09:00,2026-06-15,Exhibition";
    const { entry, warnings } = read(sheet, { timeZone: "Europe/Berlin" });
    expect(entry.durationMinutes).toBe(20160);
    expect(warnings).toEqual([]);
  });
});

describe("importSpreadsheetCsv rejects an end with a day that cannot be", () => {
  it.each([
    {
      row: "2026-03-05,21:00,2026-03-05 06:00",
      message: "end: 2026-03-05T06:00 is not after the start (2026-03-05T21:00)",
    },
    {
      row: "2026-03-05,21:00,2026-03-04T23:00",
      message: "end: 2026-03-04T23:00 is not after the start (2026-03-05T21:00)",
    },
    {
      row: "2026-03-05,21:00,2026-03-05 21:00",
      message: "end: 2026-03-05T21:00 is not after the start (2026-03-05T21:00)",
    },
    {
      row: "2026-06-01,09:00,2026-06-15 09:01",
      message:
        "end: 2026-06-15T09:01 is more than 14 days after the start (2026-06-01T09:00); an item lasts at most 20160 minutes",
    },
    {
      row: "2026-03-05,21:00,2026-02-30 06:00",
      message: 'end: "2026-02-30": Feb 2026 has no day 30',
    },
    {
      row: "2026-03-05,21:00,tomorrow 06:00",
      message: 'end: "tomorrow" is not a date; write YYYY-MM-DD (2026-04-27)',
    },
    {
      row: "2026-03-05,21:00,2026-03-06",
      message: 'end: "2026-03-06" is not a time of day, or a date and a time',
    },
  ])("$row, naming the row", ({ row, message }) => {
    expect(errorsOf(`date,start,end,title\n2026-03-01,10:00,11:00,Fine\n${row},Bad`)).toEqual([
      expect.stringContaining(`line 3: row at line 3 ("Bad"), ${message}`),
    ]);
  });

  it.each([
    {
      cells: "21:00,2026-03-06 06:00,2026-03-07",
      message: "end date: 2026-03-07 is not the day the end names (2026-03-06); give the day once",
    },
    { cells: "21:00,,2026-03-06", message: "end date: 2026-03-06 is given, but the end column has no time" },
    { cells: "21:00,06:00,06/03/2026", message: 'end date: "06/03/2026" is ambiguous' },
    { cells: "21:00,06:00,2026-03-04", message: "end: 2026-03-04T06:00 is not after the start (2026-03-05T21:00)" },
  ])("an end date column with $cells, naming the row", ({ cells, message }) => {
    expect(errorsOf(`date,start,end,end_date,title\n2026-03-05,${cells},Bad`)).toEqual([
      expect.stringContaining(`line 2: row at line 2 ("Bad"), ${message}`),
    ]);
  });
});
