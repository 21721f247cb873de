import { describe, expect, it } from "vitest";
import { conferenceProgram } from "../testing/conference-fixture.js";
import { useStrictStylePolicy } from "../testing/strict-style-policy.js";
import { renderGrid, root, settle, useCleanPage } from "./schedule-grid.test-helpers.js";

useCleanPage();

const { violations, reportsArrive } = useStrictStylePolicy();

describe("<schedule-grid> under style-src 'self'", () => {
  it("is under a policy Chromium enforces: a deliberate inline style attribute is refused", async () => {
    const probe = document.createElement("div");
    probe.innerHTML = '<p style="color: rgb(1, 2, 3)">x</p>';
    document.body.append(probe);
    await reportsArrive();
    expect(getComputedStyle(probe.firstElementChild!).color).not.toBe("rgb(1, 2, 3)");
    expect(violations.some((event) => event.violatedDirective.startsWith("style-src"))).toBe(true);
  });

  it("places its cells in distinct columns and rows, with no violation of its own", async () => {
    violations.length = 0;
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z", view: "grid" });
    grid.day = "all";
    await settle(grid);
    grid.day = "2026-03-27";
    await settle(grid);
    await reportsArrive();
    const cells = [...root(grid).querySelectorAll<HTMLElement>(".grid .cell")];
    expect(cells.length).toBeGreaterThan(2);
    const lefts = new Set(cells.map((cell) => Math.round(cell.getBoundingClientRect().left)));
    const tops = new Set(cells.map((cell) => Math.round(cell.getBoundingClientRect().top)));
    expect(lefts.size).toBeGreaterThan(1);
    expect(tops.size).toBeGreaterThan(1);
    expect(violations.map((event) => `${event.violatedDirective} ${event.sample}`)).toEqual([]);
  });
});
