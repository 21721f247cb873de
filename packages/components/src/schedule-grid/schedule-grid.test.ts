import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadProgram } from "@lectern/core";
import { findAccessibilityViolations } from "../testing/axe.js";
import { conferenceProgram } from "../testing/conference-fixture.js";
import { deltaProgram, programData, programFrom, sigmetricsProgram } from "../testing/fixtures.js";
import { fosdemShapedData } from "../testing/fosdem-shaped-data.js";
import { whilePrinting } from "../testing/print-media.js";
import "./define.js";
import type { ScheduleGridElement } from "./schedule-grid.element.js";

type GridProps = Partial<Omit<ScheduleGridElement, "program">> & { program?: unknown };

async function renderGrid(props: GridProps, width = 1200): Promise<ScheduleGridElement> {
  const grid = document.createElement("schedule-grid");
  grid.style.width = `${width}px`;
  grid.style.display = "block";
  Object.assign(grid, { locale: "en-GB", viewerZone: "America/Sao_Paulo", now: "2026-01-01T00:00Z", ...props });
  document.body.append(grid);
  await settle(grid);
  return grid;
}

/** Waits for Lit updates, including the ones a resize or a fetch triggers. */
async function settle(grid: ScheduleGridElement): Promise<void> {
  for (let round = 0; round < 4; round += 1) {
    await grid.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  }
}

const root = (grid: ScheduleGridElement) => grid.shadowRoot!;
const cellIds = (grid: ScheduleGridElement) => [...root(grid).querySelectorAll<HTMLElement>(".cell")].map((cell) => cell.dataset.itemId);
const cell = (grid: ScheduleGridElement, id: string) => root(grid).querySelector<HTMLElement>(`.cell[data-item-id="${id}"]`)!;
const cellText = (grid: ScheduleGridElement, id: string) => cell(grid, id).querySelector(".open")!.textContent!.replace(/\s+/g, " ").trim();

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, "", location.pathname);
});

afterEach(() => {
  document.body.replaceChildren();
  // A test that scrolled must not leave the next one's content off screen.
  window.scrollTo(0, 0);
  localStorage.clear();
  history.replaceState(null, "", location.pathname);
});

describe("<schedule-grid>: data sources", () => {
  it("shows a program given as a property", async () => {
    const grid = await renderGrid({ program: deltaProgram });
    expect(cellIds(grid)).toHaveLength(18);
  });

  it("reads an inline <script type=application/json> child", async () => {
    const grid = document.createElement("schedule-grid");
    const script = document.createElement("script");
    script.type = "application/json";
    script.textContent = JSON.stringify(deltaProgram);
    grid.append(script);
    Object.assign(grid, { locale: "en-GB" });
    document.body.append(grid);
    await settle(grid);
    expect(cellIds(grid)).toHaveLength(18);
  });

  it("fetches the src URL", async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(sigmetricsProgram)], { type: "application/json" }));
    const grid = await renderGrid({ src: url });
    await expect.poll(() => cellIds(grid).length).toBe(11);
  });

  it("prefers the property to inline JSON, and inline JSON to src", async () => {
    const grid = document.createElement("schedule-grid");
    const script = document.createElement("script");
    script.type = "application/json";
    script.textContent = JSON.stringify(sigmetricsProgram);
    grid.append(script);
    Object.assign(grid, { src: "/does-not-exist.json", locale: "en-GB" });
    document.body.append(grid);
    await settle(grid);
    expect(cellIds(grid)).toHaveLength(11);
    grid.program = deltaProgram;
    await settle(grid);
    expect(cellIds(grid)).toHaveLength(18);
  });

  it("lists the problems of invalid data with their paths and lines, never a blank box", async () => {
    const data = programData(deltaProgram);
    data.items[3].start = "2026-04-27T25:00";
    data.items[5].kind = "keynot";
    const text = JSON.stringify(data, null, 2);
    const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    const grid = await renderGrid({ src: url });
    await expect.poll(() => root(grid).querySelector("[role=alert]")).not.toBeNull();
    const alert = root(grid).querySelector("[role=alert]")!.textContent!.replace(/\s+/g, " ");
    expect(alert).toContain("2 problems to fix");
    expect(alert).toMatch(/items\[3\]\.start \(line \d+, column \d+\): "2026-04-27T25:00": "25:00" is not a time of day/);
    expect(alert).toMatch(/items\[5\]\.kind \(line \d+, column \d+\): the text "keynot" is not allowed; expected one of: .* \(did you mean "keynote"\?\)/);
  });

  it("shows a program of the right shape at once, and words a wrong one once zod's part is loaded", async () => {
    const grid = document.createElement("schedule-grid");
    Object.assign(grid, { locale: "en-GB", program: deltaProgram });
    document.body.append(grid);
    await grid.updateComplete;
    // Checked without zod: drawn in the first update.
    expect(cellIds(grid)).toHaveLength(18);
    const broken = programData(deltaProgram);
    broken.items[5].kind = "keynot";
    grid.program = broken as never;
    await grid.updateComplete;
    expect(root(grid).querySelector("[role=status]")?.textContent).toBe("Loading the program…");
    await expect.poll(() => root(grid).querySelector("[role=alert]")?.textContent ?? "", { timeout: 10_000 }).toContain("items[5].kind");
  });

  it("keeps the newer program when a wrong one set before it is worded later", async () => {
    const broken = programData(deltaProgram);
    broken.items[5].kind = "keynot";
    const grid = document.createElement("schedule-grid");
    Object.assign(grid, { locale: "en-GB", program: broken });
    document.body.append(grid);
    await grid.updateComplete;
    expect(root(grid).querySelector("[role=status]")).not.toBeNull();
    grid.program = sigmetricsProgram;
    await settle(grid);
    // Once zod's part has answered about the wrong program (the element asked first), that
    // answer must not replace this one.
    expect((await loadProgram(broken)).ok).toBe(false);
    await settle(grid);
    expect(root(grid).querySelector("[role=alert]")).toBeNull();
    expect(cellIds(grid)).toHaveLength(11);
  });

  it("says when the src cannot be loaded", async () => {
    const url = URL.createObjectURL(new Blob(["{}"]));
    URL.revokeObjectURL(url);
    const grid = await renderGrid({ src: url });
    await expect.poll(() => root(grid).querySelector("[role=alert]")?.textContent ?? "").toContain("could not be loaded");
  });

  it("explains what is missing when there is no program at all", async () => {
    const grid = await renderGrid({});
    expect(root(grid).querySelector("[role=alert]")?.textContent).toContain("set the src attribute");
  });
});

