import { describe, expect, it } from "vitest";
import { findAccessibilityViolations } from "../testing/axe.js";
import { presentationProgram as program } from "../testing/presentation-program.js";
import type { ScheduleGridElement } from "./schedule-grid.element.js";
import { cell, renderGrid, root, useCleanPage } from "./schedule-grid.test-helpers.js";

useCleanPage();

/** The text of a cell's time line (where the grid says "Remote" or "Hybrid"), whitespace collapsed. */
const when = (grid: ScheduleGridElement, id: string) =>
  cell(grid, id).querySelector(".when")!.textContent!.replace(/\s+/g, " ").trim();

describe("<schedule-grid>: how items are presented", () => {
  it('says "Remote" and "Hybrid" in the grid cells\' time line, nothing for in person', async () => {
    const grid = await renderGrid({ program, view: "grid", day: "2026-05-04" });
    expect(when(grid, "talk-remote")).toContain("Remote");
    expect(when(grid, "talk-hybrid")).toContain("Hybrid");
    for (const id of ["talk-here", "talk-unsaid"]) {
      expect(when(grid, id)).not.toContain("Remote");
      expect(when(grid, id)).not.toContain("Hybrid");
      expect(when(grid, id)).not.toMatch(/in person/i);
    }
    expect(await findAccessibilityViolations(grid)).toEqual([]);
  });

  it("says it in the list view's cells too", async () => {
    const grid = await renderGrid({ program, view: "list", day: "2026-05-04" });
    expect(when(grid, "talk-remote")).toMatch(/ · Remote/);
    expect(when(grid, "talk-hybrid")).toMatch(/ · Hybrid/);
    expect(when(grid, "talk-unsaid")).not.toMatch(/Remote|Hybrid/);
    expect(await findAccessibilityViolations(grid)).toEqual([]);
  });

  it("says it after a poster's board in a concurrent session's cell", async () => {
    const grid = await renderGrid({ program, view: "grid", day: "2026-05-04" });
    const links = [...root(grid).querySelectorAll<HTMLElement>("#session-posters-1 .session-items a")];
    expect(links.map((link) => link.textContent!.trim())).toEqual([
      "A poster from afar · Board 7 · Remote",
      "A poster in the hall · Board 8",
    ]);
  });
});
