import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { importC3vocJson } from "./c3voc-json.js";

// pretalx's schedule export (`/schedule/export/schedule.json`) of another instance,
// program.mch2022.org (test/fixtures/pretalx/README.md names repository, path and commit).
// Every expected value below was read by hand in the fixture file.
const text = readFileSync(new URL("../../test/fixtures/pretalx/mch2022-schedule-day1.json", import.meta.url), "utf8");

describe("pretalx schedule export of MCH2022, its first day (Europe/Amsterdam, not in the file)", () => {
  it("asks for the zone the file does not name, at the place it would be", () => {
    const withoutZone = importC3vocJson(text);
    expect(!withoutZone.ok && withoutZone.errors[0]!.path).toBe("schedule.conference.time_zone_name");
  });

  const imported = importC3vocJson(text, { timeZone: "Europe/Amsterdam" });
  if (!imported.ok) throw new Error(JSON.stringify(imported.errors.slice(0, 3)));
  const { program } = imported;
  const item = (id: string) => program.items.find((entry) => entry.id === id)!;
  const names = (ids: readonly string[] | undefined) =>
    (ids ?? []).map((id) => program.people!.find((person) => person.id === id)?.name);

  it("keeps the 16 events of the day in its 6 rooms, as Markdown, and names the types it has no kind for", () => {
    expect(program.items).toHaveLength(16);
    expect(program.rooms!.map((room) => room.name)).toEqual([
      "Abacus  🧮",
      "Battery 🔋",
      "Clairvoyance 🔮",
      "DNA 🧬",
      "Envelope ✉️",
      "Gear ⚙️",
    ]);
    expect([program.event.title, program.event.startDate, program.event.endDate]).toEqual([
      "MCH2022",
      "2022-07-22",
      "2022-07-26",
    ]);
    expect(program.textFormat).toBe("markdown");
    expect(imported.warnings.map((warning) => warning.message)).toEqual([
      '2 event(s) of type "Short Talk" imported as kind "other" (the type is kept in extra.type)',
      '2 event(s) of type "Long workshop" imported as kind "other" (the type is kept in extra.type)',
    ]);
  });

  it("reads the opening's instant, length, room, speaker, page and language", () => {
    const opening = item("109");
    expect(opening.title).toBe("⚠️ May Contain Hackers 2022 Opening");
    const placed = resolveSchedule(program).items.find((entry) => entry.id === "109")!;
    expect(new Date(placed.startMs).toISOString()).toBe("2022-07-22T15:00:00.000Z");
    expect(placed.durationMinutes).toBe(50);
    expect(program.rooms!.find((room) => room.id === opening.room)?.name).toBe("Abacus  🧮");
    expect(names(opening.speakers)).toEqual(['Elger "Stitch" Jonker']);
    expect(opening.links).toEqual([
      { kind: "web", url: "https://program.mch2022.org/mch2021-2020/talk/JBNXAX/", label: "Event page" },
    ]);
    expect(opening.language).toBe("en");
  });

  it("makes one person of a speaker on two events, and keeps three speakers of one talk apart", () => {
    expect(item("292").speakers).toEqual(item("109").speakers);
    expect(names(item("267").speakers)).toEqual(["Sander Steffann", "Sander", "Sander Steffann Nl"]);
    expect(item("315").speakers).toBeUndefined();
  });

  it("keeps an event's logo as an address on the instance, in extra", () => {
    expect(item("296").extra?.logo).toBe(
      "https://program.mch2022.org/media/mch2021-2020/submissions/DEJQME/mch-passion_g77cHX9.png",
    );
    expect(program.items.filter((entry) => entry.extra?.logo !== undefined)).toHaveLength(6);
  });
});
