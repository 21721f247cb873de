import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli as run } from "../testing/run-cli.js";

// Exports of programs with untimed items: never an invalid file with exit 0, never a silent loss.

const folder = mkdtempSync(join(tmpdir(), "lectern-untimed-"));

function programFile(name: string, items: unknown[]): string {
  const file = join(folder, name);
  const event = {
    title: "Test Workshop",
    kind: "workshop",
    startDate: "2026-06-01",
    timeZone: "Europe/Berlin",
    schedule: { status: "tentative" },
  };
  writeFileSync(file, JSON.stringify({ event, items }));
  return file;
}

const untimed = programFile("untimed.json", [
  { id: "a", kind: "contributed-talk", title: "A", date: "2026-06-01" },
  { id: "b", kind: "contributed-talk", title: "B", date: "2026-06-02", tba: ["time"] },
]);
const mixed = programFile("mixed.json", [
  { id: "t", kind: "contributed-talk", title: "T", start: "2026-06-01T10:00", end: "2026-06-01T10:30" },
  { id: "a", kind: "contributed-talk", title: "A", date: "2026-06-01" },
]);

const undated = programFile("undated.json", [
  { id: "a", kind: "contributed-talk", title: "A" },
  { id: "b", kind: "poster", title: "B" },
]);
const mixedUndated = programFile("mixed-undated.json", [
  { id: "t", kind: "contributed-talk", title: "T", start: "2026-06-01T10:00", end: "2026-06-01T10:30" },
  { id: "b", kind: "poster", title: "B" },
]);

describe("lectern convert of untimed items", () => {
  it.each(["frab-xml", "c3voc"])("--to %s with no timed item: exit 1, no output, the items named", (to) => {
    const result = run("convert", untimed, "--to", to);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("no item has a time (items[0], items[1])");
  });

  it.each(["frab-xml", "c3voc"])("--to %s writes the timed items and names each one left out", (to) => {
    const result = run("convert", mixed, "--to", to);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("T");
    expect(result.stderr).toContain("items[1]");
    expect(result.stderr).toContain("has no time and is not written");
  });

  it("ics writes dated items all-day and warns about a time to be announced", () => {
    const result = run("ics", untimed);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("DTSTART;VALUE=DATE:20260601");
    expect(result.stdout).toContain("DTSTART;VALUE=DATE:20260602");
    expect(result.stderr).toContain("items[1]");
    expect(result.stderr).toContain("time to be announced");
  });

  it("ics with no item that has a time or a date: exit 1, no calendar, the items and the RFC named", () => {
    const result = run("ics", undated);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(
      "no item has a time or a date (items[0], items[1]); an iCalendar file needs at least one event (RFC 5545, section 3.6)",
    );
  });

  it("ics --item of an item with no time and no date: exit 1, not an empty calendar", () => {
    const result = run("ics", mixedUndated, "--item", "b");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("no item has a time or a date (items[1])");
  });

  it("--to jsonld with no item that has a time or a date: exit 1, no output, the items named", () => {
    const result = run("convert", undated, "--to", "jsonld");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("no item has a time or a date (items[0], items[1])");
  });

  it("--to jsonld writes dated items on their dates and names each item left out", () => {
    const dated = run("convert", untimed, "--to", "jsonld");
    expect(dated.code).toBe(0);
    const subEvents = JSON.parse(dated.stdout).subEvent as { name: string; startDate: string }[];
    expect(subEvents.map((event) => [event.name, event.startDate])).toEqual([
      ["A", "2026-06-01"],
      ["B", "2026-06-02"],
    ]);
    const partly = run("convert", mixedUndated, "--to", "jsonld");
    expect(partly.code).toBe(0);
    expect(JSON.parse(partly.stdout).subEvent).toHaveLength(1);
    expect(partly.stderr).toContain("items[1]: has no time and no date; it is not in the JSON-LD");
  });
});
