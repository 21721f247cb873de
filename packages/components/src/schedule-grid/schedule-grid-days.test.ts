import { describe, expect, it } from "vitest";
import { conferenceProgram } from "../testing/conference-fixture.js";
import { fosdemShapedData } from "../testing/fosdem-shaped-data.js";
import { whilePrinting } from "../testing/print-media.js";
import { deltaProgram } from "../testing/fixtures.js";
import { renderGrid, settle, root, cellIds, cellText, useCleanPage } from "./schedule-grid.test-helpers.js";

useCleanPage();

describe("<schedule-grid>: days and time zones", () => {
  it("has a tab per day and selects the day from a #YYYY-MM-DD deep link", async () => {
    history.replaceState(null, "", "#2026-03-29");
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    const tabs = [...root(grid).querySelectorAll("[role=tab]")];
    expect(tabs.map((tab) => tab.getAttribute("aria-selected"))).toEqual(["false", "true", "false"]);
    expect(cellIds(grid)).toEqual(["d2a", "d2b", "d2c"]);
  });

  it("has an All days tab that shows every day under its heading and writes #all-days", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    const allDays = root(grid).querySelector<HTMLButtonElement>("[role=tab]:last-child")!;
    expect(allDays.textContent!.trim()).toBe("All days");
    allDays.click();
    await settle(grid);
    expect(location.hash).toBe("#all-days");
    expect(allDays.getAttribute("aria-selected")).toBe("true");
    const panel = root(grid).querySelector("[role=tabpanel]")!;
    expect(panel.getAttribute("aria-labelledby")).toBe(allDays.id);
    const sections = [...panel.querySelectorAll("section")];
    expect(
      sections.map((section) =>
        root(grid).getElementById(section.getAttribute("aria-labelledby")!)!.textContent!.trim(),
      ),
    ).toEqual(["Saturday, 28 March 2026", "Sunday, 29 March 2026"]);
    expect([...sections[1]!.querySelectorAll<HTMLElement>(".cell")].map((cell) => cell.dataset.itemId)).toEqual([
      "d2a",
      "d2b",
      "d2c",
    ]);
    expect(cellIds(grid)).toHaveLength(conferenceProgram().items.length);
    // One tab stop per day's grid.
    expect(root(grid).querySelectorAll('.grid .open[tabindex="0"]')).toHaveLength(2);
  });

  it('selects every day from #all-days and from day="all", and a day from day="<date>"', async () => {
    history.replaceState(null, "", "#all-days");
    const fromHash = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    expect(root(fromHash).querySelector("[role=tab][aria-selected=true]")!.id).toBe("tab-all");
    fromHash.remove();
    history.replaceState(null, "", "#all");
    const notAName = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    expect(root(notAName).querySelector("[role=tab][aria-selected=true]")!.id).toBe("tab-2026-03-28");
    notAName.remove();
    history.replaceState(null, "", location.pathname);
    const fromAttribute = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z", day: "all" });
    expect(cellIds(fromAttribute)).toHaveLength(conferenceProgram().items.length);
    fromAttribute.remove();
    const secondDay = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z", day: "2026-03-29" });
    expect(cellIds(secondDay)).toEqual(["d2a", "d2b", "d2c"]);
    // A day the program does not have falls back to the default: the first day here.
    secondDay.day = "2030-01-01";
    await settle(secondDay);
    expect(root(secondDay).querySelector("[role=tab][aria-selected=true]")!.id).toBe("tab-2026-03-28");
  });

  it('reads the address before the first render: #<date> under day="all" never builds every day', async () => {
    history.replaceState(null, "", "#2026-03-29");
    const grid = document.createElement("schedule-grid");
    Object.assign(grid, {
      locale: "en-GB",
      viewerZone: "America/Sao_Paulo",
      now: "2026-03-27T12:00Z",
      day: "all",
      program: conferenceProgram(),
    });
    let sectionsBuilt = 0;
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof Element)
            sectionsBuilt += node.querySelectorAll("section.day").length + (node.matches("section.day") ? 1 : 0);
    });
    document.body.append(grid);
    observer.observe(grid.shadowRoot!, { childList: true, subtree: true });
    await settle(grid);
    observer.disconnect();
    expect(cellIds(grid)).toEqual(["d2a", "d2b", "d2c"]);
    expect(sectionsBuilt).toBe(0);
  });

  it("follows a later change of day=, and so does an address that names a day, but not another #", async () => {
    history.replaceState(null, "", "#2026-03-28");
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    grid.day = "2026-03-29";
    await settle(grid);
    expect(cellIds(grid)).toEqual(["d2a", "d2b", "d2c"]);
    expect(location.hash).toBe("#2026-03-29");
    grid.day = "all";
    await settle(grid);
    expect(location.hash).toBe("#all-days");
    history.replaceState(null, "", "#comments");
    grid.day = "2026-03-28";
    await settle(grid);
    expect(root(grid).querySelector("[role=tab][aria-selected=true]")!.id).toBe("tab-2026-03-28");
    expect(location.hash).toBe("#comments");
  });

  it("draws the grid when the address is malformed", async () => {
    history.replaceState(null, "", "#%E0%A4%A");
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    expect(cellIds(grid)).toContain("a1");
  });

  it('has no All days tab, and ignores day="all", for a one-day program', async () => {
    const grid = await renderGrid({ program: deltaProgram, day: "all" });
    expect(root(grid).querySelector("[role=tab]")).toBeNull();
    expect(cellIds(grid)).toHaveLength(18);
    // Without tabs, the day is no tab panel (its label would point at no tab).
    const panel = root(grid).querySelector("#day-panel")!;
    expect([panel.getAttribute("role"), panel.getAttribute("aria-labelledby")]).toEqual([null, null]);
  });

  it("under All days, lays out a day's grid only when it comes near the screen, at the height it will have", async () => {
    const grid = await renderGrid({ program: fosdemShapedData(), now: "2024-02-01T00:00Z", day: "all", view: "grid" });
    expect(cellIds(grid)).toHaveLength(876);
    const [first, second] = [...root(grid).querySelectorAll<HTMLElement>("section.day .scroller")];
    const laidOut = (scroller: HTMLElement) =>
      scroller.querySelector(".grid")!.checkVisibility({ contentVisibilityAuto: true });
    expect(laidOut(first!)).toBe(true);
    expect(laidOut(second!)).toBe(false);
    const estimated = second!.getBoundingClientRect().height;
    second!.scrollIntoView();
    await settle(grid);
    expect(laidOut(second!)).toBe(true);
    const real = second!.getBoundingClientRect().height;
    // The estimate (rows × row height + the header) keeps the page's scrollbar from jumping:
    // off by less than a quarter of a row (the header row's height is the estimated part).
    const rowHeight = root(grid).querySelector<HTMLElement>(".time-label")!.getBoundingClientRect().height;
    expect(Math.abs(estimated - real)).toBeLessThan(rowHeight / 4);
  });

  it("on paper says which day a grid shows, and under All days prints every day's grid", async () => {
    const grid = await renderGrid({ program: fosdemShapedData(), now: "2024-02-01T00:00Z", view: "grid" });
    const heading = root(grid).querySelector<HTMLElement>("#day-panel > h2")!;
    expect(heading.checkVisibility()).toBe(false);
    const onPaper = await whilePrinting(() => ({
      heading: heading.checkVisibility() ? heading.textContent!.trim() : "hidden",
      tabs: root(grid).querySelector<HTMLElement>("[role=tablist]")!.checkVisibility(),
    }));
    expect(onPaper).toEqual({ heading: "Saturday, 3 February 2024", tabs: false });
    grid.day = "all";
    await settle(grid);
    const second = root(grid).querySelectorAll<HTMLElement>("section.day .grid")[1]!;
    expect(second.checkVisibility({ contentVisibilityAuto: true })).toBe(false);
    expect(await whilePrinting(() => second.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
  });

  it("leaves out the days with nothing that matches under All days", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z", day: "all" });
    const search = root(grid).querySelector<HTMLInputElement>("input[type=search]")!;
    search.value = "Talk d2b";
    search.dispatchEvent(new Event("input"));
    await settle(grid);
    expect(root(grid).querySelectorAll("section.day")).toHaveLength(1);
    expect(cellIds(grid)).toEqual(["d2b"]);
    search.value = "no talk has this in its title";
    search.dispatchEvent(new Event("input"));
    await settle(grid);
    expect(root(grid).querySelector("section.day")).toBeNull();
    expect(root(grid).querySelector("[role=tabpanel] .note")!.textContent).toBe("Nothing matches these filters.");
  });

  it("changes day with a click and writes the day into the address", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    root(grid).querySelectorAll<HTMLButtonElement>("[role=tab]")[1]!.click();
    await settle(grid);
    expect(location.hash).toBe("#2026-03-29");
    expect(cellIds(grid)).toEqual(["d2a", "d2b", "d2c"]);
  });

  it("moves between day tabs with the arrow keys", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    const first = root(grid).querySelector<HTMLButtonElement>("[role=tab]")!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true, composed: true }));
    await settle(grid);
    expect(root(grid).activeElement?.id).toBe("tab-2026-03-29");
    root(grid).activeElement!.dispatchEvent(
      new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true, composed: true }),
    );
    await settle(grid);
    expect(root(grid).activeElement?.id).toBe("tab-all");
    expect(location.hash).toBe("#all-days");
    root(grid).activeElement!.dispatchEvent(
      new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true, composed: true }),
    );
    await settle(grid);
    expect(root(grid).activeElement?.id).toBe("tab-2026-03-28");
    root(grid).activeElement!.dispatchEvent(
      new KeyboardEvent("keydown", { key: "End", bubbles: true, composed: true }),
    );
    await settle(grid);
    expect(root(grid).activeElement?.id).toBe("tab-all");
  });

  it("shows the viewer's times, and across DST the offset changes (Berlin vs Sao Paulo: 4 h, then 5 h)", async () => {
    const grid = await renderGrid(
      { program: conferenceProgram(), now: "2026-03-27T12:00Z", timeZoneMode: "viewer" },
      500,
    );
    // Saturday 09:00 CET (UTC+1) is 05:00 in Sao Paulo (UTC-3).
    expect(cellText(grid, "a1")).toMatch(/^05:00–05:30/);
    root(grid).querySelectorAll<HTMLButtonElement>("[role=tab]")[1]!.click();
    await settle(grid);
    // Sunday 10:00 CEST (UTC+2) is 05:00 in Sao Paulo: the gap grew to 5 hours overnight.
    expect(cellText(grid, "d2a")).toMatch(/^05:00–05:30/);
  });

  it("regroups days in the viewer's zone: an evening talk in Berlin is the next morning in Tokyo", async () => {
    const grid = await renderGrid(
      { program: conferenceProgram(), now: "2026-03-27T12:00Z", timeZoneMode: "viewer", viewerZone: "Asia/Tokyo" },
      500,
    );
    const tabs = [...root(grid).querySelectorAll("[role=tab]")].map((tab) => tab.textContent!.trim());
    // 18:00 CET on Saturday is 02:00 on Sunday in Tokyo, before the 04:00 roll-over: Saturday's program.
    expect(tabs).toEqual(["Sat 28 Mar", "Sun 29 Mar", "All days"]);
    expect(cellText(grid, "a4")).toMatch(/^02:00–02:30/);
  });

  it("shows both clocks in the time column in 'both' mode", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z", timeZoneMode: "both" });
    const label = root(grid).querySelector(".time-label")!.textContent!.replace(/\s+/g, " ").trim();
    expect(label).toBe("09:00 05:00");
  });

  it("remembers the visitor's choice of clock", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" }, 500);
    const viewer = [...root(grid).querySelectorAll<HTMLInputElement>("input[name=time-zone]")][1]!;
    viewer.click();
    await settle(grid);
    expect(localStorage.getItem("lectern:time-zone-mode")).toBe("viewer");
    grid.remove();
    const again = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" }, 500);
    expect(cellText(again, "a1")).toMatch(/^05:00/);
  });
});
