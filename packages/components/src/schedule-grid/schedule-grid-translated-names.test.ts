import { describe, expect, it } from "vitest";
import { findAccessibilityViolations } from "../testing/axe.js";
import "../talk-card/define.js";
import type { TalkCardElement } from "../talk-card/talk-card.element.js";
import { renderGrid, root, settle, useCleanPage } from "./schedule-grid.test-helpers.js";
import type { ScheduleGridElement } from "./schedule-grid.element.js";

useCleanPage();

// A program in English whose rooms and track are named in German too, as the pretalx importer
// keeps them: a page in German shows the German names, as it shows an item's German title.
const program = {
  event: { title: "Tagung", kind: "conference", startDate: "2026-06-01", timeZone: "Europe/Berlin", language: "en" },
  rooms: [
    { id: "main", name: "Main hall", translations: [{ language: "de", name: "Großer Saal" }] },
    { id: "lab", name: "Lab" },
  ],
  tracks: [
    { id: "sec", name: "Security", color: "#aa3366", translations: [{ language: "de", name: "Sicherheit" }] },
    { id: "ux", name: "Design" },
  ],
  items: [
    {
      id: "a",
      kind: "contributed-talk",
      title: "Locks",
      room: "main",
      track: "sec",
      start: "2026-06-01T09:00",
      end: "2026-06-01T09:30",
    },
    {
      id: "b",
      kind: "contributed-talk",
      title: "Keys",
      room: "lab",
      track: "ux",
      start: "2026-06-01T09:00",
      end: "2026-06-01T09:30",
    },
  ],
};

/** Draws a grid inside an element with `lang`, the grid itself given no locale (the page's is taken). */
async function renderInLanguage(lang: string): Promise<ScheduleGridElement> {
  const wrapper = Object.assign(document.createElement("div"), { lang });
  document.body.append(wrapper);
  const grid = await renderGrid({ program, locale: undefined, now: "2026-06-01T06:00Z" });
  wrapper.append(grid);
  grid.requestUpdate();
  await settle(grid);
  return grid;
}

const headers = (grid: ScheduleGridElement) =>
  [...root(grid).querySelectorAll(".room-header")].map((header) => header.textContent!.trim());

describe("<schedule-grid> and <talk-card>: room and track names in the page's language", () => {
  it("names the rooms in German in a German page, and a room with no German name as written", async () => {
    const grid = await renderInLanguage("de");
    expect(headers(grid)).toEqual(["Großer Saal", "Lab"]);
    expect(root(grid).querySelector('.cell[data-item-id="a"]')!.textContent).toContain("Sicherheit");
    root(grid).querySelector("details")!.open = true;
    await settle(grid);
    const filters = root(grid).querySelector(".filter-groups")!.textContent!;
    expect(filters).toContain("Großer Saal");
    expect(filters).toContain("Sicherheit");
    expect(await findAccessibilityViolations(grid)).toEqual([]);
  });

  it("keeps the names as written in a page in the event's language", async () => {
    const grid = await renderInLanguage("en-GB");
    expect(headers(grid)).toEqual(["Main hall", "Lab"]);
    expect(root(grid).querySelector('.cell[data-item-id="a"]')!.textContent).toContain("Security");
  });

  it("shows the German room and track on a talk card whose locale is German", async () => {
    const card = Object.assign(document.createElement("talk-card"), {
      program,
      itemId: "a",
      locale: "de-DE",
      viewerZone: "Europe/Berlin",
    }) as TalkCardElement;
    document.body.append(card);
    await card.updateComplete;
    const place = card.shadowRoot!.querySelector(".place")!.textContent!.replace(/\s+/g, " ");
    expect(place).toContain("Großer Saal");
    expect(place).toContain("Sicherheit");
    expect(place).not.toContain("Main hall");
  });
});
