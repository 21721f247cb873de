import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { readPosterBlock, timeInPosterBlock } from "./indico-poster-block.js";
import { importIndicoJson } from "./indico-json.js";

const span = { start: "2026-09-15T09:00:00+02:00", end: "2026-09-15T10:30:00+02:00" };

describe("readPosterBlock", () => {
  it.each([
    ["both ends", { start: span.start, end: span.end }, { span, partial: false }],
    ["a start only", { start: span.start }, { partial: true }],
    ["an end only", { end: span.end }, { partial: true }],
    ["no time", {}, { partial: false }],
  ])("reads a block with %s", (_, block, expected) => {
    expect(readPosterBlock(block)).toEqual(expected);
  });
});

describe("timeInPosterBlock", () => {
  it.each([
    ["the block's own time (Indico's timetable export)", span, { outside: false }],
    // The same instants written in another zone are still the whole block.
    [
      "the block's time in another zone",
      { start: "2026-09-15T07:00:00Z", end: "2026-09-15T08:30:00Z" },
      { outside: false },
    ],
    [
      "a slot inside the block (the event export)",
      { start: "2026-09-15T09:30:00+02:00", end: "2026-09-15T10:00:00+02:00" },
      { start: "2026-09-15T09:30:00+02:00", end: "2026-09-15T10:00:00+02:00", outside: false },
    ],
    [
      "a slot that starts before the block",
      { start: "2026-09-15T08:45:00+02:00", end: "2026-09-15T09:15:00+02:00" },
      { outside: true },
    ],
    [
      "a slot that ends after the block",
      { start: "2026-09-15T10:15:00+02:00", end: "2026-09-15T10:45:00+02:00" },
      { outside: true },
    ],
    ["a start without an end", { start: "2026-09-15T09:30:00+02:00" }, { outside: false }],
    ["no time", {}, { outside: false }],
  ])("places an entry with %s", (_, own, expected) => {
    expect(timeInPosterBlock(span, own)).toEqual(expected);
  });
});

const shape = (): {
  results: Record<string, Record<string, Record<string, Record<string, unknown>>>>;
} => JSON.parse(readFileSync(new URL("../../test/fixtures/indico/serializer-shape.json", import.meta.url), "utf8"));

describe("importIndicoJson with poster blocks that do not fit", () => {
  it("lets a poster that lies outside its block run the whole block, with a warning naming it", () => {
    const file = shape();
    const block = file.results["4242"]!["20260915"]!.s102!;
    const poster = (block.entries as Record<string, Record<string, unknown>>).c204!;
    poster.startDate = { date: "2026-09-15", time: "11:00:00", tz: "Europe/Zurich" };
    poster.endDate = { date: "2026-09-15", time: "11:30:00", tz: "Europe/Zurich" };
    const result = importIndicoJson(file, { title: "Physics week" });
    if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("\n"));
    expect(result.warnings.map((warning) => [warning.path, warning.message])).toEqual([
      [
        'results["4242"]["20260915"].s102.entries.c204',
        '"Timing layer calibration" lies outside its poster block; it runs the whole block',
      ],
    ]);
    const placed = resolveSchedule(result.program).items.find((entry) => entry.id === "c204");
    expect([placed?.start, placed?.end]).toEqual(["2026-09-15T09:00:00+02:00", "2026-09-15T10:30:00+02:00"]);
  });

  it("keeps a poster session that gives only a start without a time, its posters at their own", () => {
    // The event export documented by Indico gives a session a start and no end.
    const text = readFileSync(
      new URL("../../test/fixtures/indico/event-137346-detail-sessions.json", import.meta.url),
      "utf8",
    );
    const file = JSON.parse(text.replace('"isPoster": false', '"isPoster": true'));
    const result = importIndicoJson(file);
    if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("\n"));
    const session = result.program.sessions?.[0];
    expect([session?.mode, session?.start, session?.end]).toEqual(["concurrent", undefined, undefined]);
    expect(result.warnings.map((warning) => [warning.path, warning.message])).toEqual([
      ['results["0"].sessions["0"]', "a poster block needs both a start and an end; it is kept without a time"],
    ]);
    const poster = result.program.items.find((entry) => entry.title === "d2s1c1");
    expect([poster?.kind, poster?.start, poster?.end]).toEqual([
      "poster",
      "2011-06-24T14:00:00+02:00",
      "2011-06-24T14:20:00+02:00",
    ]);
  });
});
