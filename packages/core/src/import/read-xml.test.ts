import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { importFrabXml } from "./frab-xml.js";
import { readXml } from "./read-xml.js";

// libxml2 (xmllint) is the reference: what it rejects, readXml rejects with a line, and what it
// reads, readXml reads.
function libxml2Accepts(xml: string): boolean {
  try {
    execFileSync("xmllint", ["--noout", "-"], { input: xml, stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}
const read = (xml: string) => readXml(xml, () => false);

describe("readXml", () => {
  it.each([
    ["an undefined entity", "<schedule>\n  <title>Caf&eacute;</title>\n</schedule>", 2, "&eacute; is not defined"],
    [
      "an undefined entity in an attribute",
      '<schedule>\n<room name="&constructor;"/></schedule>',
      2,
      "&constructor; is not defined",
    ],
    ["a reference to U+0000", "<schedule>\n\n<title>a&#0;b</title></schedule>", 3, "&#0; refers to U+0000"],
    ["a reference to U+FFFE", "<schedule><title>&#xFFFE;</title></schedule>", 1, "U+FFFE"],
    ["a raw U+FFFF", "<schedule>\n<title>a\uffffb</title></schedule>", 2, "U+FFFF"],
    ["a raw control character", "<schedule><title>a\u0001b</title></schedule>", 1, "U+0001"],
    ["a lone surrogate", "<schedule>\n<title>a\ud800b</title></schedule>", 2, "lone surrogate"],
    ["a second root element", "<schedule/>\n<schedule/>", 2, "second root element"],
    ["text after the root", "<schedule/>\nmore", 2, "text outside the root"],
    [
      "an external entity",
      '<?xml version="1.0"?>\n<!DOCTYPE schedule [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<schedule>&x;</schedule>',
      2,
      "External entities",
    ],
  ])("rejects %s, as libxml2 does, with its line", (_name, xml, line, message) => {
    const result = read(xml);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatchObject({ path: "", line, message: expect.stringContaining(message) });
    // The external entity is refused by choice (Lectern reads no other files; libxml2 would load
    // it), and a lone surrogate cannot reach libxml2 (UTF-8 cannot encode it; Node writes U+FFFD).
    if (!message.startsWith("External") && !message.includes("surrogate")) expect(libxml2Accepts(xml)).toBe(false);
  });

  it.each([
    [
      "entities its DOCTYPE declares",
      '<!DOCTYPE schedule [<!ENTITY eacute "é">]>\n<schedule><title>Caf&eacute;</title></schedule>',
    ],
    ["a byte-order mark", "\ufeff<schedule/>"],
    [
      "CDATA and comments holding what would be faults outside them",
      "<schedule><!-- &nbsp; --><title><![CDATA[&nbsp; <b>]]></title></schedule>",
    ],
    ["references to characters XML allows", "<schedule><title>&#233;&#x1F600;&#9;</title></schedule>"],
    [
      "elements and attributes named like Object's properties",
      '<schedule constructor="1"><__proto__/><toString>x</toString></schedule>',
    ],
  ])("reads %s, as libxml2 does", (_name, xml) => {
    expect(read(xml).ok).toBe(true);
    expect(libxml2Accepts(xml.replace(/^\ufeff/, ""))).toBe(true);
  });

  it("rejects binary and missing input with a message, not an exception", () => {
    expect(read(new Uint8Array([60, 97, 47, 62]) as unknown as string)).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining("binary data") }],
    });
    expect(read(undefined as unknown as string)).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining("nothing to import") }],
    });
  });
});

describe("importFrabXml's problems name their line", () => {
  it("places an event's warning at the event's line", () => {
    const xml = [
      "<schedule>",
      "  <conference><time_zone_name>Europe/Berlin</time_zone_name></conference>",
      '  <day index="1" date="2026-03-28">',
      '    <room name="constructor">',
      '      <event id="1"><date>2026-03-28T10:00:00+01:00</date><duration>00:30</duration><title>T</title><type>toString</type></event>',
      '      <event id="2"><title>No time</title></event>',
      "    </room>",
      "  </day>",
      "</schedule>",
    ].join("\n");
    const result = importFrabXml(xml);
    if (!result.ok) throw new Error(result.errors[0]!.message);
    expect(result.program.rooms).toEqual([{ id: "room-constructor", name: "constructor" }]);
    expect(result.program.items[0]!.kind).toBe("other");
    expect(result.warnings.find((warning) => warning.message.includes("has no date"))).toMatchObject({
      path: "schedule.day[0].room[0].event[1]",
      line: 6,
      column: 7,
    });
  });
});
