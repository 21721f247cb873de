import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedFile } from "../../test/shared-files.js";
import { validProgram } from "../../test/valid-program.js";
import { importFrabXml } from "../import/frab-xml.js";
import { parseProgramJson } from "../parse/parse-program-json.js";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { toFrabXml } from "./to-frab-xml.js";

// Output is validated against the official XSD with xmllint (Debian's libxml2-utils, which
// .ci/run installs): a missing xmllint fails these tests rather than skipping them.
const xsd = sharedFile("interop/c3voc/schedule.xml.xsd");
const workDir = mkdtempSync(join(tmpdir(), "lectern-frab-"));
function xsdErrors(xml: string): string {
  const file = join(workDir, `out-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  try {
    execFileSync("xmllint", ["--noout", "--schema", xsd, file], { stdio: "pipe" });
    return "";
  } catch (error) {
    const failure = error as { stderr?: Buffer; message: string };
    return failure.stderr?.toString() ?? failure.message;
  }
}
const fosdemXml = readFileSync(sharedFile("data/fosdem-2024.schedule.xml"), "utf8");

describe("toFrabXml", () => {
  const fosdem = importFrabXml(fosdemXml);
  if (!fosdem.ok) throw new Error("FOSDEM did not import");
  const written = toFrabXml(fosdem.program).xml;

  it("writes FOSDEM 2024 back as XML that validates against the official XSD", () => {
    expect(xsdErrors(written)).toBe("");
  });

  it("round-trips FOSDEM: every event's guid, instant, duration, room, title, speakers and links", () => {
    const again = importFrabXml(written);
    if (!again.ok) throw new Error(again.errors[0]!.message);
    const summary = (program: typeof fosdem.program) => {
      const names = new Map((program.people ?? []).map((person) => [person.id, person.name]));
      const rooms = new Map((program.rooms ?? []).map((room) => [room.id, room.name]));
      return resolveSchedule(program)
        .items.map((entry) => [
          entry.item.extra?.guid,
          entry.startMs,
          entry.durationMinutes,
          rooms.get(entry.roomId!),
          entry.item.title,
          entry.item.speakers?.map((id) => names.get(id)),
          entry.item.links?.map((link) => link.url).sort(),
        ])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    };
    expect(summary(again.program)).toEqual(summary(fosdem.program));
  });

  it("writes the DeLTa workshop validly", () => {
    const delta = parseProgramJson(readFileSync(new URL("../../examples/delta-2026.json", import.meta.url), "utf8"));
    if (!delta.ok) throw new Error("example invalid");
    expect(xsdErrors(toFrabXml(delta.program).xml)).toBe("");
  });

  it("keeps every author when nobody is marked presenting, validly", () => {
    const program = validProgram({
      people: [
        { id: "ana", name: "Ana Souza" },
        { id: "li", name: "Li Na" },
      ],
      items: [
        {
          id: "t",
          kind: "contributed-talk",
          title: "Talk",
          authors: [{ person: "ana" }, { person: "li" }],
          start: "2026-06-01T10:00",
          end: "2026-06-01T10:30",
        },
      ],
    });
    const { xml } = toFrabXml(program);
    expect(xsdErrors(xml)).toBe("");
    expect([...xml.matchAll(/<person [^>]*>([^<]*)</g)].map((match) => match[1])).toEqual(["Ana Souza", "Li Na"]);
  });

  it("names the untimed items it leaves out, and errs when none is timed (the XSD needs a day)", () => {
    const event = {
      title: "Test Workshop",
      kind: "workshop" as const,
      startDate: "2026-06-01",
      timeZone: "Europe/Berlin",
    };
    const mixed = toFrabXml(
      validProgram({
        event: { ...event, schedule: { status: "tentative" } },
        items: [
          { id: "a", kind: "contributed-talk", title: "A", start: "2026-06-01T10:00", end: "2026-06-01T10:30" },
          { id: "b", kind: "contributed-talk", title: "B", date: "2026-06-01" },
        ],
      }),
    );
    expect(xsdErrors(mixed.xml)).toBe("");
    expect(mixed.errors).toEqual([]);
    expect(mixed.warnings.map((warning) => warning.path)).toContain("items[1]");
    const none = toFrabXml(
      validProgram({
        event: { ...event, schedule: { status: "tentative" } },
        items: [{ id: "b", kind: "contributed-talk", title: "B" }],
      }),
    );
    // The library still returns a well-formed, XSD-valid file (one empty day); the error tells
    // callers (the CLI) not to write it.
    expect(xsdErrors(none.xml)).toBe("");
    expect(none.errors.map((error) => error.message)).toEqual([
      "no item has a time (items[0]); c3voc and frab need at least one timed item",
    ]);
  });

  it("escapes hostile text so it stays text", () => {
    const program = validProgram({
      people: [{ id: "p", name: `<b>"Bobby" & 'Tables'</b>` }],
      items: [
        {
          id: "x",
          kind: "contributed-talk",
          title: `</title><script>alert(1)</script>`,
          abstract: "a < b && c > d",
          speakers: ["p"],
          start: "2026-06-01T10:00",
          end: "2026-06-01T10:30",
        },
      ],
    });
    const xml = toFrabXml(program).xml;
    expect(xsdErrors(xml)).toBe("");
    expect(xml).not.toContain("<script>");
    const again = importFrabXml(xml);
    if (!again.ok) throw new Error(again.errors[0]!.message);
    expect(again.program.items[0]!.title).toBe(`</title><script>alert(1)</script>`);
    expect(again.program.people![0]!.name).toBe(`<b>"Bobby" & 'Tables'</b>`);
  });

  it("writes rooms and venues named like Object's properties (constructor, __proto__, toString)", () => {
    const names = ["constructor", "__proto__", "toString"];
    const program = validProgram({
      event: {
        title: "Test Workshop",
        kind: "workshop",
        startDate: "2026-06-01",
        timeZone: "Europe/Berlin",
        venue: { name: "hasOwnProperty" },
      },
      rooms: names.map((name, index) => ({ id: `r${index}`, name })),
      items: [
        ...names.map((_name, index) => ({
          id: `t${index}`,
          kind: "contributed-talk" as const,
          title: `Talk ${index}`,
          room: `r${index}`,
          start: "2026-06-01T10:00",
          end: "2026-06-01T10:30",
        })),
        {
          id: "venue",
          kind: "contributed-talk",
          title: "In the venue",
          start: "2026-06-01T11:00",
          end: "2026-06-01T11:30",
        },
      ],
    });
    const { xml } = toFrabXml(program);
    expect(xsdErrors(xml)).toBe("");
    const again = importFrabXml(xml);
    if (!again.ok) throw new Error(again.errors[0]!.message);
    expect(again.program.rooms?.map((room) => room.name)).toEqual([...names, "hasOwnProperty"]);
  });

  it("leaves out characters XML 1.0 forbids, says where, and still validates", () => {
    const program = validProgram({
      people: [{ id: "p", name: "Ana\u0001 Souza" }],
      items: [
        {
          id: "x",
          kind: "contributed-talk",
          title: "Bad \ufffe\uffff title",
          abstract: "lone \ud800 surrogate",
          speakers: ["p"],
          start: "2026-06-01T10:00",
          end: "2026-06-01T10:30",
        },
      ],
    });
    const { xml, warnings } = toFrabXml(program);
    expect(xsdErrors(xml)).toBe("");
    expect(xml).toContain("<title>Bad  title</title>");
    expect(
      warnings
        .filter((warning) => warning.message.includes("XML 1.0"))
        .map((warning) => `${warning.path}: ${warning.message}`),
    ).toEqual([
      "schedule.day[0].room[0].event[0].title: 2 character(s) XML 1.0 does not allow (U+FFFE, U+FFFF) left out",
      "schedule.day[0].room[0].event[0].abstract: 1 character(s) XML 1.0 does not allow (U+D800) left out",
      "schedule.day[0].room[0].event[0].person: 1 character(s) XML 1.0 does not allow (U+0001) left out",
    ]);
  });

  it("writes one empty day when no item has a time, starting at the first hour a DST gap leaves (found by the property test)", () => {
    // Chile's clocks jump from 00:00 to 01:00 on 6 September 2026: midnight does not exist.
    const program = validProgram({
      event: { title: "Posters", kind: "workshop", startDate: "2026-09-06", timeZone: "America/Santiago" },
      items: [{ id: "a", kind: "poster", title: "Untimed poster" }],
    });
    const { xml, warnings, errors } = toFrabXml(program);
    expect(xsdErrors(xml)).toBe("");
    expect(errors).toHaveLength(1);
    expect(xml).toContain('<day index="1" date="2026-09-06" start="2026-09-06T01:00:00-03:00"');
    expect(warnings).toContainEqual(
      expect.objectContaining({ path: "items", message: expect.stringContaining("empty day") }),
    );
  });

  it("leaves out an event of 100 hours or more, which the XSD's duration cannot say, with a warning (found by an audit)", () => {
    const hackathon = {
      id: "hack",
      kind: "other" as const,
      title: "Hackathon",
      start: "2026-04-27T09:00",
      end: "2026-05-02T09:00",
    };
    const talk = {
      id: "talk",
      kind: "contributed-talk" as const,
      title: "A talk",
      start: "2026-04-27T10:00",
      duration: 30,
    };
    const { xml, warnings, errors } = toFrabXml(validProgram({ items: [hackathon, talk] }));
    expect(errors).toEqual([]);
    expect(xsdErrors(xml)).toBe("");
    expect(xml).toContain("<title>A talk</title>");
    expect(xml).not.toContain("Hackathon");
    expect(warnings.map((warning) => warning.message)).toContainEqual(
      '"Hackathon" lasts 120:00 (hours:minutes), longer than schedule.xml\'s duration can say (99:59 at most); left out of this file',
    );
    // The longest two digits can say is written.
    const longest = { ...hackathon, end: "2026-05-01T12:59" };
    expect(xsdErrors(toFrabXml(validProgram({ items: [longest] })).xml)).toBe("");
    expect(toFrabXml(validProgram({ items: [hackathon] })).errors.map((error) => error.message)).toEqual([
      "every timed item is too long for schedule.xml: nothing to write",
    ]);
  });
});
