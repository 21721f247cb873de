import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import { importIndicoJson } from "./indico-json.js";

// Shaped like Indico's TimetableSerializer output (see test/fixtures/indico/README.md):
// `entryType` on everything, legacy `_type` class names on contributions and breaks only.
const fixture = readFileSync(new URL("../../test/fixtures/indico/serializer-shape.json", import.meta.url), "utf8");

describe("importIndicoJson with the entry types Indico writes", () => {
  const result = importIndicoJson(fixture, { title: "Physics week" });
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  const { program } = result;
  const item = (id: string) => program.items.find((entry) => entry.id === id);
  const personNamed = (name: string) => program.people?.find((person) => person.name === name)?.id;

  it("makes BreakTimeSchEntry entries breaks, inside a block and at the top level", () => {
    expect(item("b202")?.kind).toBe("coffee-break");
    expect(item("b103")?.kind).toBe("coffee-break");
    expect(item("c201")?.kind).toBe("contributed-talk");
  });

  it("makes every contribution of a poster block a poster, with its board", () => {
    expect(["c203", "c204", "c205"].map((id) => [item(id)?.kind, item(id)?.board])).toEqual([
      ["poster", "P-17"],
      ["poster", "P-18"],
      ["poster", "P-19"],
    ]);
  });

  it("makes a poster block a concurrent session and a talk block a sequence", () => {
    expect(program.sessions?.map((session) => [session.id, session.mode])).toEqual([
      ["s101", undefined],
      ["s102", "concurrent"],
    ]);
    expect(program.sessions?.[1]).toMatchObject({
      start: "2026-09-15T09:00:00+02:00",
      end: "2026-09-15T10:30:00+02:00",
    });
  });

  it("runs every poster for the whole block: no time of its own, the block's once resolved", () => {
    expect(["c203", "c204", "c205"].map((id) => [item(id)?.start, item(id)?.end])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
    ]);
    const resolved = resolveSchedule(program).items.filter((entry) => entry.sessionId === "s102");
    expect(resolved.map((entry) => [entry.id, entry.start, entry.end])).toEqual([
      ["c203", "2026-09-15T09:00:00+02:00", "2026-09-15T10:30:00+02:00"],
      ["c204", "2026-09-15T09:00:00+02:00", "2026-09-15T10:30:00+02:00"],
      ["c205", "2026-09-15T09:00:00+02:00", "2026-09-15T10:30:00+02:00"],
    ]);
  });

  it("finds no conflict in the converted program (lectern check): the posters share their hall", () => {
    expect(resolveSchedule(program).conflicts).toEqual([]);
  });

  it("names a block by its session and its slotTitle, and keeps conveners as chairs", () => {
    expect(program.sessions?.map((session) => [session.title, session.items])).toEqual([
      ["Higgs physics: Morning", ["c201", "b202"]],
      ["Posters", ["c203", "c204", "c205"]],
    ]);
    expect(program.sessions?.[0]?.chairs).toEqual([personNamed("Grace Hopper")]);
  });

  it("keeps authors who do not present as authors, marking the presenting one", () => {
    expect(item("c203")?.speakers).toEqual([personNamed("Kim Lee")]);
    expect(item("c203")?.authors).toEqual([
      { person: personNamed("Kim Lee"), presenting: true },
      { person: personNamed("Ola Berg") },
    ]);
  });
});
