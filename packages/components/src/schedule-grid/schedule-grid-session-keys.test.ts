import { describe, expect, it } from "vitest";
import { cell, renderGrid, root, settle, useCleanPage } from "./schedule-grid.test-helpers.js";
import type { ScheduleGridElement } from "./schedule-grid.element.js";

useCleanPage();

// A talk in one room beside a poster session (one cell, with a "+1 more" button) in the next.
const program = {
  event: { title: "Music IR 2024", kind: "conference", startDate: "2024-11-12", timeZone: "America/Los_Angeles" },
  rooms: [
    { id: "main", name: "Main hall" },
    { id: "posters", name: "Poster hall" },
  ],
  sessions: [
    {
      id: "posters-1",
      title: "Poster session 1",
      mode: "concurrent",
      room: "posters",
      start: "2024-11-12T10:00",
      end: "2024-11-12T11:30",
      items: ["p1", "p2", "p3", "p4"],
    },
  ],
  items: [
    {
      id: "talk",
      kind: "contributed-talk",
      title: "Beat tracking",
      room: "main",
      start: "2024-11-12T10:00",
      duration: 30,
    },
    { id: "p1", kind: "poster", title: "Lyrics alignment", board: "5" },
    { id: "p2", kind: "poster", title: "Drum transcription", board: "6" },
    { id: "p3", kind: "poster", title: "Chord recognition", board: "7" },
    { id: "p4", kind: "poster", title: "Tempo estimation", board: "8" },
  ],
};

const key = (target: Element, name: string) =>
  target.dispatchEvent(new KeyboardEvent("keydown", { key: name, bubbles: true, composed: true }));
const sessionButton = (grid: ScheduleGridElement) =>
  root(grid).querySelector<HTMLButtonElement>(".grid #session-posters-1 > button")!;
const talkLink = (grid: ScheduleGridElement) => cell(grid, "talk").querySelector<HTMLElement>(".open")!;

describe("<schedule-grid>: arrow keys reach a concurrent session's cell", () => {
  it("moves from a talk to the session cell with ArrowRight and back with ArrowLeft, one tab stop", async () => {
    const grid = await renderGrid({ program, view: "grid" });
    talkLink(grid).focus();
    key(talkLink(grid), "ArrowRight");
    await settle(grid);
    expect(root(grid).activeElement).toBe(sessionButton(grid));
    // The session cell is now the grid's one tab stop.
    expect([sessionButton(grid).tabIndex, talkLink(grid).tabIndex]).toEqual([0, -1]);
    key(sessionButton(grid), "ArrowLeft");
    await settle(grid);
    expect(root(grid).activeElement).toBe(talkLink(grid));
    expect([sessionButton(grid).tabIndex, talkLink(grid).tabIndex]).toEqual([-1, 0]);
  });

  it("swaps the arrows right to left", async () => {
    const page = document.createElement("div");
    page.dir = "rtl";
    document.body.append(page);
    const grid = await renderGrid({ program, view: "grid" });
    page.append(grid);
    await settle(grid);
    talkLink(grid).focus();
    key(talkLink(grid), "ArrowLeft");
    await settle(grid);
    expect(root(grid).activeElement).toBe(sessionButton(grid));
    key(sessionButton(grid), "ArrowRight");
    await settle(grid);
    expect(root(grid).activeElement).toBe(talkLink(grid));
  });

  it("moves on from a link inside the open disclosure as from its session cell", async () => {
    const grid = await renderGrid({ program, view: "grid" });
    sessionButton(grid).click();
    const inner = () => root(grid).querySelector<HTMLElement>('#session-posters-1 [data-item-id="p1"] a')!;
    inner().focus();
    // Nothing lies to the right of the session: focus goes back to its own cell, not to the talk.
    key(inner(), "ArrowRight");
    await settle(grid);
    expect(root(grid).activeElement).toBe(sessionButton(grid));
    inner().focus();
    key(inner(), "ArrowLeft");
    await settle(grid);
    expect(root(grid).activeElement).toBe(talkLink(grid));
  });

  it("moves to a session's first item when its cell lists them all (no button)", async () => {
    const short = {
      ...program,
      sessions: [{ ...program.sessions[0]!, items: ["p1", "p2"] }],
      items: program.items.slice(0, 3),
    };
    const grid = await renderGrid({ program: short, view: "grid" });
    expect(root(grid).querySelector("#session-posters-1 button")).toBeNull();
    talkLink(grid).focus();
    key(talkLink(grid), "ArrowRight");
    await settle(grid);
    expect(root(grid).activeElement).toBe(root(grid).querySelector('#session-posters-1 [data-item-id="p1"] a'));
  });
});
