import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sharedFile } from "../../test/shared-files.js";
import { importC3vocJson } from "./c3voc-json.js";
import { readC3vocRooms } from "./c3voc-rooms.js";

const democon = JSON.parse(readFileSync(sharedFile("interop/c3voc/pretalx-democon.json"), "utf8"));

/** democon with its first room replaced, to try what real files write in a room. */
const withFirstRoom = (room: Record<string, unknown>) => {
  const copy = structuredClone(democon);
  copy.schedule.conference.rooms[0] = { ...copy.schedule.conference.rooms[0], ...room };
  return copy;
};

describe("c3voc rooms", () => {
  it("keeps the guid of every room of the real democon export, and no capacity where it is null", () => {
    const result = importC3vocJson(democon);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const gray = result.program.rooms!.find((room) => room.name === "Gray Room")!;
    // Checked by hand in the file: guid b379c473-..., description null, capacity null.
    expect(gray.extra).toEqual({ c3voc: { guid: "b379c473-93b9-4eae-9a09-d482e86cede3" } });
    expect(gray).not.toHaveProperty("capacity");
    expect(gray).not.toHaveProperty("description");
    expect(result.warnings.filter((warning) => warning.path.startsWith("schedule.conference.rooms"))).toEqual([]);
  });

  it("keeps a capacity and a description in every language it is given in", () => {
    const result = importC3vocJson(
      withFirstRoom({ capacity: 120, description: { en: "By the lake", de: "Am See" }, slug: "gray" }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const gray = result.program.rooms!.find((room) => room.name === "Gray Room")!;
    expect(gray).toMatchObject({
      capacity: 120,
      description: "By the lake",
      translations: [{ language: "de", description: "Am See" }],
      extra: { c3voc: { guid: "b379c473-93b9-4eae-9a09-d482e86cede3", slug: "gray" } },
    });
  });

  it.each([12.5, -3, 0, "many"])("leaves out a capacity of %j with a warning naming the room", (capacity) => {
    const result = importC3vocJson(withFirstRoom({ capacity }));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.program.rooms!.find((room) => room.name === "Gray Room")).not.toHaveProperty("capacity");
    const warning = result.warnings.find((problem) => problem.path === "schedule.conference.rooms[0].capacity");
    expect(warning?.message).toContain('"Gray Room"');
  });

  it("warns of a description under a key that is no language tag, and keeps the rest", () => {
    const rooms = readC3vocRooms([{ name: "Hall", description: { en: "Big", "not a tag": "Gross" } }]);
    expect(rooms.details.get("Hall")).toEqual({ description: "Big" });
    expect(rooms.problems).toEqual([
      {
        path: ["schedule", "conference", "rooms", 0, "description", "not a tag"],
        message: expect.stringContaining('"Hall"'),
      },
    ]);
  });

  it("reads nothing but named rooms, each once, in the file's order", () => {
    const rooms = readC3vocRooms([{ name: "B" }, null, { name: " " }, { name: "A", capacity: 5 }, { name: "B" }]);
    expect(rooms.names).toEqual(["B", "A"]);
    expect(rooms.details.get("A")).toEqual({ capacity: 5 });
    expect(readC3vocRooms("rooms").names).toEqual([]);
  });
});
