import { describe, expect, it } from "vitest";
import { deltaProgram, programData, programFrom } from "../testing/fixtures.js";
import { describeChangeMark } from "./change-mark-texts.js";
import { markChangesBetween } from "./change-marks.js";
import { defaultUiStrings } from "./ui-strings.js";

// The newer version is the real DeLTa 2026 program (America/Sao_Paulo) with one talk
// cancelled; the older one had "talk-chen" at 14:00-14:30, "talk-vidal" under another title,
// and no "oral-query-lower-bounds" yet.
function versions() {
  const after = programData(deltaProgram);
  after.items.find((item: { id: string }) => item.id === "talk-doucet").status = "cancelled";
  const before = programData(deltaProgram);
  const chen = before.items.find((item: { id: string }) => item.id === "talk-chen");
  Object.assign(chen, { start: "2026-04-27T14:00", end: "2026-04-27T14:30" });
  before.items.find((item: { id: string }) => item.id === "talk-vidal").title = "Geometry and Optimization";
  before.items = before.items.filter((item: { id: string }) => item.id !== "oral-query-lower-bounds");
  // talk-nitanda's speaker was someone else before (talk-chen's, for want of another person).
  const chenSpeakers = before.items.find((item: { id: string }) => item.id === "talk-chen").speakers;
  before.items.find((item: { id: string }) => item.id === "talk-nitanda").speakers = chenSpeakers;
  return { before: programFrom(before), after: programFrom(after) };
}

const options = { zone: "America/Sao_Paulo", locale: "en-GB" };

describe("markChangesBetween", () => {
  const { before, after } = versions();
  const marks = markChangesBetween(before, after);

  it.each([
    ["talk-chen", ["moved"]],
    ["talk-doucet", ["cancelled"]],
    ["oral-query-lower-bounds", ["new"]],
    ["talk-vidal", ["retitled"]],
    ["talk-nitanda", ["people"]],
  ])("marks %s as %j", (id, badges) => {
    expect(marks.get(id)?.badges).toEqual(badges);
  });

  it("marks nothing else", () => {
    expect([...marks.keys()].sort()).toEqual(
      ["oral-query-lower-bounds", "talk-chen", "talk-doucet", "talk-nitanda", "talk-vidal"].sort(),
    );
  });

  it("keeps the old time of a moved talk, as instants and in the event zone", () => {
    const mark = marks.get("talk-chen")!;
    expect(mark.timeChanged).toBe(true);
    expect(mark.before?.start).toBe("2026-04-27T14:00:00-03:00");
    expect(mark.before && mark.before.endMs - mark.before.startMs).toBe(30 * 60_000);
  });

  it("marks nothing between a version and itself", () => {
    expect(markChangesBetween(after, after).size).toBe(0);
  });
});

describe("describeChangeMark", () => {
  const { before, after } = versions();
  const marks = markChangesBetween(before, after);
  const nowStartMs = Date.parse("2026-04-27T09:40:00-03:00");

  it("says a moved talk's old range in the event zone, without the day when it is the same", () => {
    expect(describeChangeMark(marks.get("talk-chen")!, { ...options, nowStartMs }, defaultUiStrings)).toEqual({
      labels: ["Moved"],
      was: "was 14:00–14:30",
    });
  });

  it("names the old day when the talk moved to another day", () => {
    const nextDay = nowStartMs + 24 * 3600_000;
    const text = describeChangeMark(marks.get("talk-chen")!, { ...options, nowStartMs: nextDay }, defaultUiStrings);
    expect(text.was).toBe("was Mon 27 Apr 14:00–14:30");
  });

  it("says a new talk is new and nothing more", () => {
    expect(describeChangeMark(marks.get("oral-query-lower-bounds")!, options, defaultUiStrings)).toEqual({
      labels: ["New"],
    });
  });

  it("quotes the old title of a retitled talk", () => {
    expect(describeChangeMark(marks.get("talk-vidal")!, options, defaultUiStrings).was).toBe(
      "was “Geometry and Optimization”",
    );
  });

  it("labels a change of speakers in words", () => {
    expect(describeChangeMark(marks.get("talk-nitanda")!, options, defaultUiStrings)).toEqual({
      labels: ["Speakers changed"],
    });
  });

  it("names the old room and the time it had none", () => {
    const mark = { badges: ["moved" as const], timeChanged: true, beforeRoom: "Hall A" };
    expect(describeChangeMark(mark, options, { ...defaultUiStrings, changeWas: (x) => `antes: ${x}` })).toEqual({
      labels: ["Moved"],
      was: "antes: Time not announced, Hall A",
    });
  });
});
