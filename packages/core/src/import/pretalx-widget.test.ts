import { describe, expect, it } from "vitest";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { importPretalxWidget } from "./pretalx-widget.js";
import { pretalxWidget as widget } from "../../test/import-fixtures.js";

// pretalx's schedule widget data, as its widget fetches it: talks reference rooms, tracks
// and speakers by id or code; names may be translations; breaks are slot_type "break".

describe("importPretalxWidget", () => {
  const result = importPretalxWidget(JSON.stringify(widget), { title: "Widget Con" });
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  const { program } = result;
  const schedule = resolveSchedule(program);

  it("keeps talks, rooms (translated names), tracks with colours and speakers with biographies", () => {
    expect(program.items.map((item) => [item.id, item.kind, item.title])).toEqual([
      ["T1", "contributed-talk", "Opening keynote"],
      ["talk-2", "coffee-break", "Coffee"],
      ["T2", "contributed-talk", "<b>Parallel</b> talk"],
      ["T3", "contributed-talk", "Withdrawn one"],
    ]);
    expect(program.rooms?.map((room) => room.name)).toEqual(["Main hall", "Workshop room"]);
    expect(program.tracks).toEqual([{ id: "track-3", name: "Security", color: "#aa3366" }]);
    expect(program.people?.[0]).toMatchObject({
      name: "Ana Souza",
      biography: "Works on flows.",
      photo: "https://example.org/ana.jpg",
    });
  });

  it("places talks at their instants, including ones with fractional seconds", () => {
    expect(schedule.items.map((entry) => [entry.id, entry.start])).toEqual([
      ["T1", "2026-06-01T09:00:00+02:00"],
      ["talk-2", "2026-06-01T10:00:00+02:00"],
      ["T2", "2026-06-01T10:30:00+02:00"],
      ["T3", "2026-06-02T10:00:00+02:00"],
    ]);
  });

  it("marks withdrawn talks cancelled and warns about unknown speakers and untranslatable names", () => {
    expect(program.items.find((item) => item.id === "T3")?.status).toBe("cancelled");
    expect(result.warnings.map((warning) => `${warning.path}: ${warning.message}`)).toEqual([
      "talks[2].speakers: speaker(s) NOPE12 not in speakers; left out",
      ": 1 translation(s) have no place in a program and are left out: rooms[0].name (de)",
    ]);
  });

  it("lists a speaker code given twice on a talk once, as one person", () => {
    const twice = structuredClone(widget);
    twice.talks[0]!.speakers = ["ABCDEF", "ABCDEF"];
    const read = importPretalxWidget(JSON.stringify(twice), { title: "Widget Con" });
    expect(read.ok && read.program.items[0]!.speakers).toEqual([program.items[0]!.speakers![0]]);
  });

  it("keeps markup in titles as text (it is never rendered as HTML)", () => {
    expect(program.items.find((item) => item.id === "T2")?.title).toBe("<b>Parallel</b> talk");
  });

  it.each([
    ["not JSON", "{", "is not valid JSON"],
    ["no talks", "{}", "is missing"],
    ["no zone", JSON.stringify({ ...widget, timezone: undefined }), "pass the event's zone"],
  ])("rejects %s with a readable error", (_name, input, message) => {
    const failed = importPretalxWidget(input);
    expect(!failed.ok && failed.errors[0]!.message).toContain(message);
  });
});
