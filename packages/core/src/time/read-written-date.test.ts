import { describe, expect, it } from "vitest";
import { readWrittenDate, writtenDateFormats, type WrittenDateFormat } from "./read-written-date.js";

describe("readWrittenDate", () => {
  it.each<[string, WrittenDateFormat, string]>([
    ["2026-04-03", "YYYY-MM-DD", "2026-04-03"],
    ["2026-4-3", "YYYY-MM-DD", "2026-04-03"],
    ["04/03/2026", "DD/MM/YYYY", "2026-03-04"],
    ["04/03/2026", "MM/DD/YYYY", "2026-04-03"],
    ["4.3.2026", "DD.MM.YYYY", "2026-03-04"],
    ["2026/04/03", "YYYY/MM/DD", "2026-04-03"],
    ["3 April 2026", "D MMMM YYYY", "2026-04-03"],
    ["3 Apr 2026", "D MMMM YYYY", "2026-04-03"],
    ["Fri 3 Apr 2026", "D MMMM YYYY", "2026-04-03"],
    ["Friday, 3 April 2026", "D MMMM YYYY", "2026-04-03"],
    ["april 3, 2026", "MMMM D, YYYY", "2026-04-03"],
    ["Fri, Apr 3, 2026", "MMMM D, YYYY", "2026-04-03"],
    ["Sept 29 2026", "MMMM D, YYYY", "2026-09-29"],
    ["29/02/2028", "DD/MM/YYYY", "2028-02-29"],
    ["  12/31/2026 ", "MM/DD/YYYY", "2026-12-31"],
  ])("reads %j written %s as %s", (text, format, date) => {
    expect(readWrittenDate(text, format)).toEqual({ ok: true, date });
  });

  it.each<[string, WrittenDateFormat, string]>([
    ["04/03/2026", "YYYY-MM-DD", '"04/03/2026" is not a date written YYYY-MM-DD'],
    ["13/25/2026", "DD/MM/YYYY", '"13/25/2026" has no month 25'],
    ["31/02/2026", "DD/MM/YYYY", '"31/02/2026": Feb 2026 has no day 31'],
    ["29/02/2026", "DD/MM/YYYY", '"29/02/2026": Feb 2026 has no day 29'],
    ["Thu 3 Apr 2026", "D MMMM YYYY", '"Thu 3 Apr 2026": 3 Apr 2026 is a Friday, not a Thursday'],
    ["3 Smarch 2026", "D MMMM YYYY", '"3 Smarch 2026" is not a date written D MMMM YYYY (3 April 2026)'],
    ["April 3, 2026", "D MMMM YYYY", '"April 3, 2026" is not a date written D MMMM YYYY (3 April 2026)'],
    ["soon 3 Apr 2026", "D MMMM YYYY", '"soon 3 Apr 2026" does not start with a weekday; the format is D MMMM YYYY'],
    ["", "DD.MM.YYYY", '"" is not a date written DD.MM.YYYY'],
  ])("rejects %j written %s: %s", (text, format, problem) => {
    expect(readWrittenDate(text, format)).toEqual({ ok: false, problem });
  });

  it("names the formats it knows when given another", () => {
    const read = readWrittenDate("04/03/2026", "DD-MM-YY" as WrittenDateFormat);
    expect(read).toEqual({
      ok: false,
      problem: `unknown date format "DD-MM-YY"; use one of ${writtenDateFormats.join(", ")}`,
    });
  });

  it("reads the same date the same way in every format that can write it", () => {
    const written: Record<WrittenDateFormat, string> = {
      "YYYY-MM-DD": "2026-11-05",
      "DD/MM/YYYY": "05/11/2026",
      "MM/DD/YYYY": "11/05/2026",
      "DD.MM.YYYY": "05.11.2026",
      "YYYY/MM/DD": "2026/11/05",
      "D MMMM YYYY": "Thursday 5 November 2026",
      "MMMM D, YYYY": "Nov 5, 2026",
    };
    for (const format of writtenDateFormats)
      expect(readWrittenDate(written[format], format)).toEqual({ ok: true, date: "2026-11-05" });
  });
});
