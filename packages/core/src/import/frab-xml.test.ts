import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sharedFile } from "../../test/shared-files.js";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { importFrabXml } from "./frab-xml.js";

// The real FOSDEM 2024 export (../shared/data): 2 days, 35 rooms, 876 events.
const fosdemXml = readFileSync(sharedFile("data/fosdem-2024.schedule.xml"), "utf8");

const minimal = (conference: string, events: string) => `<?xml version="1.0"?>
<schedule><conference><title>Tiny Con</title><acronym>tiny</acronym><start>2026-03-28</start><end>2026-03-28</end>${conference}</conference>
<day index="1" date="2026-03-28"><room name="Hall A">${events}</room></day></schedule>`;

describe("importFrabXml with FOSDEM 2024", () => {
  const result = importFrabXml(fosdemXml);
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  const { program } = result;
  const schedule = resolveSchedule(program, { dayStartsAt: "09:00" });

  it("keeps every event, room and person", () => {
    expect([program.items.length, program.rooms?.length, program.people?.length]).toEqual([876, 35, 945]);
  });

  it("places the events on FOSDEM's two days in Brussels time", () => {
    expect(program.event).toMatchObject({
      title: "FOSDEM 2024",
      timeZone: "Europe/Brussels",
      startDate: "2024-02-03",
      endDate: "2024-02-04",
    });
    expect(schedule.days.map((day) => [day.date, day.items.length])).toEqual([
      ["2024-02-03", 433],
      ["2024-02-04", 443],
    ]);
  });

  it("reads the opening keynote whole", () => {
    const opening = schedule.items.find((entry) => entry.id === "3023")!;
    expect(opening).toMatchObject({ start: "2024-02-03T09:30:00+01:00", durationMinutes: 25 });
    expect(opening.item).toMatchObject({
      kind: "keynote",
      title: "Welcome to FOSDEM 2024",
      abstract: "FOSDEM welcome and opening talk.",
      room: "room-janson",
    });
    expect(opening.item.speakers?.map((id) => program.people?.find((person) => person.id === id)?.name)).toEqual([
      "FOSDEM Staff",
      'Richard "RichiH" Hartmann',
    ]);
    expect(opening.item.extra).toMatchObject({
      guid: "5bb0aa4e-0c0e-5ccd-9523-0ed1ca679039",
      slug: "fosdem-2024-3023-welcome-to-fosdem-2024",
    });
  });

  it("reads each event's <language> (en for all 876) as the item's language", () => {
    expect(new Set(program.items.map((item) => item.language))).toEqual(new Set(["en"]));
    expect(program.items.filter((item) => item.extra?.language !== undefined)).toEqual([]);
  });

  it("turns the HTML in abstracts into text", () => {
    const withTags = program.items.filter((item) => /<\/?(p|a|ul|li|br|em|strong|code)\b/i.test(item.abstract ?? ""));
    expect(withTags.map((item) => item.id)).toEqual([]);
    expect(program.items.filter((item) => item.abstract).length).toBeGreaterThan(800);
  });

  it("says which event types it could not map, and keeps them", () => {
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      '9 event(s) of type "junior" imported as kind "other" (the type is kept in extra.type)',
      '11 event(s) of type "bof" imported as kind "other" (the type is kept in extra.type)',
    ]);
  });

  it("keeps FOSDEM's day change in the event's extra data", () => {
    expect(program.event.extra).toEqual({
      frab: { dayChange: "09:00:00", timeslotDuration: "00:05:00", version: "latest" },
    });
  });
});

describe("importFrabXml: problems", () => {
  it("reports XML that is not well formed with its line and column", () => {
    const result = importFrabXml("<schedule>\n  <conference>\n</schedule>");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatchObject({
      path: "",
      line: 3,
      message: expect.stringContaining("is not well-formed XML"),
    });
  });

  it("rejects a document that is not a schedule", () => {
    const result = importFrabXml("<html><body/></html>");
    expect(!result.ok && result.errors[0]).toMatchObject({
      message: "is not a frab schedule: the root element must be <schedule>, not <html>",
      line: 1,
      column: 1,
    });
  });

  it("needs a zone for an old file without time_zone_name, and says so", () => {
    const xml = minimal(
      "",
      `<event id="1"><date>2026-03-28T10:00:00+01:00</date><duration>00:30</duration><title>T</title><type>lecture</type></event>`,
    );
    const result = importFrabXml(xml);
    expect(!result.ok && result.errors[0]).toMatchObject({
      path: "schedule.conference.time_zone_name",
      message: expect.stringContaining("pass the event's zone"),
    });
    expect(importFrabXml(xml, { timeZone: "Europe/Berlin" }).ok).toBe(true);
  });

  it("places a local <start> on its day in the file's zone", () => {
    const result = importFrabXml(
      minimal(
        "<time_zone_name>Asia/Kathmandu</time_zone_name>",
        `<event id="1"><start>10:00</start><duration>01:00</duration><title>T</title><type>lecture</type></event>`,
      ),
    );
    if (!result.ok) throw new Error("expected ok");
    expect(resolveSchedule(result.program).items[0]).toMatchObject({
      start: "2026-03-28T10:00:00+05:45",
      durationMinutes: 60,
    });
  });

  it("makes markup and scripts in abstracts inert text, and drops unsafe links with a warning", () => {
    const result = importFrabXml(
      minimal(
        "<time_zone_name>Europe/Berlin</time_zone_name>",
        `<event id="1"><date>2026-03-28T10:00:00+01:00</date><duration>00:30</duration><title>T</title><type>lecture</type>
         <abstract>&lt;p&gt;Hello&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&lt;/p&gt;</abstract>
         <links><link href="javascript:alert(1)">bad</link><link href="https://example.org/slides.pdf">Slides</link></links></event>`,
      ),
    );
    if (!result.ok) throw new Error("expected ok");
    expect(result.program.items[0]!.abstract).toBe("Hello");
    expect(result.program.items[0]!.links).toEqual([
      { kind: "pdf", url: "https://example.org/slides.pdf", label: "Slides" },
    ]);
    expect(result.warnings.map((warning) => warning.message)).toContain(
      'link "javascript:alert(1)" dropped: not an http(s) or mailto address',
    );
  });

  it("never throws, whatever the text", () => {
    for (const input of [
      "",
      "<",
      "<schedule/>",
      "<schedule><day><room><event/></room></day></schedule>",
      "\u0000",
      "<?xml?><schedule><conference><time_zone_name>Mars/Base</time_zone_name></conference></schedule>",
    ]) {
      expect(() => importFrabXml(input)).not.toThrow();
      expect(importFrabXml(input)).toHaveProperty("ok");
    }
  });
});
