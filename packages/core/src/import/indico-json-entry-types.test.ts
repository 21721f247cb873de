import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
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
    expect(item("c203")).toMatchObject({ kind: "poster", board: "P-17" });
  });

  it("names a block by its session and its slotTitle, and keeps conveners as chairs", () => {
    expect(program.sessions?.map((session) => [session.title, session.items])).toEqual([
      ["Higgs physics: Morning", ["c201", "b202"]],
      ["Posters", ["c203"]],
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
