import { describe, expect, it } from "vitest";
import { conferenceProgram } from "../testing/conference-fixture.js";
import { deltaProgram } from "../testing/fixtures.js";
import { renderGrid, settle, root, cell, useCleanPage } from "./schedule-grid.test-helpers.js";
import type { ScheduleGridElement } from "./schedule-grid.element.js";

useCleanPage();

describe("<schedule-grid>: keyboard, dialog and deep links", () => {
  const key = (target: Element, name: string) =>
    target.dispatchEvent(new KeyboardEvent("keydown", { key: name, bubbles: true, composed: true }));
  const focusedItem = (grid: ScheduleGridElement) =>
    (root(grid).activeElement?.closest(".cell") as HTMLElement | null)?.dataset.itemId;

  it("moves focus with the arrow keys, Home and End, with one tab stop in the grid", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    expect(root(grid).querySelectorAll('.grid .open[tabindex="0"]')).toHaveLength(1);
    cell(grid, "a1").querySelector<HTMLButtonElement>(".open")!.focus();
    key(root(grid).activeElement!, "ArrowRight");
    await settle(grid);
    expect(focusedItem(grid)).toBe("b1");
    key(root(grid).activeElement!, "ArrowRight");
    await settle(grid);
    expect(focusedItem(grid)).toBe("b2");
    key(root(grid).activeElement!, "ArrowLeft");
    key(root(grid).activeElement!, "ArrowLeft");
    await settle(grid);
    key(root(grid).activeElement!, "ArrowDown");
    await settle(grid);
    expect(focusedItem(grid)).toBe("a2");
    key(root(grid).activeElement!, "End");
    await settle(grid);
    expect(focusedItem(grid)).toBe("a4");
    key(root(grid).activeElement!, "Home");
    await settle(grid);
    expect(focusedItem(grid)).toBe("a1");
  });

  it("keeps each day's own tab stop under All days", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z", day: "all" });
    cell(grid, "a1").querySelector<HTMLButtonElement>(".open")!.focus();
    key(root(grid).activeElement!, "ArrowDown");
    await settle(grid);
    expect(focusedItem(grid)).toBe("a2");
    cell(grid, "d2a").querySelector<HTMLButtonElement>(".open")!.focus();
    key(root(grid).activeElement!, "ArrowRight");
    await settle(grid);
    expect(focusedItem(grid)).toBe("d2b");
    const tabStops = [...root(grid).querySelectorAll<HTMLElement>('.grid .open[tabindex="0"]')].map(
      (open) => open.parentElement!.dataset.itemId,
    );
    expect(tabStops).toEqual(["a2", "d2b"]);
  });

  it("opens an item as a <talk-card> in a modal dialog with a #talk-<id> deep link", async () => {
    const grid = await renderGrid({ program: deltaProgram });
    cell(grid, "talk-doucet").querySelector<HTMLButtonElement>(".open")!.click();
    await settle(grid);
    const dialog = root(grid).querySelector("dialog")!;
    expect(dialog.open).toBe(true);
    expect(dialog.querySelector("talk-card")!.itemId).toBe("talk-doucet");
    expect(location.hash).toBe("#talk-talk-doucet");
    dialog.close();
    await settle(grid);
    expect(location.hash).toBe("#2026-04-27");
  });

  it("has a favourite toggle in the dialog that the cell's star follows", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    cell(grid, "a1").querySelector<HTMLElement>(".open")!.click();
    await settle(grid);
    const toggle = root(grid).querySelector<HTMLButtonElement>("dialog .favourite")!;
    expect(toggle.textContent!.trim()).toBe("My favourite");
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    toggle.click();
    await settle(grid);
    expect(toggle.getAttribute("aria-pressed")).toBe("true");
    expect(cell(grid, "a1").querySelector(".fav")!.getAttribute("aria-pressed")).toBe("true");
    expect(JSON.parse(localStorage.getItem("lectern:favourites:TC 2026:2026-03-28")!)).toEqual(["a1"]);
    toggle.click();
    await settle(grid);
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    expect(cell(grid, "a1").querySelector(".fav")!.getAttribute("aria-pressed")).toBe("false");
  });

  it("opens the talk named in the address when the page loads", async () => {
    history.replaceState(null, "", "#talk-d2b");
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    await settle(grid);
    const dialog = root(grid).querySelector("dialog")!;
    expect(dialog.open).toBe(true);
    expect(dialog.querySelector("talk-card")!.itemId).toBe("d2b");
    expect(root(grid).querySelector("[role=tab][aria-selected=true]")!.id).toBe("tab-2026-03-29");
  });
});
