import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sharedFile } from "../../test/shared-files.js";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { importC3vocJson } from "./c3voc-json.js";

// The three real exports and the deliberately invalid one from ../shared/interop/c3voc.
const read = (name: string) => readFileSync(sharedFile(`interop/c3voc/${name}.json`), "utf8");
const eventsOf = (text: string) =>
  (JSON.parse(text).schedule.conference.days as { rooms: Record<string, Record<string, unknown>[]> }[]).flatMap((day) =>
    Object.values(day.rooms).flat(),
  );

describe.each([
  ["pretalx-democon", undefined, 36, "UTC"],
  ["frab-camp2019", undefined, 79, "Europe/Berlin"],
  ["pretalx-rc3", "Europe/Berlin", 48, "Europe/Berlin"],
] as const)("importC3vocJson with %s", (name, timeZone, count, zone) => {
  const text = read(name);
  const result = importC3vocJson(text, timeZone ? { timeZone } : {});
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  const { program } = result;
  const schedule = resolveSchedule(program);
  const source = eventsOf(text);

  it(`keeps all ${count} events, in the event's zone (${zone})`, () => {
    expect(program.items).toHaveLength(count);
    expect(program.event.timeZone).toBe(zone);
  });

  it("keeps every event's instant, duration, room, title and guid", () => {
    const byGuid = new Map(schedule.items.map((entry) => [entry.item.extra?.guid, entry]));
    for (const event of source) {
      const entry = byGuid.get(event.guid as string)!;
      const [hours, minutes] = String(event.duration).split(":").map(Number);
      expect({
        at: entry.startMs,
        minutes: entry.durationMinutes,
        room: program.rooms?.find((room) => room.id === entry.roomId)?.name,
        title: entry.item.title,
      }).toEqual({
        at: Date.parse(event.date as string),
        minutes: hours! * 60 + minutes!,
        room: event.room,
        // Surrounding whitespace (a trailing space in camp2019's titles and names) is trimmed.
        title: String(event.title).trim(),
      });
    }
  });

  it("keeps every person, by name, on their events", () => {
    const names = (ids: readonly string[] | undefined) =>
      (ids ?? []).map((id) => program.people?.find((person) => person.id === id)?.name);
    for (const event of source) {
      const item = program.items.find((candidate) => candidate.extra?.guid === event.guid)!;
      const expected = [
        ...new Set(
          (event.persons as Record<string, string>[]).map((person) => (person.public_name ?? person.name)!.trim()),
        ),
      ];
      expect(names(item.speakers)).toEqual(expected);
    }
  });

  it("keeps every link and attachment, relative ones made absolute against base_url", () => {
    for (const event of source) {
      const item = program.items.find((candidate) => candidate.extra?.guid === event.guid)!;
      const expected =
        [...(event.links as { url: string }[]), ...((event.attachments ?? []) as { url: string }[])].length +
        (event.url ? 1 : 0);
      expect(item.links ?? []).toHaveLength(expected);
      for (const link of item.links ?? []) expect(link.url).toMatch(/^https?:\/\//);
    }
  });
});

describe("importC3vocJson: problems", () => {
  it("needs a zone for a file without time_zone_name (rC3), and says so", () => {
    const result = importC3vocJson(read("pretalx-rc3"));
    expect(!result.ok && result.errors[0]).toMatchObject({
      path: "schedule.conference.time_zone_name",
      message: expect.stringContaining("pass the event's zone"),
    });
  });

  it("reads pretalx's worded types by their first word", () => {
    const result = importC3vocJson(read("pretalx-rc3"), { timeZone: "Europe/Berlin" });
    if (!result.ok) throw new Error("expected ok");
    const kinds = new Map(result.program.items.map((item) => [item.extra?.type, item.kind]));
    expect(kinds.get("Talk 30 min + 10min Q&A")).toBe("contributed-talk");
    expect(kinds.get("Workshop 60 Min")).toBe("tutorial");
  });

  it("imports the deliberately invalid example liberally, warning where it is broken", () => {
    const result = importC3vocJson(read("invalid-example"));
    expect(result.ok && result.program.items.map((item) => item.id)).toEqual(["2814"]);
    expect(result.warnings.map((warning) => warning.path)).toEqual([
      "schedule.rooms",
      "schedule.conference.days[0].rooms.Winterchaos[0].id",
      "schedule.conference.days[0].rooms.Winterchaos[0].persons[0].id",
    ]);
  });

  it("rejects the invalid example in strict mode with readable errors at their paths", () => {
    const result = importC3vocJson(read("invalid-example"), { strict: true });
    expect(!result.ok && result.errors.map((error) => `${error.path}: ${error.message}`)).toEqual([
      "schedule.rooms: is not part of the format; rooms belong in schedule.conference.rooms",
      'schedule.conference.days[0].rooms.Winterchaos[0].id: must be an integer, found "2814"',
      'schedule.conference.days[0].rooms.Winterchaos[0].persons[0].id: must be an integer, found "dsadf"',
    ]);
  });

  it.each([
    ["pretalx-democon", {}],
    ["frab-camp2019", {}],
    ["pretalx-rc3", { timeZone: "Europe/Berlin" }],
  ])("accepts the real export %s in strict mode", (name, options) => {
    expect(importC3vocJson(read(name), { ...options, strict: true }).ok).toBe(true);
  });

  it.each([
    ["not JSON", "{", "is not valid JSON"],
    ["not a schedule", "{}", "is missing"],
    ["an array", "[]", "is missing"],
  ])("rejects %s with a readable error", (_name, input, message) => {
    const result = importC3vocJson(input);
    expect(!result.ok && result.errors[0]!.message).toContain(message);
  });
});

describe("importC3vocJson: what the model holds elsewhere, or not at all", () => {
  const rc3 = importC3vocJson(read("pretalx-rc3"), { timeZone: "Europe/Berlin" });
  if (!rc3.ok) throw new Error("expected ok");

  it("reads each event's language (rC3: 29 in en, 19 in de) as the item's language", () => {
    const count = (language: string) => rc3.program.items.filter((item) => item.language === language).length;
    expect([count("en"), count("de")]).toEqual([29, 19]);
    expect(rc3.program.items.filter((item) => item.extra?.language !== undefined)).toEqual([]);
  });

  it("says that answers to the organisers' questions are left out (rC3: 48 events, 41 speakers)", () => {
    expect(rc3.warnings.map((warning) => warning.message)).toContain(
      "answers to the organisers' questions on 48 event(s) and of 41 speaker(s) are left out: the file names each question by number only, and some answers are meant for the organisers alone",
    );
  });

  it("keeps an event's logo in extra, made absolute against base_url (frab's camp2019)", () => {
    const camp = importC3vocJson(read("frab-camp2019"));
    if (!camp.ok) throw new Error("expected ok");
    const edri = camp.program.items.find((item) => item.extra?.guid === "0a99f1db-dfad-4534-888c-bd98acc576b3");
    expect(edri?.extra?.logo).toBe(
      "https://fahrplan.events.ccc.de/system/events/logos/000/010/309/large/edri_logo.png?1560268483",
    );
  });
});
