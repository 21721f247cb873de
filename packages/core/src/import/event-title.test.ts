import { describe, expect, it } from "vitest";
import { importers } from "./importers.js";
import { importIndicoJson } from "./indico-json.js";
import { importMiniconf } from "./miniconf-csv.js";
import { importPretalxWidget } from "./pretalx-widget.js";
import { importSessionize } from "./sessionize.js";
import { importSpreadsheetCsv } from "./spreadsheet-csv.js";

// None of these formats has to carry the event's title: the title option gives one, and
// without it the invented title is announced rather than slipped in.
const pretalx = {
  timezone: "Europe/Berlin",
  talks: [{ code: "AB12", title: "Opening", start: "2026-05-04T09:00:00+02:00", end: "2026-05-04T09:30:00+02:00" }],
};
const sessionize = {
  sessions: [{ id: "1", title: "Opening", startsAt: "2026-05-04T09:00:00", endsAt: "2026-05-04T09:30:00" }],
};
const indico = {
  results: {
    "1": {
      "20260504": {
        c1: {
          entryType: "Contribution",
          title: "Opening",
          startDate: { date: "2026-05-04", time: "09:00:00", tz: "Europe/Zurich" },
          endDate: { date: "2026-05-04", time: "09:30:00", tz: "Europe/Zurich" },
        },
      },
    },
  },
};
const miniconfPapers = "UID,title,authors,abstract,keywords,sessions\np1,Opening,Ana Silva,,,\n";
const spreadsheet = "date,start,end,room,kind,title\n2026-05-04,09:00,09:30,Hall,talk,Opening\n";
// Each format's importer and the title it invents (MiniConf sites are conferences).
const imports = {
  pretalx: [(title?: string) => importPretalxWidget(pretalx, { title }), "Untitled event"],
  sessionize: [
    (title?: string) => importSessionize(sessionize, { timeZone: "Europe/Berlin", title }),
    "Untitled event",
  ],
  indico: [(title?: string) => importIndicoJson(indico, { title }), "Untitled event"],
  miniconf: [
    (title?: string) =>
      importMiniconf({ papers: miniconfPapers }, { timeZone: "America/Chicago", startDate: "2026-05-04", title }),
    "Untitled conference",
  ],
  csv: [(title?: string) => importSpreadsheetCsv(spreadsheet, { timeZone: "Europe/Berlin", title }), "Untitled event"],
} as const;

describe.each(Object.entries(imports))("the %s importer's event title", (_format, [importWith, invented]) => {
  it("is the title option, without a warning about it", () => {
    const result = importWith("Spring Meeting 2026");
    expect(result.ok && result.program.event.title).toBe("Spring Meeting 2026");
    expect(result.warnings.filter((warning) => warning.path === "event.title")).toEqual([]);
  });

  it("is invented without the option, with one warning saying so and how to set it", () => {
    const result = importWith();
    expect(result.ok && result.program.event.title).toBe(invented);
    const warnings = result.warnings.filter((warning) => warning.path === "event.title");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain(`"${invented}" was invented`);
    expect(warnings[0]!.message).toContain("--title");
  });
});

// Formats whose files name the event themselves; every other importer must take `title`.
const titledFormats = ["program", "c3voc", "frab-xml"];

describe("the importer list", () => {
  it.each(importers.filter((importer) => !titledFormats.includes(importer.format)).map((i) => [i.format, i]))(
    "lets %s, whose files name no event, take the title option",
    (_format, importer) => expect(importer.options.map((option) => option.name)).toContain("title"),
  );

  it.each([
    ["miniconf", miniconfPapers, { timeZone: "America/Chicago", startDate: "2026-05-04" }],
    ["csv", spreadsheet, { timeZone: "Europe/Berlin" }],
  ] as const)("hands the title option of %s to its importer", (format, text, options) => {
    const result = importers
      .find((importer) => importer.format === format)!
      .read(text, { ...options, title: "Spring Meeting 2026" });
    expect(result.ok && result.program.event.title).toBe("Spring Meeting 2026");
  });
});
