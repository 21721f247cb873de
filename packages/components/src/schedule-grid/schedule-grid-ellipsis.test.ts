import { describe, expect, it } from "vitest";
import { fosdemShapedData } from "../testing/fosdem-shaped-data.js";
import { cell, cellIds, renderGrid, root, settle, useCleanPage } from "./schedule-grid.test-helpers.js";

useCleanPage();

/** The FOSDEM-shaped program's titles by item id. */
function titlesById(data: Record<string, unknown>): Map<string, string> {
  const items = data["items"] as { id: string; title: string }[];
  return new Map(items.map((item) => [item.id, item.title]));
}

describe("<schedule-grid> titles that do not fit their cell", () => {
  it("end in a visible ellipsis on a FOSDEM day and stay whole in the link's name and tooltip", async () => {
    const data = fosdemShapedData();
    const grid = await renderGrid({ program: data, now: "2024-02-01T00:00Z", view: "grid" });
    const ids = cellIds(grid);
    expect(ids).toHaveLength(433);
    // Off-screen cells skip layout (content-visibility: auto): lay them all out to measure them.
    for (const drawn of root(grid).querySelectorAll<HTMLElement>(".cell")) drawn.style.contentVisibility = "visible";
    await settle(grid);
    const titles = titlesById(data);
    let clamped = 0;
    for (const id of ids) {
      const box = cell(grid, id!);
      const link = box.querySelector<HTMLAnchorElement>(".open")!;
      const title = box.querySelector<HTMLElement>(".title")!;
      const whole = titles.get(id!)!;
      expect(link.title, id).toBe(whole);
      expect(link.textContent!.replace(/\s+/g, " "), id).toContain(whole);
      // Whatever the title shows lies inside the cell: the cell's clip never cuts a line the
      // title's box holds whole, where no ellipsis would show ("Welcome to FOSDEM 2024" read
      // "Welcome to").
      expect(title.getBoundingClientRect().bottom, id).toBeLessThanOrEqual(box.getBoundingClientRect().bottom + 0.5);
      if (title.scrollHeight <= title.clientHeight + 1) continue;
      clamped += 1;
      // The title is cut by its own line clamp (which draws the ellipsis at the last line
      // shown), never by the cell's height below a line the clamp left whole.
      const lineClamp = getComputedStyle(title).webkitLineClamp;
      expect(lineClamp, id).not.toBe("none");
      const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
      expect(Math.round(title.clientHeight / lineHeight), id).toBe(Number(lineClamp));
    }
    // The fixture has titles too long for their cells: the loop above must have checked some.
    expect(clamped).toBeGreaterThan(5);
  });
});
