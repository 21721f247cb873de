import { describe, expect, it } from "vitest";
import { readCosplibFixture } from "../../../test/cosplib-workbook.js";
import { parseProgram } from "../../parse/parse-program.js";
import { cosplibToProgram, zoneOfOffset } from "./cosplib-to-program.js";

async function converted(name: string) {
  const instance = await readCosplibFixture(name);
  const result = parseProgram(cosplibToProgram(instance, name));
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return { instance, program: result.program };
}

describe("cosplibToProgram on the real instances", () => {
  it("keeps N2OR's ids and divides each session's time equally into its slots", async () => {
    const { instance, program } = await converted("N2OR");
    expect(program.items.map((item) => item.id)).toEqual(instance.submissions.map((s) => s.id));
    expect(program.rooms?.map((room) => [room.id, room.name])).toContainEqual(["Steelhouse-LT", "Steelhouse LT"]);
    expect(program.rooms?.map((room) => room.name)).toEqual(instance.rooms);
    expect(program.items.find((item) => item.id === "NEW19A3729")).toMatchObject({
      track: "Analytics",
      speakers: ["P0"],
    });
    // Wed2 runs 14:00-15:30 with 2 slots; Thu2 14:00-15:30 with 3 (read by hand in the workbook).
    const slotsOf = (session: string) =>
      program.scheduling?.slots?.filter((slot) => slot.session === session).map((s) => [s.start, s.minutes]);
    expect(slotsOf("Wed2")).toEqual([
      ["2021-07-28T14:00", 45],
      ["2021-07-28T14:45", 45],
    ]);
    expect(slotsOf("Thu2")).toEqual([
      ["2021-07-29T14:00", 30],
      ["2021-07-29T14:30", 30],
      ["2021-07-29T15:00", 30],
    ]);
  });

  it("turns GECCO20's weights into the rules with the same weights, and its matrices into costs", async () => {
    const { program } = await converted("GECCO20");
    const scheduling = program.scheduling!;
    expect(scheduling.layout).toBe("track-sessions");
    expect(scheduling.rules).toMatchObject({
      trackSession: { weight: 100 },
      sessionRoom: { weight: 10 },
      presenterSession: { weight: 100000 },
      chairSession: { weight: 100000 },
      trackGaps: { weight: 10 },
      presenterHours: { weight: 0 },
    });
    expect(scheduling.costs).toContainEqual({ item: "pap208s3", session: "Fri1", penalty: 10 });
    expect(scheduling.slotCounts).toContainEqual({ item: "humies", slots: 4 });
    expect(scheduling.trackChairs).toContainEqual({ track: "SBSE", people: ["person46"] });
    expect(scheduling.similar?.map((pair) => pair.penalty)).toEqual(expect.arrayContaining([20, 100, 10000]));
  });

  it("lists a presenter written twice on one submission once, so the program stays valid", async () => {
    const instance = await readCosplibFixture("N2OR");
    const first = instance.submissions[0]!;
    const twice = {
      ...instance,
      submissions: [{ ...first, presenters: [first.presenters[0]!, first.presenters[0]!] }],
    };
    const result = parseProgram(cosplibToProgram(twice, "N2OR"));
    expect(result.ok && result.program.items[0]!.speakers).toEqual(["P0"]);
  });

  it("writes GECCO21's GMT+2 as the IANA zone Etc/GMT-2", async () => {
    const { program } = await converted("GECCO21");
    expect(program.event.timeZone).toBe("Etc/GMT-2");
    expect([zoneOfOffset(0), zoneOfOffset(-5), zoneOfOffset(12)]).toEqual(["UTC", "Etc/GMT+5", "Etc/GMT-12"]);
  });
});
