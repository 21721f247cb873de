import { afterEach, beforeEach } from "vitest";
import "./define.js";
import type { ScheduleGridElement } from "./schedule-grid.element.js";

/** The props a test gives `<schedule-grid>`; `program` as raw data or parsed. */
export type GridProps = Partial<Omit<ScheduleGridElement, "program">> & { program?: unknown };

/**
 * Draws a `<schedule-grid>` in the test page, `width` px wide, in en-GB with the viewer in
 * São Paulo and "now" pinned to 2026-01-01 unless `props` say otherwise, and waits for it.
 */
export async function renderGrid(props: GridProps, width = 1200): Promise<ScheduleGridElement> {
  const grid = document.createElement("schedule-grid");
  grid.style.width = `${width}px`;
  grid.style.display = "block";
  Object.assign(grid, { locale: "en-GB", viewerZone: "America/Sao_Paulo", now: "2026-01-01T00:00Z", ...props });
  document.body.append(grid);
  await settle(grid);
  return grid;
}

/** Waits for Lit updates, including the ones a resize or a fetch triggers. */
export async function settle(grid: ScheduleGridElement): Promise<void> {
  for (let round = 0; round < 4; round += 1) {
    await grid.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  }
}

/** The grid's shadow root. */
export const root = (grid: ScheduleGridElement): ShadowRoot => grid.shadowRoot!;
/** The item ids of the cells drawn, in document order. */
export const cellIds = (grid: ScheduleGridElement): (string | undefined)[] =>
  [...root(grid).querySelectorAll<HTMLElement>(".cell")].map((cell) => cell.dataset.itemId);
/** The cell of an item. */
export const cell = (grid: ScheduleGridElement, id: string): HTMLElement =>
  root(grid).querySelector<HTMLElement>(`.cell[data-item-id="${id}"]`)!;
/** The text of an item's link, its whitespace collapsed. */
export const cellText = (grid: ScheduleGridElement, id: string): string =>
  cell(grid, id).querySelector(".open")!.textContent!.replace(/\s+/g, " ").trim();

/** Gives every test a clean page: no grid, no favourites, no address fragment, scrolled to the top. */
export function useCleanPage(): void {
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
}
