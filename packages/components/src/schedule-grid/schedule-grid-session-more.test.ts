import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { findAccessibilityViolations } from "../testing/axe.js";
import { renderGrid, root, settle, useCleanPage } from "./schedule-grid.test-helpers.js";
import type { ScheduleGridElement } from "./schedule-grid.element.js";

useCleanPage();

// A poster session of seven posters: more than its cell lists before the visitor asks.
const posters = ["Lyrics", "Drums", "Chords", "Beats", "Tempo", "Timbre", "Melody"].map((title, index) => ({
  id: `p${index + 1}`,
  kind: "poster",
  title,
  board: String(index + 1),
}));
const program = {
  event: { title: "Music IR 2024", kind: "conference", startDate: "2024-11-12", timeZone: "America/Los_Angeles" },
  rooms: [{ id: "posters", name: "Poster hall" }],
  sessions: [
    {
      id: "posters-1",
      title: "Poster session 1",
      mode: "concurrent",
      room: "posters",
      start: "2024-11-12T10:00",
      end: "2024-11-12T11:30",
      items: posters.map((poster) => poster.id),
    },
  ],
  items: posters,
};

const block = (grid: ScheduleGridElement) => root(grid).querySelector<HTMLElement>(".grid #session-posters-1")!;
/** The titles of the posters a reader can see in the cell. */
const visibleTitles = (grid: ScheduleGridElement) =>
  [...block(grid).querySelectorAll<HTMLElement>(".session-items a")]
    .filter((link) => link.checkVisibility())
    .map((link) => link.textContent!.trim().split(" · ")[0]);

describe("<schedule-grid>: a concurrent session with more items than its cell lists", () => {
  it("lists the first three and says, visibly, how many more there are", async () => {
    const grid = await renderGrid({ program, view: "grid" });
    expect(visibleTitles(grid)).toEqual(["Lyrics", "Drums", "Chords"]);
    const button = block(grid).querySelector("button")!;
    expect(button.checkVisibility()).toBe(true);
    expect([button.innerText.trim(), button.getAttribute("aria-expanded")]).toEqual(["+4 more", "false"]);
    // The sign is inside the cell, not scrolled or clipped out of it.
    const cell = block(grid).getBoundingClientRect();
    const sign = button.getBoundingClientRect();
    expect(sign.top >= cell.top && sign.bottom <= cell.bottom && sign.height > 0).toBe(true);
    expect(button.getAttribute("aria-controls")).toBe(block(grid).querySelector(".session-items")!.id);
    expect(await findAccessibilityViolations(grid)).toEqual([]);
  });

  it("keeps the sign in a one-row cell under a title of two lines and the session's chairs", async () => {
    // SIGDIAL/INLG 2023's first oral session, 10:45-12:30 in a column of about 300 px.
    const titled = {
      ...program,
      people: [{ id: "chair", name: "Ching-Chi Chen" }],
      sessions: [
        { ...program.sessions[0]!, title: "INLG Oral Session 1: Trustworthiness of NLG systems", chairs: ["chair"] },
      ],
    };
    const grid = await renderGrid({ program: titled, view: "grid" }, 400);
    const title = document.createRange();
    title.selectNodeContents(block(grid).querySelector(".session-title")!);
    expect(title.getClientRects()).toHaveLength(2);
    const cell = block(grid).getBoundingClientRect();
    for (const selector of [".session-details", "button"]) {
      const drawn = block(grid).querySelector(selector)!.getBoundingClientRect();
      expect(drawn.top >= cell.top && drawn.bottom <= cell.bottom && drawn.height > 0, selector).toBe(true);
    }
  });

  it("shows every item when the keyboard presses the button, and the preview again on a second press", async () => {
    const grid = await renderGrid({ program, view: "grid" });
    const button = block(grid).querySelector("button")!;
    // The session is the grid's only cell, so its button is the grid's tab stop.
    expect(button.tabIndex).toBe(0);
    button.focus();
    await userEvent.keyboard("{Enter}");
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(visibleTitles(grid)).toEqual(posters.map((poster) => poster.title));
    expect(button.innerText.trim()).toBe("Show fewer");
    expect(await findAccessibilityViolations(grid)).toEqual([]);
    await userEvent.keyboard(" ");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(visibleTitles(grid)).toEqual(["Lyrics", "Drums", "Chords"]);
  });

  it("keeps the visitor's choice when the grid draws again", async () => {
    const grid = await renderGrid({ program, view: "grid" });
    block(grid).querySelector("button")!.click();
    // Another time zone choice redraws every time in the grid.
    grid.timeZoneMode = "both";
    await settle(grid);
    expect(root(grid).querySelector(".time-label .secondary")!.hasAttribute("hidden")).toBe(false);
    expect(visibleTitles(grid)).toHaveLength(posters.length);
  });

  it("takes its translated words from strings", async () => {
    const grid = await renderGrid({
      program,
      view: "grid",
      strings: { sessionMore: (count: number) => `${count} weitere`, sessionFewer: "Weniger" },
    });
    const button = block(grid).querySelector("button")!;
    expect(button.innerText.trim()).toBe("4 weitere");
    button.click();
    expect(button.innerText.trim()).toBe("Weniger");
  });
});
