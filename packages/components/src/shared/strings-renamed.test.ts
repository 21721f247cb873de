import { describe, expect, it } from "vitest";
import { mergeEventSummaryStrings } from "../event-summary/event-summary.strings.js";
import { mergePaperListStrings } from "../paper-list/paper-list.strings.js";
import { mergeScheduleGridStrings } from "../schedule-grid/schedule-grid.strings.js";
import { mergeSpeakerListStrings } from "../speaker-list/speaker-list.strings.js";
import { mergeTalkListStrings } from "../talk-list/talk-list.strings.js";
import { mergeUiStrings } from "./ui-strings.js";

// One name per meaning across the elements; the old keys are deprecated and still read for
// one minor version, and merged strings mirror the new value under the old name.
describe("strings renamed to one name per meaning", () => {
  it.each([
    ["shared", (links_: string) => mergeUiStrings({ links_ })],
    ["talk-list", (links_: string) => mergeTalkListStrings({ links_ })],
    ["paper-list", (links_: string) => mergePaperListStrings({ links_ })],
    ["event-summary", (links_: string) => mergeEventSummaryStrings({ links_ })],
  ])("%s: reads the deprecated links_ as linksLabel", (_name, merge) => {
    const merged = merge("Verweise");
    expect(merged.linksLabel).toBe("Verweise");
    expect(merged.links_).toBe("Verweise");
  });

  it("prefers linksLabel to the deprecated links_", () => {
    expect(mergeUiStrings({ linksLabel: "Liens", links_: "Verweise" }).linksLabel).toBe("Liens");
  });

  it("speaker-list: reads the deprecated links (a text) as linksLabel, and never spreads it into a record", () => {
    expect(mergeSpeakerListStrings({ links: "Verweise" }).linksLabel).toBe("Verweise");
    expect(mergeSpeakerListStrings({ linksLabel: "Liens" }).links).toBe("Liens");
  });

  it("event-summary: names the kinds of event eventKinds, and reads the deprecated kinds", () => {
    expect(mergeEventSummaryStrings({ eventKinds: { workshop: "Atelier" } } as never).eventKinds.workshop).toBe(
      "Atelier",
    );
    const old = mergeEventSummaryStrings({ kinds: { workshop: "Werkstatt" } } as never);
    expect(old.eventKinds.workshop).toBe("Werkstatt");
    expect(old.eventKinds.conference).toBe("Conference");
  });

  it("schedule-grid: the filter's legend is kindsFilterLabel, so kinds is the record of kind names", () => {
    expect(mergeScheduleGridStrings({ kindsFilterLabel: "Arten" }).kindsFilterLabel).toBe("Arten");
    expect(mergeUiStrings({ kinds: { lunch: "Mittagessen" } }).kinds.lunch).toBe("Mittagessen");
  });

  it("schedule-grid: reads the deprecated kinds (a text), yourTime, tracks and rooms under their new names", () => {
    const merged = mergeScheduleGridStrings({
      kinds: "Arten",
      yourTime: "Ihre Zeit",
      tracks: "Spuren",
      rooms: "Räume",
    });
    expect([
      merged.kindsFilterLabel,
      merged.viewerTimeOption,
      merged.tracksFilterLabel,
      merged.roomsFilterLabel,
    ]).toEqual(["Arten", "Ihre Zeit", "Spuren", "Räume"]);
    // A text given as the old kinds is no record of kind names.
    expect(mergeUiStrings({ kinds: "Arten" } as never).kinds.lunch).toBe("Lunch");
    expect(mergeScheduleGridStrings({ kinds: { lunch: "Mittagessen" } }).kindsFilterLabel).toBe("Kinds");
  });

  it("schedule-grid: prefers the new names to the deprecated ones", () => {
    expect(
      mergeScheduleGridStrings({
        kinds: "Arten",
        kindsFilterLabel: "Sorten",
        viewerTimeOption: "Deine Zeit",
        yourTime: "Ihre Zeit",
      }),
    ).toMatchObject({ kindsFilterLabel: "Sorten", viewerTimeOption: "Deine Zeit" });
  });
});
