import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importIndicoJson } from "./indico-json.js";

const at = (time: string) => ({ date: "2026-09-15", time, tz: "Europe/Zurich" });
const timetable = (entries: Record<string, unknown>) => ({ results: { "1": { "20260915": entries } } });

describe("importIndicoJson, fields it does not read", () => {
  it("names filled fields it leaves out in one warning, with how many entries fill each", () => {
    const result = importIndicoJson(
      timetable({
        c1: {
          entryType: "Contribution",
          title: "A",
          startDate: at("09:00:00"),
          endDate: at("09:20:00"),
          track: "Higgs",
          keywords: ["LHC"],
        },
        c2: {
          entryType: "Contribution",
          title: "B",
          startDate: at("09:20:00"),
          endDate: at("09:40:00"),
          keywords: ["W"],
          references: [],
        },
      }),
      { title: "Tiny" },
    );
    expect(result.warnings.map((warning) => `${warning.path}: ${warning.message}`)).toEqual([
      'results["1"]["20260915"].c1: these fields are not read and are left out: track (1 entry), keywords (2 entries)',
    ]);
  });

  it("says nothing of empty ones: Indico's own example export fills none", () => {
    const fixture = readFileSync(
      new URL("../../test/fixtures/indico/event-137346-detail-sessions.json", import.meta.url),
      "utf8",
    );
    // Its contributions write `track: null`, `type: null`, `subContributions: []`, its session `material: []`.
    expect(importIndicoJson(fixture).warnings).toEqual([]);
  });
});
