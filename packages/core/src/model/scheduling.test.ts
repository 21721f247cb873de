import { describe, expect, it } from "vitest";
import { sampleProgram } from "../../test/program-builder.js";
import { parseProgram } from "../parse/parse-program.js";
import { defaultRuleStrengths, resolveRuleStrengths, ruleNames } from "./scheduling-rule-weights.js";

function withScheduling(scheduling: unknown) {
  return { ...sampleProgram(), scheduling };
}

function problemsOf(input: unknown): { path: string; message: string }[] {
  const result = parseProgram(input);
  if (result.ok) return [];
  return result.errors.map(({ path, message }) => ({ path, message }));
}

describe("the scheduling section of a program", () => {
  it("accepts the track-sessions layout's fields and names a reference that points at nothing", () => {
    const layout = {
      layout: "track-sessions",
      slotCounts: [{ item: "talk-ben", slots: 2 }],
      costs: [{ item: "talk-ben", room: "hall", penalty: 10 }],
      similar: [{ tracks: ["theory", "theory"], penalty: 20 }],
      positions: [{ item: "opening", position: 1 }],
      attendance: [{ person: "ada", items: ["talk-ben"] }],
      trackChairs: [{ track: "theory", people: ["ada"] }],
      presenterZones: [{ item: "talk-ben", timeZone: "Etc/GMT-8" }],
      presenterHours: [{ from: "09:30", to: "21:30", penalty: 1 }],
      rules: { similarTracks: { weight: 3 }, presenterSession: { hard: true } },
    };
    const result = parseProgram(withScheduling(layout));
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
    expect(result.program.scheduling).toEqual(layout);
    expect(problemsOf(withScheduling({ ...layout, similar: [{ tracks: ["theory", "nope"], penalty: 1 }] }))).toEqual([
      expect.objectContaining({ path: "scheduling.similar[0].tracks[1]" }),
    ]);
    expect(problemsOf(withScheduling({ ...layout, similar: [{ tracks: ["theory"], penalty: 1 }] }))).toEqual([
      { path: "scheduling.similar[0].tracks", message: expect.stringContaining("two tracks") },
    ]);
  });

  it("accepts every field, and keeps them in the parsed program", () => {
    const scheduling = {
      move: "all",
      fixed: ["opening"],
      slots: [{ start: "2026-06-15T09:30", minutes: 30, rooms: ["hall"] }],
      availability: [
        {
          person: "ada",
          available: [{ start: "2026-06-15T08:00", end: "2026-06-15T12:00" }],
          daily: { from: "08:00", to: "20:00", timeZone: "Asia/Tokyo" },
          unavailable: [{ start: "2026-06-15T10:00Z", end: "2026-06-15T11:00Z" }],
        },
      ],
      roomClosures: [{ room: "hall", closed: [{ start: "2026-06-15T12:00", end: "2026-06-15T13:00" }] }],
      audience: [{ item: "talk-ben", people: 120 }],
      apart: [{ tracks: ["theory"], tags: ["Vision"] }],
      together: [{ items: ["opening", "talk-ben"] }],
      consecutive: [{ items: ["opening", "talk-ben"] }],
      precedence: [{ before: "opening", after: "talk-ben" }],
      preferences: [{ items: ["opening", "talk-ben"], attendees: 12 }],
      rules: { overflow: { weight: 2 }, apart: { hard: false, weight: 50 } },
    };
    const result = parseProgram(withScheduling(scheduling));
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
    expect(result.program.scheduling).toEqual(scheduling);
  });

  it("accepts an empty section: every rule keeps its default", () => {
    expect(problemsOf(withScheduling({}))).toEqual([]);
  });

  it("names the path of an id that points at nothing", () => {
    const problems = problemsOf(
      withScheduling({
        audience: [{ item: "talk-zed", people: 3 }],
        availability: [{ person: "nobody" }],
        apart: [{ tracks: ["theory", "practice"] }],
        precedence: [{ before: "opening", after: "gone" }],
      }),
    );
    expect(problems.map((problem) => problem.path)).toEqual([
      "scheduling.availability[0].person",
      "scheduling.audience[0].item",
      "scheduling.apart[0].tracks[1]",
      "scheduling.precedence[0].after",
    ]);
    expect(problems[1]!.message).toContain('no item has the id "talk-zed"');
  });

  it("rejects malformed values with the path and what is expected", () => {
    const problems = problemsOf(
      withScheduling({
        move: "some",
        audience: [{ item: "talk-ben", people: -1 }],
        consecutive: [{ items: ["opening"] }],
        availability: [{ person: "ada", daily: { from: "8am", to: "20:00" } }],
        rules: { overflow: { weight: -3 }, speed: { weight: 1 } },
      }),
    );
    const paths = problems.map((problem) => problem.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "scheduling.move",
        "scheduling.audience[0].people",
        "scheduling.consecutive[0].items",
        "scheduling.availability[0].daily.from",
        "scheduling.rules.overflow.weight",
      ]),
    );
    expect(problems.find((p) => p.path === "scheduling.consecutive[0].items")!.message).toContain("at least two parts");
    expect(problems.find((p) => p.path === "scheduling.audience[0].people")!.message).toContain("0 or more");
    expect(problems.some((p) => p.message.includes("speed"))).toBe(true);
  });
});

describe("resolveRuleStrengths", () => {
  it("gives the defaults when nothing is overridden", () => {
    const resolved = resolveRuleStrengths(undefined);
    expect(Object.keys(resolved)).toEqual(ruleNames);
    expect(resolved.presenterClash).toEqual({ hard: true, weight: 1000 });
    expect(resolved.overflow).toEqual({ hard: false, weight: 1 });
  });

  it("makes a hard rule soft when only a weight is given, and keeps hard when asked", () => {
    const resolved = resolveRuleStrengths({
      apart: { weight: 40 },
      together: { hard: true },
      moved: { hard: true, weight: 7 },
    });
    expect(resolved.apart).toEqual({ hard: false, weight: 40 });
    expect(resolved.together).toEqual({ hard: true, weight: defaultRuleStrengths.together.weight });
    expect(resolved.moved).toEqual({ hard: true, weight: 7 });
    expect(resolved.consecutive).toEqual(defaultRuleStrengths.consecutive);
  });
});
