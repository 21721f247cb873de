import { describe, expect, it } from "vitest";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { importIndicoJson } from "./indico-json.js";
import { indicoTimetable as indico } from "../../test/import-fixtures.js";

// Indico's /export/timetable/ID.json: results.<event>.<YYYYMMDD>.<entry>, with session blocks
// nesting their entries, presenters with affiliations, conveners, posters and breaks.

describe("importIndicoJson", () => {
  const result = importIndicoJson(indico, { title: "Workshop on Physics" });
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  const { program } = result;
  const schedule = resolveSchedule(program);

  it("keeps session blocks with their conveners as chairs and their entries in order", () => {
    expect(program.sessions).toEqual([
      expect.objectContaining({
        // The block's own id: the address reads #session-s1.
        id: "s1",
        title: "Orals I",
        items: ["c1", "c2"],
        chairs: [program.people?.find((person) => person.name === "Grace Hopper")?.id],
      }),
    ]);
  });

  it("makes contributions, posters and breaks, with presenters and affiliations", () => {
    expect(program.items.map((item) => [item.id, item.kind])).toEqual([
      ["c1", "contributed-talk"],
      ["c2", "poster"],
      ["b1", "coffee-break"],
      ["c3", "contributed-talk"],
    ]);
    expect(program.people?.find((person) => person.name === "Ana Souza")).toMatchObject({ affiliations: ["CERN"] });
    expect(program.items[0]!.abstract).toBe("We measure things.");
  });

  it("reads each time in its own zone, the event's zone being the first one named", () => {
    expect(program.event.timeZone).toBe("Europe/Zurich");
    expect(schedule.items.map((entry) => [entry.id, entry.start])).toEqual([
      ["c1", "2026-06-15T09:00:00+02:00"],
      ["c2", "2026-06-15T09:30:00+02:00"],
      ["b1", "2026-06-15T10:00:00+02:00"],
      // 16:30 in Singapore (UTC+8) is 10:30 in Zurich (UTC+2).
      ["c3", "2026-06-15T10:30:00+02:00"],
    ]);
  });

  it("rejects data that is not an Indico export", () => {
    const failed = importIndicoJson({ talks: [] });
    expect(!failed.ok && failed.errors[0]!.message).toContain("is missing");
  });
});
