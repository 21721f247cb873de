import { describe, expect, it } from "vitest";
import { validProgram } from "../../test/valid-program.js";
import { toC3voc } from "./to-c3voc.js";

// c3voc and frab put every event in a room: a timed item without one is written in the venue's
// name (or "Main room"), and the warning says so, so that no room is invented without a word.
describe("toC3voc: timed items without a room", () => {
  const talk = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    kind: "contributed-talk" as const,
    title: id,
    start: "2026-06-01T10:00",
    duration: 30,
    ...extra,
  });
  const roomsOf = (document: ReturnType<typeof toC3voc>["document"]) =>
    (
      (document.schedule as { conference: { days: unknown } }).conference.days as { rooms: Record<string, unknown[]> }[]
    ).flatMap((day) => Object.keys(day.rooms));

  it("writes them in the venue's name, with one warning naming the first few", () => {
    const program = validProgram({
      event: { venue: { name: "Aula Magna" } },
      rooms: [{ id: "r1", name: "Room 1" }],
      items: [talk("a"), talk("b"), talk("c"), talk("d"), talk("e", { room: "r1" })],
    });
    const { document, warnings } = toC3voc(program);
    expect(roomsOf(document).sort()).toEqual(["Aula Magna", "Room 1"]);
    expect(warnings.filter((warning) => warning.message.includes("no room")).map((w) => w.message)).toEqual([
      '4 timed item(s) have no room ("a", "b", "c" and 1 more); c3voc and frab need one, so they are written in "Aula Magna"',
    ]);
  });

  it('writes them in "Main room" when the event names no venue, and says nothing when every item has a room', () => {
    const { document, warnings } = toC3voc(validProgram({ items: [talk("a")] }));
    expect(roomsOf(document)).toEqual(["Main room"]);
    expect(warnings.map((warning) => warning.message)).toContainEqual(
      '1 timed item(s) have no room ("a"); c3voc and frab need one, so they are written in "Main room"',
    );
    const placed = toC3voc(validProgram({ rooms: [{ id: "r1", name: "Room 1" }], items: [talk("a", { room: "r1" })] }));
    expect(placed.warnings.filter((warning) => warning.message.includes("no room"))).toEqual([]);
  });
});
