import { describe, expect, it } from "vitest";
import { findAccessibilityViolations } from "../testing/axe.js";
import { ismirSessionsProgram } from "../testing/ismir-sessions-program.js";
import { renderGrid, root, cellText, useCleanPage, settle } from "./schedule-grid.test-helpers.js";

useCleanPage();

// Shaped like ISMIR 2024's program (San Francisco): orals in sequence, a poster session whose
// papers run the whole session with their board, and a seminar talk with only a date.
const program = {
  event: { title: "Music IR 2024", kind: "conference", startDate: "2024-11-11", timeZone: "America/Los_Angeles" },
  people: [
    { id: "chair-a", name: "Ana Silva" },
    { id: "chair-b", name: "Li Na" },
  ],
  rooms: [
    { id: "main", name: "Main hall" },
    { id: "posters", name: "Poster hall" },
  ],
  sessions: [
    {
      id: "orals-1",
      title: "Orals I",
      room: "main",
      chairs: ["chair-a"],
      start: "2024-11-11T09:00",
      items: ["o1", "o2"],
    },
    {
      id: "posters-1",
      title: "Poster session 1",
      mode: "concurrent",
      room: "posters",
      chairs: ["chair-b"],
      start: "2024-11-12T10:00",
      end: "2024-11-12T11:30",
      items: ["p1", "p2"],
    },
  ],
  items: [
    { id: "o1", kind: "contributed-talk", title: "Beat tracking", duration: 20 },
    { id: "o2", kind: "contributed-talk", title: "Chord estimation", duration: 20 },
    { id: "p1", kind: "poster", title: "Lyrics alignment", board: "5" },
    { id: "p2", kind: "poster", title: "Drum transcription", board: "6" },
    { id: "seminar", kind: "invited-talk", title: "A talk with only a date", date: "2024-11-13" },
  ],
};

describe("<schedule-grid>: sessions", () => {
  it("links each session's heading in the list to its own call (a MiniConf zoom_link)", async () => {
    const withLink = {
      ...program,
      sessions: program.sessions.map((session, index) =>
        index === 0
          ? { ...session, links: [{ kind: "web", url: "https://zoom.example/j/42", label: "Zoom" }] }
          : session,
      ),
    };
    const grid = await renderGrid({ program: withLink, view: "list", day: "2024-11-11" });
    const anchor = root(grid).querySelector<HTMLAnchorElement>(`#session-${program.sessions[0]!.id} .session-links a`)!;
    expect([anchor.textContent, anchor.href, anchor.getAttribute("aria-label")]).toEqual([
      "Zoom",
      "https://zoom.example/j/42",
      "Zoom (Orals I)",
    ]);
    expect(await findAccessibilityViolations(grid)).toEqual([]);
  });

  it("groups the list under each session's heading, with its time, room and chairs", async () => {
    const grid = await renderGrid({ program, view: "list", day: "2024-11-11" });
    const section = root(grid).querySelector<HTMLElement>("#session-orals-1")!;
    expect(section.querySelector("h3")!.textContent).toBe("Orals I");
    expect(section.querySelector(".session-details")!.textContent).toBe("09:00–09:40 · Main hall · Chair: Ana Silva");
    expect(section.querySelector(".session-links")).toBeNull();
    expect([...section.querySelectorAll<HTMLElement>(".cell")].map((cell) => cell.dataset.itemId)).toEqual([
      "o1",
      "o2",
    ]);
    expect(section.getAttribute("aria-labelledby")).toBe("session-orals-1-title");
    expect(await findAccessibilityViolations(grid)).toEqual([]);
  });

  it("lists an item with a date and no time on its day, labelled time not announced", async () => {
    const grid = await renderGrid({ program, view: "grid", day: "2024-11-13" });
    const section = root(grid).querySelector(".time-not-announced")!;
    expect(section.querySelector("h3")!.textContent).toBe("Time not announced");
    expect(cellText(grid, "seminar")).toBe("Time not announced · Invited talk A talk with only a date");
    // Not repeated under "Not yet scheduled".
    expect(root(grid).querySelector("#untimed-heading")).toBeNull();
    expect(await findAccessibilityViolations(grid)).toEqual([]);
  });

  it("opens #session-<id> on the session's day and focuses it, right to left too", async () => {
    history.replaceState(null, "", "#session-posters-1");
    document.documentElement.dir = "rtl";
    try {
      const grid = await renderGrid({ program, view: "list" });
      await settle(grid);
      const section = root(grid).querySelector<HTMLElement>("#session-posters-1")!;
      expect(section).not.toBeNull();
      expect(root(grid).activeElement).toBe(section);
      expect(root(grid).querySelector('[role="tab"][aria-selected="true"]')!.id).toContain("2024-11-12");
      expect(await findAccessibilityViolations(grid)).toEqual([]);
    } finally {
      document.documentElement.dir = "";
    }
  });
});

