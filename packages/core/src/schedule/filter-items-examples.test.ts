import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Program } from "../model/program.js";
import { parseProgramJson } from "../parse/parse-program-json.js";
import { createItemMatcher, type FilterableEntry, type ItemFilter } from "./filter-items.js";
import { resolveSchedule } from "./resolve-schedule.js";

// createItemMatcher on the shipped examples: real names, accents, untimed items.

/** The ids (in program order) of the entries of `on` a filter keeps. */
function idsMatching(filter: ItemFilter, over: readonly FilterableEntry[], on: Program): string[] {
  const matches = createItemMatcher(on, filter);
  const order = new Map(on.items.map((item, index) => [item.id, index]));
  return over
    .filter(matches)
    .map((entry) => entry.id)
    .sort((x, y) => order.get(x)! - order.get(y)!);
}

function loadExample(name: string): Program {
  const result = parseProgramJson(readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8"));
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  return result.program;
}

describe("createItemMatcher on the examples", () => {
  describe("on the DeLTa 2026 example", () => {
    const delta = loadExample("delta-2026.json");
    const deltaEntries = resolveSchedule(delta).items;
    const ids = (filter: ItemFilter) => idsMatching(filter, deltaEntries, delta);

    it.each([
      { query: "rene", expected: ["talk-vidal"] },
      { query: "René", expected: ["talk-vidal"] },
      { query: "BETHUNE", expected: ["oral-unmasking-policies"] },
      { query: "béthune", expected: ["oral-unmasking-policies"] },
      { query: "louis bethune", expected: ["oral-unmasking-policies"] },
      { query: "bethune cuturi", expected: ["oral-unmasking-policies"] },
      { query: "bethune vidal", expected: [] },
      { query: "victor canesin", expected: ["oral-wisp-osch"] },
      { query: "VICTOR", expected: ["oral-unmasking-policies", "oral-wisp-osch"] },
      { query: "chen", expected: ["talk-chen", "oral-spectral-condition"] },
      { query: "diffusion sampling", expected: ["talk-kadkhodaie", "oral-wisp-osch", "oral-query-lower-bounds"] },
      { query: "\u00b5p", expected: ["oral-spectral-condition"] },
      { query: "\u03bcP", expected: ["oral-spectral-condition"] },
    ])("$query finds $expected", ({ query, expected }) => {
      expect(ids({ query })).toEqual(expected);
    });

    it("finds the six orals by kind, and the oral with Louis Béthune among them", () => {
      const orals = ids({ kinds: ["contributed-talk"] });
      expect(orals).toHaveLength(6);
      expect(ids({ kinds: ["contributed-talk"], query: "BETHUNE" })).toEqual(["oral-unmasking-policies"]);
      expect(ids({ kinds: ["invited-talk"], query: "BETHUNE" })).toEqual([]);
    });

    it("matches every item when nothing is chosen", () => {
      expect(ids({})).toHaveLength(18);
    });
  });

  describe("on the SIGMETRICS 2026 example (untimed items)", () => {
    const sigmetrics = loadExample("sigmetrics-2026.json");
    const untimed = resolveSchedule(sigmetrics).untimed;
    const ids = (filter: ItemFilter) => idsMatching(filter, untimed, sigmetrics);

    it("filters untimed items by room", () => {
      expect(untimed).toHaveLength(11);
      expect(ids({ rooms: ["idea-hub"] })).toEqual(["coffee-break-1", "coffee-break-2"]);
      expect(ids({ rooms: ["rogel-ballroom"] })).toEqual(["lunch"]);
    });

    it("finds speakers by any part of their name", () => {
      expect(ids({ query: "chen" })).toEqual(["talk-chen"]);
      // "ying" is in both Yingbin Liang and Lei Ying.
      expect(ids({ query: "ying" })).toEqual(["talk-liang", "talk-ying"]);
      expect(ids({ query: "lei ying" })).toEqual(["talk-ying"]);
    });

    it("does not trip over items whose title and speakers are to be announced", () => {
      expect(ids({ kinds: ["invited-talk"], query: "a" }).length).toBeGreaterThan(0);
      expect(ids({ onlyIds: new Set(["slot-tba-1"]), query: "anything" })).toEqual([]);
      expect(ids({ onlyIds: new Set(["slot-tba-1"]) })).toEqual(["slot-tba-1"]);
    });
  });
});
