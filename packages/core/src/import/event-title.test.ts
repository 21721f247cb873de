import { describe, expect, it } from "vitest";
import { importIndicoJson } from "./indico-json.js";
import { importPretalxWidget } from "./pretalx-widget.js";
import { importSessionize } from "./sessionize.js";

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
const imports = {
  pretalx: (title?: string) => importPretalxWidget(pretalx, { title }),
  sessionize: (title?: string) => importSessionize(sessionize, { timeZone: "Europe/Berlin", title }),
  indico: (title?: string) => importIndicoJson(indico, { title }),
};

describe.each(Object.entries(imports))("the %s importer's event title", (_format, importWith) => {
  it("is the title option, without a warning about it", () => {
    const result = importWith("Spring Meeting 2026");
    expect(result.ok && result.program.event.title).toBe("Spring Meeting 2026");
    expect(result.warnings.filter((warning) => warning.path === "event.title")).toEqual([]);
  });

  it("is invented without the option, with one warning saying so and how to set it", () => {
    const result = importWith();
    expect(result.ok && result.program.event.title).toBe("Untitled event");
    const warnings = result.warnings.filter((warning) => warning.path === "event.title");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain("--title");
  });
});