describe("<schedule-grid>: a concurrent session in the grid", () => {
  it("is one cell titled with the session, listing its items and boards, with no button when none is left out", async () => {
    const grid = await renderGrid({ program, view: "grid", day: "2024-11-12" });
    const block = root(grid).querySelector<HTMLElement>(".grid #session-posters-1")!;
    expect(block.querySelector(".session-title")!.textContent).toBe("Poster session 1");
    // Named as a sequence session's band names it: its chairs, then its room.
    const details = block.querySelector<HTMLElement>(".session-details");
    expect([details?.textContent, details?.checkVisibility(), (details?.clientHeight ?? 0) > 0]).toEqual([
      "Chair: Li Na · Poster hall",
      true,
      true,
    ]);
    // The posters are not cells of their own.
    expect(root(grid).querySelectorAll(".grid .cell")).toHaveLength(0);
    // Two posters fit the preview: both show, and no "+N more" claims anything is hidden.
    expect(block.querySelector("button")).toBeNull();
    const links = [...block.querySelectorAll<HTMLElement>(".session-items a")];
    expect(links.map((link) => [link.textContent!.trim(), link.checkVisibility()])).toEqual([
      ["Lyrics alignment · Board 5", true],
      ["Drum transcription · Board 6", true],
    ]);
    expect(await findAccessibilityViolations(grid)).toEqual([]);
  });

  it("opens an item of the session in the talk dialog", async () => {
    const grid = await renderGrid({ program, view: "grid", day: "2024-11-12" });
    root(grid).querySelector<HTMLElement>('#session-posters-1 [data-item-id="p2"] a')!.click();
    await settle(grid);
    expect(root(grid).querySelector("dialog")!.open).toBe(true);
    expect(location.hash).toBe("#talk-p2");
  });
});

describe("<schedule-grid>: a sequence session in the grid", () => {
  it("is a band in its room column over its talks, its header naming title, chairs and room", async () => {
    const grid = await renderGrid({ program, view: "grid", day: "2024-11-11" });
    const band = root(grid).querySelector<HTMLElement>(".grid #session-orals-1")!;
    expect(band.querySelector(".session-title")!.textContent).toBe("Orals I");
    expect(band.querySelector(".session-details")!.textContent).toBe("Chair: Ana Silva · Main hall");
    const box = band.getBoundingClientRect();
    const headers = [".session-title", ".session-details"].map((selector) =>
      band.querySelector(selector)!.getBoundingClientRect(),
    );
    for (const id of ["o1", "o2"]) {
      const talk = root(grid).querySelector(`.cell[data-item-id="${id}"]`)!.getBoundingClientRect();
      // Each talk sits inside the band, and no part of the header lies under it.
      expect(talk.top >= box.top - 1 && talk.bottom <= box.bottom + 1, id).toBe(true);
      expect(talk.left >= box.left - 1 && talk.right <= box.right + 1, id).toBe(true);
      for (const header of headers) expect(header.right <= talk.left || header.left >= talk.right, id).toBe(true);
    }
    expect(await findAccessibilityViolations(grid)).toEqual([]);
  });

  it("starts its first talk at the top of its time's row, level with a talk at that time in another room", async () => {
    const beside = {
      ...program,
      items: [
        ...program.items,
        {
          id: "solo",
          kind: "contributed-talk",
          title: "No session",
          room: "posters",
          start: "2024-11-11T09:00",
          duration: 20,
        },
      ],
    };
    const grid = await renderGrid({ program: beside, view: "grid", day: "2024-11-11" });
    const top = (selector: string) => root(grid).querySelector(selector)!.getBoundingClientRect().top;
    const nineOClock = [...root(grid).querySelectorAll(".time-label")].find((label) =>
      label.textContent!.includes("09:00"),
    )!;
    const rowTop = nineOClock.getBoundingClientRect().top;
    // Both cells have the same 2px margin: the header band pushes neither of them down.
    expect(top('.cell[data-item-id="o1"]') - rowTop).toBeLessThan(4);
    expect(top('.cell[data-item-id="o1"]')).toBeCloseTo(top('.cell[data-item-id="solo"]'), 0);
    expect(top('.cell[data-item-id="o2"]') - rowTop).toBeGreaterThan(top('.cell[data-item-id="o1"]') - rowTop);
  });
});

