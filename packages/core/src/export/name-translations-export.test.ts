import { describe, expect, it } from "vitest";
import { validProgram } from "../../test/valid-program.js";
import { toC3voc } from "./to-c3voc.js";
import { toFrabXml } from "./to-frab-xml.js";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { toICalendar } from "./to-icalendar.js";
import { toJsonLd } from "./to-json-ld.js";

// The export formats hold one name per room and track: they write the program's own and
// leave the translations out, without an error or a warning about them.
describe("exports of a program whose rooms and tracks have translations", () => {
  const program = validProgram({
    rooms: [{ id: "main", name: "Main hall", translations: [{ language: "de", name: "Großer Saal" }] }],
    tracks: [{ id: "sec", name: "Security", translations: [{ language: "de", name: "Sicherheit" }] }],
    items: [
      {
        id: "t1",
        kind: "contributed-talk",
        title: "Opening",
        room: "main",
        track: "sec",
        start: "2026-06-01T09:00",
        end: "2026-06-01T09:30",
      },
    ],
  });

  it("c3voc and frab write the room's and track's own names", () => {
    const c3voc = toC3voc(program);
    expect(c3voc.errors).toEqual([]);
    expect(c3voc.warnings.map((warning) => warning.message).join("\n")).not.toMatch(/translation/i);
    const text = JSON.stringify(c3voc.document);
    expect(text).toContain('"Main hall"');
    expect(text).toContain('"Security"');
    expect(text).not.toContain("Großer Saal");
    const frab = toFrabXml(program);
    expect(frab.errors).toEqual([]);
    expect(frab.xml).toContain("<room>Main hall</room>");
    expect(frab.xml).not.toContain("Sicherheit");
  });

  it("JSON-LD and iCalendar name the room as the program does", () => {
    expect(JSON.stringify(toJsonLd(program))).toContain('"Main hall"');
    expect(JSON.stringify(toJsonLd(program))).not.toContain("Großer Saal");
    const calendar = toICalendar(program, { items: resolveSchedule(program).items, nowMs: Date.UTC(2026, 4, 1) });
    expect(calendar).toContain("LOCATION:Main hall");
  });
});
