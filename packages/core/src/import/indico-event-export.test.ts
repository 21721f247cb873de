import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importIndicoJson } from "./indico-json.js";

// Indico's event export API, verbatim from Indico's own documentation (see test/fixtures/indico/README.md).
// Every expected value below was read by hand in the fixture file.
const fixture = readFileSync(
  new URL("../../test/fixtures/indico/event-137346-detail-sessions.json", import.meta.url),
  "utf8",
);

describe("importIndicoJson with the event export API (detail=sessions)", () => {
  const result = importIndicoJson(fixture);
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  const { program } = result;
  const titled = (title: string) => program.items.find((entry) => entry.title === title);

  it("takes the event's title and zone from the export", () => {
    expect(program.event.title).toBe("Export Test");
    expect(program.event.timeZone).toBe("Europe/Zurich");
    expect(program.event.startDate).toBe("2011-06-23");
  });

  it("keeps the event's own last day and page (endDate 2011-06-24, url), which were dropped silently", () => {
    expect(program.event.endDate).toBe("2011-06-24");
    expect(program.event.links).toEqual([
      { kind: "web", url: "http://indico.server/conferenceDisplay.py?confId=137346", label: "Event page" },
    ]);
    // Its description is "": nothing to keep.
    expect(program.event.description).toBeUndefined();
  });

  it("keeps the event's location as its venue, not as a room of every contribution", () => {
    expect(program.event.venue).toEqual({ name: "CERN" });
    expect(program.rooms).toEqual([]);
    expect(program.items.map((entry) => entry.room)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("keeps every contribution, in the session or outside it, at its time in the event's zone", () => {
    expect(program.items.map((entry) => [entry.title, entry.start, entry.end])).toEqual([
      ["d1c2", "2011-06-23T08:20:00+02:00", "2011-06-23T08:40:00+02:00"],
      ["d1c1", "2011-06-23T08:00:00+02:00", "2011-06-23T08:20:00+02:00"],
      ["d2c1", "2011-06-24T12:00:00+02:00", "2011-06-24T14:00:00+02:00"],
      ["d2s1c1", "2011-06-24T14:00:00+02:00", "2011-06-24T14:20:00+02:00"],
    ]);
  });

  it("makes the listed session a session holding its contribution", () => {
    expect(program.sessions).toEqual([
      expect.objectContaining({ title: "d2s1", start: "2011-06-24T14:00:00+02:00", items: [titled("d2s1c1")!.id] }),
    ]);
  });

  it("names the path of a contribution that names a session the export does not list", () => {
    const flat = JSON.parse(fixture) as { results: { sessions?: unknown; contributions: { session: unknown }[] }[] };
    const event = flat.results[0]!;
    delete event.sessions;
    event.contributions[0]!.session = "d2s1";
    const imported = importIndicoJson(flat);
    expect(imported.ok && imported.warnings.map((warning) => warning.path)).toEqual([
      "results[0].contributions[0].session",
    ]);
  });
});
