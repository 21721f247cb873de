import { describe, expect, it } from "vitest";
import { conferenceProgram } from "../testing/conference-fixture.js";
import { renderGrid, settle, root, cellIds, cell, useCleanPage } from "./schedule-grid.test-helpers.js";
import type { ScheduleGridElement } from "./schedule-grid.element.js";

useCleanPage();

describe("<schedule-grid>: now", () => {
  it("draws the now-line in the row of the pinned time and highlights what is live", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-28T08:40Z" });
    // 08:40Z is 09:40 in Berlin: b1 (09:00-10:00), b2 and a3 (09:35-10:00) and c1 are live.
    const line = root(grid).querySelector<HTMLElement>(".now-line");
    expect(line).not.toBeNull();
    expect(
      [...root(grid).querySelectorAll<HTMLElement>(".cell.live")].map((live) => live.dataset.itemId).sort(),
    ).toEqual(["a3", "b1", "b2", "c1"]);
    // The line crosses every room, not just the time column.
    const lineBox = line!.getBoundingClientRect();
    const lastHeader = [...root(grid).querySelectorAll(".room-header")].at(-1)!.getBoundingClientRect();
    expect(lineBox.right).toBeGreaterThanOrEqual(lastHeader.right - 2);
    const a3 = cell(grid, "a3").getBoundingClientRect();
    expect(lineBox.top).toBeGreaterThanOrEqual(a3.top - 4);
  });

  it("opens on the day that has not ended yet", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-29T08:00Z" });
    expect(cellIds(grid)).toEqual(["d2a", "d2b", "d2c"]);
  });
});

describe("<schedule-grid>: filters, search and favourites", () => {
  const openFilters = async (grid: ScheduleGridElement) => {
    root(grid).querySelector("details")!.open = true;
    await settle(grid);
  };
  /** Ticks the filter whose label starts with `label`, and waits for the grid. */
  const checkFilter = async (grid: ScheduleGridElement, label: string) => {
    [...root(grid).querySelectorAll("label")]
      .find((candidate) => candidate.textContent!.startsWith(label))!
      .querySelector("input")!
      .click();
    await settle(grid);
  };
  const downloadButton = (grid: ScheduleGridElement) =>
    [...root(grid).querySelectorAll<HTMLButtonElement>("button")].find((button) =>
      button.textContent!.includes("Download my favourites"),
    )!;

  it("filters by kind", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    await openFilters(grid);
    await checkFilter(grid, "Lightning talk");
    expect(cellIds(grid)).toEqual(["a2"]);
  });

  it("filters by room", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    await openFilters(grid);
    await checkFilter(grid, "Cellar");
    expect(cellIds(grid)).toEqual(["c1"]);
  });

  it("searches titles and people without caring for accents or case", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    const search = root(grid).querySelector<HTMLInputElement>("input[type=search]")!;
    search.value = "RENE";
    search.dispatchEvent(new Event("input"));
    await settle(grid);
    expect(cellIds(grid)).toEqual(["b1"]);
    expect(root(grid).querySelector("[role=status]")!.textContent).toBe("1 item");
  });

  it("keeps favourites per program in localStorage and says so with aria-pressed", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    const events: string[][] = [];
    grid.addEventListener("favourites-change", (event) => events.push([...event.favourites]));
    const star = cell(grid, "a1").querySelector<HTMLButtonElement>(".fav")!;
    expect(star.getAttribute("aria-label")).toBe("Add “Talk a1” to my favourites");
    star.click();
    await settle(grid);
    expect(star.getAttribute("aria-pressed")).toBe("true");
    expect(events).toEqual([["a1"]]);
    expect(JSON.parse(localStorage.getItem("lectern:favourites:TC 2026:2026-03-28")!)).toEqual(["a1"]);
    grid.remove();
    const again = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    expect(cell(again, "a1").querySelector(".fav")!.getAttribute("aria-pressed")).toBe("true");
  });

  it("shows only favourites when asked", async () => {
    localStorage.setItem("lectern:favourites:TC 2026:2026-03-28", JSON.stringify(["a1", "b2"]));
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    await openFilters(grid);
    await checkFilter(grid, "Only my favourites");
    expect(cellIds(grid)).toEqual(["a1", "b2"]);
  });

  it("downloads an .ics of the favourites that the filters show", async () => {
    localStorage.setItem("lectern:favourites:TC 2026:2026-03-28", JSON.stringify(["a1", "b1", "d2a"]));
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    await openFilters(grid);
    await checkFilter(grid, "Aula");
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return original.call(URL, blob);
    };
    try {
      downloadButton(grid).click();
    } finally {
      URL.createObjectURL = original;
    }
    const ics = await blobs[0]!.text();
    const uids = [...ics.matchAll(/^UID:([^@]+)@/gm)].map((match) => match[1]);
    // b1 is a favourite but in the Blue Room, which the room filter hides.
    expect(uids).toEqual(["a1", "d2a"]);
  });

  it("offers no download while none of the favourites the filters show has a time (an empty calendar is no file)", async () => {
    localStorage.setItem("lectern:favourites:TC 2026:2026-03-28", JSON.stringify(["b1"]));
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    expect(downloadButton(grid).disabled).toBe(false);
    await openFilters(grid);
    await checkFilter(grid, "Aula");
    // b1 is in the Blue Room, which the room filter now hides.
    expect(downloadButton(grid).disabled).toBe(true);
  });
});
