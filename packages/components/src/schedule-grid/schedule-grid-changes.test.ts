import { describe, expect, it } from "vitest";
import { deltaVersions } from "../testing/delta-versions.js";
import { findAccessibilityViolations } from "../testing/axe.js";
import { cell, cellText, renderGrid, root, useCleanPage } from "./schedule-grid.test-helpers.js";

useCleanPage();

const versions = deltaVersions;

const badges = (grid: HTMLElement & { shadowRoot: ShadowRoot | null }, id: string) =>
  [...cell(grid as never, id).querySelectorAll(".change .badge")].map((badge) => badge.textContent);

describe("<schedule-grid>: changes against a previous version", () => {
  it("shows a moved talk as Moved, with its old time beside the new one, in the event zone", async () => {
    const { before, after } = versions();
    const grid = await renderGrid({ program: after, previousProgram: before });
    await expect.poll(() => badges(grid, "talk-chen")).toEqual(["Moved"]);
    expect(cellText(grid, "talk-chen")).toMatch(/^Moved was 14:00–14:30 09:40–10:10/);
  });

  it("in the viewer's zone, still says the old time in the event's zone, and names that zone", async () => {
    const { before, after } = versions();
    const grid = await renderGrid({
      program: after,
      previousProgram: before,
      timeZoneMode: "viewer",
      viewerZone: "Europe/Berlin",
    });
    await expect.poll(() => badges(grid, "talk-chen")).toEqual(["Moved"]);
    // New: 09:40 in São Paulo is 14:40 in Berlin. Old: 14:00–14:30 in São Paulo (not 19:00 in Berlin).
    expect(cellText(grid, "talk-chen")).toMatch(/^Moved was 14:00–14:30 GMT-3 14:40/);
  });

  it("shows the same badges in the talk dialog's card", async () => {
    const { before, after } = versions();
    const grid = await renderGrid({ program: after, previousProgram: before });
    await expect.poll(() => badges(grid, "talk-chen")).toEqual(["Moved"]);
    cell(grid, "talk-chen").querySelector<HTMLElement>(".open")!.click();
    const card = () => root(grid).querySelector("dialog talk-card")?.shadowRoot?.querySelector('[part="change"]');
    await expect.poll(() => card()?.textContent?.replace(/\s+/g, " ").trim()).toBe("Moved was 14:00–14:30");
    root(grid).querySelector("dialog")!.close();
  });

  it("marks a cancelled talk, which stays listed", async () => {
    const { before, after } = versions();
    const grid = await renderGrid({ program: after, previousProgram: before });
    await expect.poll(() => badges(grid, "talk-doucet")).toEqual(["Cancelled"]);
    expect(cell(grid, "talk-doucet").classList).toContain("cancelled");
  });

  it("marks a new talk as New, and leaves unchanged ones unmarked", async () => {
    const { before, after } = versions();
    const grid = await renderGrid({ program: after, previousProgram: before });
    await expect.poll(() => badges(grid, "oral-query-lower-bounds")).toEqual(["New"]);
    expect(badges(grid, "talk-vidal")).toEqual([]);
    expect(root(grid).querySelectorAll(".change")).toHaveLength(3);
  });

  it("reads previous-src like src", async () => {
    const { before, after } = versions();
    const url = URL.createObjectURL(new Blob([JSON.stringify(before)], { type: "application/json" }));
    const grid = await renderGrid({ program: after, previousSrc: url });
    await expect.poll(() => badges(grid, "talk-chen")).toEqual(["Moved"]);
  });

  it("says above the program that a previous-src it cannot read was not compared, naming it", async () => {
    const url = URL.createObjectURL(new Blob(['{"event": {'], { type: "application/json" }));
    const grid = await renderGrid({ program: versions().after, previousSrc: url });
    await expect
      .poll(() => root(grid).querySelector('[part="problems"]')?.textContent ?? "")
      .toContain(`The previous version from ${url} could not be read (1 problem)`);
    // The current program is still shown whole.
    expect(cellText(grid, "talk-chen")).toMatch(/09:40–10:10/);
    expect(root(grid).querySelectorAll(".change")).toHaveLength(0);
  });

  it("shows no badges without a previous version", async () => {
    const grid = await renderGrid({ program: versions().after });
    expect(root(grid).querySelectorAll(".change")).toHaveLength(0);
  });

  it("has no accessibility violations, left to right and right to left", async () => {
    const { before, after } = versions();
    const grid = await renderGrid({ program: after, previousProgram: before });
    await expect.poll(() => badges(grid, "talk-chen")).toEqual(["Moved"]);
    expect(await findAccessibilityViolations(grid)).toEqual([]);
    document.documentElement.dir = "rtl";
    try {
      const badge = cell(grid, "talk-chen").querySelector(".change")!.getBoundingClientRect();
      const open = cell(grid, "talk-chen").querySelector(".open")!.getBoundingClientRect();
      expect(badge.width).toBeGreaterThan(0);
      expect(open.right - badge.right).toBeLessThan(16);
      expect(await findAccessibilityViolations(grid)).toEqual([]);
    } finally {
      document.documentElement.dir = "";
    }
  });
});
