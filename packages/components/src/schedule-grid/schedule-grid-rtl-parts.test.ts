import { describe, expect, it } from "vitest";
import { conferenceProgram } from "../testing/conference-fixture.js";
import { deltaProgram } from "../testing/fixtures.js";
import { cell, renderGrid, root, settle, useCleanPage } from "./schedule-grid.test-helpers.js";
import type { ScheduleGridElement } from "./schedule-grid.element.js";

useCleanPage();

const key = (target: Element, name: string) =>
  target.dispatchEvent(new KeyboardEvent("keydown", { key: name, bubbles: true, composed: true }));
const focusedItem = (grid: ScheduleGridElement) =>
  (root(grid).activeElement?.closest(".cell") as HTMLElement | null)?.dataset.itemId;

describe("<schedule-grid> right to left, and the dialog card's parts", () => {
  it("on a right-to-left element moves focus with ArrowLeft to the next room and ArrowRight back", async () => {
    const page = document.createElement("div");
    page.dir = "rtl";
    document.body.append(page);
    const element = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    page.append(element);
    await settle(element);
    cell(element, "a1").querySelector<HTMLElement>(".open")!.focus();
    key(root(element).activeElement!, "ArrowLeft");
    await settle(element);
    expect(focusedItem(element)).toBe("b1");
    key(root(element).activeElement!, "ArrowRight");
    await settle(element);
    expect(focusedItem(element)).toBe("a1");
  });

  it("exports the dialog's <talk-card> parts, so a page's ::part() rule styles its title", async () => {
    const sheet = document.createElement("style");
    sheet.textContent = "schedule-grid::part(talk-title) { color: rgb(1, 2, 3); }";
    document.head.append(sheet);
    try {
      const grid = await renderGrid({ program: deltaProgram });
      cell(grid, "talk-doucet").querySelector<HTMLElement>(".open")!.click();
      await settle(grid);
      const card = root(grid).querySelector("dialog talk-card")!;
      await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const title = card.shadowRoot!.querySelector('[part~="title"]')!;
      expect(getComputedStyle(title).color).toBe("rgb(1, 2, 3)");
    } finally {
      sheet.remove();
    }
  });
});
