import { describe, expect, it } from "vitest";
import { conferenceProgram } from "../testing/conference-fixture.js";
import { cellText, renderGrid, root, settle, useCleanPage } from "./schedule-grid.test-helpers.js";
import type { ScheduleGridElement } from "./schedule-grid.element.js";

useCleanPage();

const openFilters = async (grid: ScheduleGridElement) => {
  root(grid).querySelector("details")!.open = true;
  await settle(grid);
};
const legends = (grid: ScheduleGridElement) =>
  [...root(grid).querySelectorAll(".filter-groups legend")].map((legend) => legend.textContent);
const zoneChoices = (grid: ScheduleGridElement) =>
  [...root(grid).querySelectorAll(".toolbar label:has(input[type=radio])")].map((label) => label.textContent!.trim());

describe("<schedule-grid>: strings, one name per meaning", () => {
  it("takes kinds as the names of kinds, and kindsFilterLabel as the filter's legend", async () => {
    const grid = await renderGrid({
      program: conferenceProgram(),
      now: "2026-03-27T12:00Z",
      strings: { kinds: { lunch: "Mittagessen" }, kindsFilterLabel: "Arten" },
    });
    await openFilters(grid);
    expect(legends(grid)[0]).toBe("Arten");
    expect(root(grid).querySelector(".filter-groups")!.textContent).toContain("Mittagessen");
    // The lunch has a title; a kind's name shows on an untitled item's cell and in its time line.
    expect(cellText(grid, "lunch")).toContain("Lunch");
  });

  it("still reads the deprecated kinds (a text, as a JavaScript page may still pass it), tracks, rooms and yourTime", async () => {
    const grid = await renderGrid({
      program: conferenceProgram(),
      now: "2026-03-27T12:00Z",
      strings: { kinds: "Arten" as never, tracks: "Spuren", rooms: "Räume", yourTime: "Ihre Zeit" },
    });
    await openFilters(grid);
    expect(legends(grid)).toEqual(["Arten", "Spuren", "Räume"]);
    expect(zoneChoices(grid)[1]).toMatch(/^Ihre Zeit \(/);
    // The old text never becomes a record of kind names: the kinds keep their names.
    expect(root(grid).querySelector(".filter-groups")!.textContent).toContain("Lunch");
  });

  it("labels the viewer's clock with viewerTimeOption", async () => {
    const grid = await renderGrid({
      program: conferenceProgram(),
      now: "2026-03-27T12:00Z",
      strings: { viewerTimeOption: "Deine Zeit" },
    });
    expect(zoneChoices(grid)[1]).toMatch(/^Deine Zeit \(/);
  });
});