describe("<schedule-grid>: layouts", () => {
  it("shows a single-track program (DeLTa) as a list in time order, in Brasília time", async () => {
    const grid = await renderGrid({ program: deltaProgram });
    expect(root(grid).querySelector(".grid")).toBeNull();
    expect(cellIds(grid).slice(0, 3)).toEqual(["opening", "talk-vidal", "talk-chen"]);
    expect(cellText(grid, "lunch")).toBe("12:00–13:30 · 90 min Lunch");
    expect(cellText(grid, "oral-unmasking-policies")).toContain("11:30–11:40 · 10 min");
  });

  it("shows a multi-room program as a grid with rooms as columns, in program order", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    const headers = [...root(grid).querySelectorAll(".room-header")].map((header) => header.textContent!.trim());
    expect(headers).toEqual(["Aula", "Blue Room", "Cellar"]);
  });

  it("keeps a 5-minute talk legible: its time, track, title and speaker lie inside its cell", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    const lightning = cell(grid, "a2");
    const box = lightning.getBoundingClientRect();
    expect(box.height).toBeGreaterThanOrEqual(80);
    for (const part of [".when", ".title", ".who"]) {
      const element = lightning.querySelector<HTMLElement>(part)!;
      const line = element.getBoundingClientRect();
      expect(line.height, part).toBeGreaterThan(10);
      expect(line.bottom, part).toBeLessThanOrEqual(box.bottom);
      expect(element.scrollHeight, `${part} is not cut`).toBeLessThanOrEqual(element.clientHeight + 1);
    }
    // The time and the track are two lines of one element.
    const when = lightning.querySelector<HTMLElement>(".when")!;
    expect(Math.round(when.clientHeight / parseFloat(getComputedStyle(when).lineHeight))).toBe(2);
  });

  it("gives the track's line the cell's full width; only the time's line makes room for the star", async () => {
    const program = conferenceProgram();
    const longTrack = { ...program, tracks: program.tracks!.map((track) => (track.id === "theory" ? { ...track, name: "Theory of computation and of everything else" } : track)) };
    const grid = await renderGrid({ program: longTrack, now: "2026-03-27T12:00Z" });
    const when = cell(grid, "a2").querySelector<HTMLElement>(".when")!;
    const star = cell(grid, "a2").querySelector<HTMLElement>(".fav")!.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(when.firstChild!);
    const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
    const trackLine = lines.find((rect) => rect.top >= star.bottom - 1)!;
    expect(trackLine, "a line below the star").toBeDefined();
    expect(trackLine.right).toBeGreaterThan(star.left);
    for (const rect of lines.filter((line) => line.top < star.bottom - 1)) expect(rect.right).toBeLessThanOrEqual(star.left + 1);
  });

  it("gives every time row one height, whatever its text, so cells drawn later cannot move the grid", async () => {
    const program = conferenceProgram();
    const long = "A very long title about the convergence of stochastic gradient methods on non-convex landscapes, with proofs";
    const grid = await renderGrid({ program: { ...program, items: program.items.map((item) => (item.id === "a1" ? { ...item, title: long } : item)) }, now: "2026-03-27T12:00Z" });
    const heights = [...root(grid).querySelectorAll<HTMLElement>(".time-label")].map((label) => label.getBoundingClientRect().height);
    expect(new Set(heights.map((height) => height.toFixed(1))).size).toBe(1);
    // The long title is clamped on screen but whole in the link's text.
    const title = cell(grid, "a1").querySelector<HTMLElement>(".title")!;
    expect(title.scrollHeight).toBeGreaterThan(title.clientHeight);
    expect(cellText(grid, "a1")).toContain("with proofs");
    expect(getComputedStyle(cell(grid, "a1")).contentVisibility).toBe("auto");
  });

  it("gives a cell that spans more rows more lines of its title", async () => {
    const program = conferenceProgram();
    const long = Array.from({ length: 12 }, (_, index) => `word${index}`).join(" ");
    const titled = (id: string) => (item: (typeof program.items)[number]) => (item.id === id ? { ...item, title: long } : item);
    const grid = await renderGrid({ program: { ...program, items: program.items.map(titled("a2")).map(titled("b1")) }, now: "2026-03-27T12:00Z" });
    const lines = (id: string) => {
      const title = cell(grid, id).querySelector<HTMLElement>(".title")!;
      return Math.round(title.clientHeight / parseFloat(getComputedStyle(title).lineHeight));
    };
    expect(lines("a2")).toBe(2);
    expect(lines("b1")).toBeGreaterThan(2);
  });

  it("shows time, duration, title, speakers and track on each item: the track by name and colour", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    // The start and the length, as pretalx's cards: the end is where the cell ends.
    expect(cell(grid, "a2").querySelector(".when")!.textContent!.trim()).toBe("09:30 · 5 min\nTheory");
    expect(cellText(grid, "a2")).toBe("09:30 · 5 min Theory Five minutes on flows Kim Lee");
    expect(getComputedStyle(cell(grid, "a2")).borderInlineStartColor).toBe("rgb(31, 111, 235)");
    // Lunch has no track: its time is its only line.
    expect(cellText(grid, "lunch")).toBe("12:00 · 60 min Lunch");
  });

  it("says the range, room and track on one line in the list", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" }, 500);
    expect(cellText(grid, "a2")).toBe("09:30–09:35 · 5 min · Aula · Theory Five minutes on flows Kim Lee");
  });

  it("draws lunch across every room", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    const lunch = cell(grid, "lunch").getBoundingClientRect();
    const aula = root(grid).querySelector(".room-header")!.getBoundingClientRect();
    const cellar = [...root(grid).querySelectorAll(".room-header")].at(-1)!.getBoundingClientRect();
    expect(lunch.left).toBeLessThanOrEqual(aula.left + 4);
    expect(lunch.right).toBeGreaterThanOrEqual(cellar.right - 4);
  });

  it("puts two overlapping talks of one room side by side", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    const first = cell(grid, "b1").getBoundingClientRect();
    const second = cell(grid, "b2").getBoundingClientRect();
    expect(second.left).toBeGreaterThanOrEqual(first.right - 4);
    expect(second.top).toBeGreaterThan(first.top);
  });

  it("switches to the list when the element is narrow, whatever the viewport", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" }, 500);
    expect(root(grid).querySelector(".grid")).toBeNull();
    expect(root(grid).querySelector(".list")).not.toBeNull();
  });

  it("shows a tentative program with no times as an ordered list with the organisers' note", async () => {
    const grid = await renderGrid({ program: sigmetricsProgram });
    const section = root(grid).querySelector("section")!;
    expect(section.querySelector("h2")!.textContent).toBe("Tentative program");
    expect(section.textContent).toContain("each invited talk is 45 minutes");
    expect(section.querySelector("ol")).not.toBeNull();
    expect(cellIds(grid).slice(0, 3)).toEqual(["talk-chen", "talk-qu", "coffee-break-1"]);
    expect(cellText(grid, "talk-chen")).toMatch(/^Invited talk · 45 min Theory for Discrete Diffusions/);
    expect(cellText(grid, "slot-tba-1")).toBe("Invited talk · 45 min Title to be announced Speaker to be announced");
  });
});

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
    expect(sections.map((section) => root(grid).getElementById(section.getAttribute("aria-labelledby")!)!.textContent!.trim())).toEqual([
      "Saturday, 28 March 2026",
      "Sunday, 29 March 2026",
    ]);
    expect([...sections[1]!.querySelectorAll<HTMLElement>(".cell")].map((cell) => cell.dataset.itemId)).toEqual(["d2a", "d2b", "d2c"]);
    expect(cellIds(grid)).toHaveLength(conferenceProgram().items.length);
    // One tab stop per day's grid.
    expect(root(grid).querySelectorAll('.grid .open[tabindex="0"]')).toHaveLength(2);
  });

  it("selects every day from #all-days and from day=\"all\", and a day from day=\"<date>\"", async () => {
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

  it("reads the address before the first render: #<date> under day=\"all\" never builds every day", async () => {
    history.replaceState(null, "", "#2026-03-29");
    const grid = document.createElement("schedule-grid");
    Object.assign(grid, { locale: "en-GB", viewerZone: "America/Sao_Paulo", now: "2026-03-27T12:00Z", day: "all", program: conferenceProgram() });
    let sectionsBuilt = 0;
    const observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) sectionsBuilt += node.querySelectorAll("section.day").length + (node.matches("section.day") ? 1 : 0);
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

  it("has no All days tab, and ignores day=\"all\", for a one-day program", async () => {
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
    const laidOut = (scroller: HTMLElement) => scroller.querySelector(".grid")!.checkVisibility({ contentVisibilityAuto: true });
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
    root(grid).activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true, composed: true }));
    await settle(grid);
    expect(root(grid).activeElement?.id).toBe("tab-all");
    expect(location.hash).toBe("#all-days");
    root(grid).activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true, composed: true }));
    await settle(grid);
    expect(root(grid).activeElement?.id).toBe("tab-2026-03-28");
    root(grid).activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key: "End", bubbles: true, composed: true }));
    await settle(grid);
    expect(root(grid).activeElement?.id).toBe("tab-all");
  });

  it("shows the viewer's times, and across DST the offset changes (Berlin vs Sao Paulo: 4 h, then 5 h)", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z", timeZoneMode: "viewer" }, 500);
    // Saturday 09:00 CET (UTC+1) is 05:00 in Sao Paulo (UTC-3).
    expect(cellText(grid, "a1")).toMatch(/^05:00–05:30/);
    root(grid).querySelectorAll<HTMLButtonElement>("[role=tab]")[1]!.click();
    await settle(grid);
    // Sunday 10:00 CEST (UTC+2) is 05:00 in Sao Paulo: the gap grew to 5 hours overnight.
    expect(cellText(grid, "d2a")).toMatch(/^05:00–05:30/);
  });

  it("regroups days in the viewer's zone: an evening talk in Berlin is the next morning in Tokyo", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z", timeZoneMode: "viewer", viewerZone: "Asia/Tokyo" }, 500);
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

describe("<schedule-grid>: now", () => {
  it("draws the now-line in the row of the pinned time and highlights what is live", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-28T08:40Z" });
    // 08:40Z is 09:40 in Berlin: b1 (09:00-10:00), b2 and a3 (09:35-10:00) and c1 are live.
    const line = root(grid).querySelector<HTMLElement>(".now-line");
    expect(line).not.toBeNull();
    expect([...root(grid).querySelectorAll<HTMLElement>(".cell.live")].map((live) => live.dataset.itemId).sort()).toEqual(["a3", "b1", "b2", "c1"]);
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

  it("filters by kind", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    await openFilters(grid);
    const lightning = [...root(grid).querySelectorAll("label")].find((label) => label.textContent!.startsWith("Lightning talk"))!;
    lightning.querySelector("input")!.click();
    await settle(grid);
    expect(cellIds(grid)).toEqual(["a2"]);
  });

  it("filters by room", async () => {
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    await openFilters(grid);
    [...root(grid).querySelectorAll("label")].find((label) => label.textContent!.startsWith("Cellar"))!.querySelector("input")!.click();
    await settle(grid);
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
    [...root(grid).querySelectorAll("label")].find((label) => label.textContent!.startsWith("Only my favourites"))!.querySelector("input")!.click();
    await settle(grid);
    expect(cellIds(grid)).toEqual(["a1", "b2"]);
  });

  it("downloads an .ics of the favourites that the filters show", async () => {
    localStorage.setItem("lectern:favourites:TC 2026:2026-03-28", JSON.stringify(["a1", "b1", "d2a"]));
    const grid = await renderGrid({ program: conferenceProgram(), now: "2026-03-27T12:00Z" });
    await openFilters(grid);
    [...root(grid).querySelectorAll("label")].find((label) => label.textContent!.startsWith("Aula"))!.querySelector("input")!.click();
    await settle(grid);
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return original.call(URL, blob);
    };
    try {
      [...root(grid).querySelectorAll<HTMLButtonElement>("button")].find((button) => button.textContent!.includes("Download my favourites"))!.click();
    } finally {
      URL.createObjectURL = original;
    }
    const ics = await blobs[0]!.text();
    const uids = [...ics.matchAll(/^UID:([^@]+)@/gm)].map((match) => match[1]);
    // b1 is a favourite but in the Blue Room, which the room filter hides.
    expect(uids).toEqual(["a1", "d2a"]);
  });
});

