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

  it("marks withdrawn talks cancelled and warns about unknown speakers", () => {
    expect(program.items.find((item) => item.id === "T3")?.status).toBe("cancelled");
    expect(result.warnings.map((warning) => `${warning.path}: ${warning.message}`)).toEqual([
      "talks[2].speakers: speaker(s) NOPE12 not in speakers; left out",
    ]);
  });

  it("keeps a room name's other languages as the room's translations", () => {
    expect(program.rooms![0]).toEqual({
      id: "room-11",
      name: "Main hall",
      translations: [{ language: "de", name: "Großer Saal" }],
    });
    const german = importPretalxWidget(JSON.stringify(widget), { title: "Widget Con", language: "de" });
    expect(german.ok && german.program.rooms![0]).toMatchObject({
      name: "Großer Saal",
      translations: [{ language: "en", name: "Main hall" }],
    });
  });

  it("keeps translated track names and descriptions per language, spells zh_TW as a tag, and drops a key that is no tag", () => {
    const data = structuredClone(widget) as typeof widget & { tracks: unknown[] };
    data.tracks = [
      {
        id: 3,
        name: { en: "Security", de: "Sicherheit", zh_TW: "資安", "not a tag!": "x" },
        description: { en: "Locks.", de: "Schlösser.", fr: "Serrures." },
        color: "#aa3366",
      },
    ];
    const read = importPretalxWidget(JSON.stringify(data), { title: "Widget Con", language: "en" });
    if (!read.ok) throw new Error(read.errors[0]!.message);
    expect(read.program.tracks![0]!.translations).toEqual([
      { language: "de", name: "Sicherheit", description: "Schlösser." },
      { language: "zh-TW", name: "資安" },
      { language: "fr", description: "Serrures." },
    ]);
    expect(read.warnings.map((warning) => warning.message)).toContain(
      '1 translation(s) have no place in a program and are left out: name in "not a tag!" (not a language tag)',
    );
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
