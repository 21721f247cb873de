import { describe, expect, it } from "vitest";
import { conferenceProgram } from "../testing/conference-fixture.js";
import { deltaProgram, sigmetricsProgram } from "../testing/fixtures.js";
import { renderGrid, root, cellIds, cell, cellText, useCleanPage } from "./schedule-grid.test-helpers.js";

useCleanPage();

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
    const longTrack = {
      ...program,
      tracks: program.tracks!.map((track) =>
        track.id === "theory" ? { ...track, name: "Theory of computation and of everything else" } : track,
      ),
    };
    // Narrow, so the rooms' columns keep their minimum width (wider ones share the space out).
    const grid = await renderGrid({ program: longTrack, now: "2026-03-27T12:00Z", view: "grid" }, 560);
    const when = cell(grid, "a2").querySelector<HTMLElement>(".when")!;
    const star = cell(grid, "a2").querySelector<HTMLElement>(".fav")!.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(when.firstChild!);
    const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
    const trackLine = lines.find((rect) => rect.top >= star.bottom - 1)!;
    expect(trackLine, "a line below the star").toBeDefined();
    expect(trackLine.right).toBeGreaterThan(star.left);
    for (const rect of lines.filter((line) => line.top < star.bottom - 1))
      expect(rect.right).toBeLessThanOrEqual(star.left + 1);
  });

  it("gives every time row one height, whatever its text, so cells drawn later cannot move the grid", async () => {
    const program = conferenceProgram();
    const long =
      "A very long title about the convergence of stochastic gradient methods on non-convex landscapes, with proofs";
    const grid = await renderGrid({
      program: { ...program, items: program.items.map((item) => (item.id === "a1" ? { ...item, title: long } : item)) },
      now: "2026-03-27T12:00Z",
    });
    const heights = [...root(grid).querySelectorAll<HTMLElement>(".time-label")].map(
      (label) => label.getBoundingClientRect().height,
    );
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
    const titled = (id: string) => (item: (typeof program.items)[number]) =>
      item.id === id ? { ...item, title: long } : item;
    const grid = await renderGrid({
      program: { ...program, items: program.items.map(titled("a2")).map(titled("b1")) },
      now: "2026-03-27T12:00Z",
    });
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