describe("<schedule-grid>: a session over two rooms", () => {
  it("draws a band per room, only the first one the #session-<id> anchor, with no repeated ids", async () => {
    const twoRooms = {
      ...program,
      sessions: [{ id: "split", title: "Split orals", chairs: ["chair-a"], items: ["o1", "o2"] }],
      items: [
        { id: "o1", kind: "contributed-talk", title: "One", room: "main", start: "2024-11-11T09:00", duration: 20 },
        { id: "o2", kind: "contributed-talk", title: "Two", room: "posters", start: "2024-11-11T09:00", duration: 20 },
      ],
    };
    const grid = await renderGrid({ program: twoRooms, view: "grid" });
    expect(root(grid).querySelectorAll('.session-band[data-session-id="split"]')).toHaveLength(2);
    expect(root(grid).querySelectorAll("#session-split")).toHaveLength(1);
    expect(await findAccessibilityViolations(grid)).toEqual([]);
  });
});

describe("<schedule-grid>: ISMIR 2024 papers in their poster session", () => {
  it("lists day 1, session 1 in board order with the site's titles and positions", async () => {
    const grid = await renderGrid({ program: ismirSessionsProgram, view: "grid", day: "2024-11-11" });
    const block = root(grid).querySelector<HTMLElement>("#session-day1-session1")!;
    // papers.csv: UID 31 at position 7, UID 8 at 9, UID 12 at 18, all day 1, session 1.
    expect([...block.querySelectorAll("li")].map((item) => (item as HTMLElement).dataset.itemId)).toEqual([
      "paper-31",
      "paper-8",
      "paper-12",
    ]);
    expect(block.querySelector("li a")!.textContent!.trim()).toMatch(/^Can LLMs "Reason" in Music\?.* · Board 1-7$/);
    expect(await findAccessibilityViolations(grid)).toEqual([]);
  });

  it("names its chair in its one-row cell, a line too long for the column ending in a visible ellipsis", async () => {
    const grid = await renderGrid({ program: ismirSessionsProgram, view: "grid", day: "2024-11-11" }, 320);
    const block = root(grid).querySelector<HTMLElement>("#session-day1-session1")!;
    const details = block.querySelector<HTMLElement>(".session-details")!;
    const whole = "Chair: Session Chair One · Poster area";
    // Whole in the text a screen reader reads and in the tooltip, whatever the line shows.
    expect([details.textContent, details.title, details.checkVisibility()]).toEqual([whole, whole, true]);
    // The title and the chairs lie inside the cell: not scrolled or clipped out of it.
    const box = block.getBoundingClientRect();
    for (const line of [block.querySelector(".session-title")!, details]) {
      const drawn = line.getBoundingClientRect();
      expect(
        drawn.top >= box.top && drawn.bottom <= box.bottom && drawn.left >= box.left && drawn.right <= box.right,
      ).toBe(true);
    }
    // Its whole height is drawn: the full cell does not squeeze the line to a sliver.
    expect(details.clientHeight).toBeGreaterThan(0);
    expect(details.scrollHeight).toBeLessThanOrEqual(details.clientHeight);
    // At 320 px the line is wider than its column: it is cut on one line, with an ellipsis.
    expect(details.scrollWidth).toBeGreaterThan(details.clientWidth);
    const style = getComputedStyle(details);
    expect([style.textOverflow, style.whiteSpace]).toEqual(["ellipsis", "nowrap"]);
    // What the one row cannot hold (the third poster) scrolls inside the cell, with its scroll bar.
    expect(block.scrollHeight).toBeGreaterThan(block.clientHeight);
    expect(getComputedStyle(block).overflowY).toBe("auto");
    expect(await findAccessibilityViolations(grid)).toEqual([]);
  });
});