describe("<schedule-grid>: keyboard, dialog and deep links", () => {
  const key = (target: Element, name: string) => target.dispatchEvent(new KeyboardEvent("keydown", { key: name, bubbles: true, composed: true }));
  const focusedItem = (grid: ScheduleGridElement) => (root(grid).activeElement?.closest(".cell") as HTMLElement | null)?.dataset.itemId;

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
    const tabStops = [...root(grid).querySelectorAll<HTMLElement>('.grid .open[tabindex="0"]')].map((open) => open.parentElement!.dataset.itemId);
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

describe("<schedule-grid>: structured data", () => {
  it("puts the program into the page as schema.org JSON-LD when asked", async () => {
    const grid = await renderGrid({ program: deltaProgram, structuredData: true });
    const script = grid.querySelector('script[type="application/ld+json"]');
    const data = JSON.parse(script!.textContent!);
    expect(data).toMatchObject({ "@type": "Event", name: "Deep Generative Models: Theory, Principle, and Efficacy" });
    expect(data.subEvent).toHaveLength(18);
  });

  it("does nothing without the attribute", async () => {
    const grid = await renderGrid({ program: deltaProgram });
    expect(grid.querySelector('script[type="application/ld+json"]')).toBeNull();
  });

  it("keeps a hostile title inside its script element", async () => {
    const data = programData(deltaProgram);
    data.items[1].title = "</script><script>window.__pwned=1</script>";
    const grid = await renderGrid({ program: programFrom(data), structuredData: true });
    const script = grid.querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent).not.toContain("</script>");
    expect(grid.outerHTML).not.toContain("<script>window.__pwned");
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(JSON.parse(script.textContent!).subEvent[1].name).toBe("</script><script>window.__pwned=1</script>");
  });
});

describe("<schedule-grid>: safety and accessibility", () => {
  it("renders an XSS payload in a title as inert text", async () => {
    const data = programData(deltaProgram);
    data.items[1].title = `<img src=x onerror="window.__pwned=1">`;
    const grid = await renderGrid({ program: programFrom(data) });
    expect(cellText(grid, "talk-vidal")).toContain('<img src=x onerror="window.__pwned=1">');
    expect(root(grid).querySelector("img")).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it.each([
    ["the grid", () => conferenceProgram(), 1200, undefined],
    ["the list", () => deltaProgram, 1200, undefined],
    ["a tentative program", () => sigmetricsProgram, 1200, undefined],
    ["every day of the grid", () => conferenceProgram(), 1200, "all"],
    ["every day of the list", () => conferenceProgram(), 500, "all"],
  ] as const)("has no accessibility violations: %s", async (_name, program, width, day) => {
    const grid = await renderGrid({ program: program(), now: "2026-03-28T08:40Z", day }, width);
    expect(await findAccessibilityViolations(grid)).toEqual([]);
  });

  it("has no accessibility violations with the dialog open", async () => {
    const grid = await renderGrid({ program: deltaProgram });
    cell(grid, "talk-vidal").querySelector<HTMLButtonElement>(".open")!.click();
    await settle(grid);
    expect(await findAccessibilityViolations(grid)).toEqual([]);
  });

  it("has no accessibility violations when showing problems", async () => {
    const grid = await renderGrid({ program: { event: {}, items: "none" } });
    // Worded once zod's part has loaded: check the problems, not the "Loading…" before them.
    await expect.poll(() => root(grid).querySelector("[role=alert] li"), { timeout: 10_000 }).not.toBeNull();
    expect(await findAccessibilityViolations(grid)).toEqual([]);
  });
});
