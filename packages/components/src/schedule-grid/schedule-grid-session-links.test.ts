import { describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { findAccessibilityViolations } from "../testing/axe.js";
import { cell, renderGrid, root, settle, useCleanPage } from "./schedule-grid.test-helpers.js";
import type { ScheduleGridElement } from "./schedule-grid.element.js";

useCleanPage();

// A MiniConf-shaped day (EMNLP 2020 wrote a zoom_link per Q&A session): an oral session of two
// talks with its Zoom call and livestream, beside a poster session (one cell, "+1 more") with its own call.
const zoom = { kind: "web", url: "https://us02web.zoom.us/j/86415082986", label: "Zoom" };
const program = {
  event: { title: "Music IR 2024", kind: "conference", startDate: "2024-11-12", timeZone: "America/Los_Angeles" },
  rooms: [
    { id: "main", name: "Main hall" },
    { id: "posters", name: "Poster hall" },
  ],
  sessions: [
    {
      id: "orals-1",
      title: "Orals I",
      room: "main",
      start: "2024-11-12T10:00",
      items: ["o1", "o2"],
      links: [zoom, { kind: "livestream", url: "https://www.youtube.com/watch?v=orals1" }],
    },
    {
      id: "posters-1",
      title: "Poster session 1",
      mode: "concurrent",
      room: "posters",
      start: "2024-11-12T10:00",
      end: "2024-11-12T11:30",
      items: ["p1", "p2", "p3", "p4"],
      links: [{ kind: "web", url: "https://us02web.zoom.us/j/82453765034", label: "Zoom" }],
    },
  ],
  items: [
    { id: "o1", kind: "contributed-talk", title: "Beat tracking", duration: 20 },
    { id: "o2", kind: "contributed-talk", title: "Chord estimation", duration: 20 },
    ...["Lyrics", "Drums", "Chords", "Tempo"].map((title, index) => ({
      id: `p${index + 1}`,
      kind: "poster",
      title,
      board: String(index + 1),
    })),
  ],
};

const key = (target: Element, name: string) =>
  target.dispatchEvent(new KeyboardEvent("keydown", { key: name, bubbles: true, composed: true }));
const band = (grid: ScheduleGridElement) => root(grid).querySelector<HTMLElement>(".grid .session-band")!;
const posterCell = (grid: ScheduleGridElement) => root(grid).querySelector<HTMLElement>(".grid #session-posters-1")!;
const linksIn = (box: HTMLElement) => [...box.querySelectorAll<HTMLAnchorElement>(".session-links a")];
/** The element a mouse pointer at the middle of `element` (scrolled into view) would reach. */
const hitAt = (grid: ScheduleGridElement, element: Element) => {
  element.scrollIntoView({ block: "nearest", inline: "nearest" });
  const box = element.getBoundingClientRect();
  return root(grid).elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 8));
};
const inside = (inner: DOMRect, outer: DOMRect) =>
  inner.height > 0 && inner.top >= outer.top && inner.bottom <= outer.bottom && inner.right <= outer.right;
/** Tabs on from the focused element until `done` holds (at most `limit` presses). */
async function tabUntil(grid: ScheduleGridElement, done: (focused: Element | null) => boolean, limit = 6) {
  for (let press = 0; press < limit && !done(root(grid).activeElement); press += 1) await userEvent.tab();
  return root(grid).activeElement;
}

describe("<schedule-grid>: a sequence session's links in its band", () => {
  it("shows them in the band, named with the session, where the mouse reaches them", async () => {
    const grid = await renderGrid({ program, view: "grid" });
    const links = linksIn(band(grid));
    expect(links.map((link) => [link.textContent, link.href, link.rel])).toEqual([
      ["Zoom", "https://us02web.zoom.us/j/86415082986", "noopener"],
      ["Livestream", "https://www.youtube.com/watch?v=orals1", "noopener"],
    ]);
    for (const link of links) {
      expect(link.checkVisibility()).toBe(true);
      expect(inside(link.getBoundingClientRect(), band(grid).getBoundingClientRect())).toBe(true);
      // The band lets clicks through to the talks; its links take them.
      expect(hitAt(grid, link)).toBe(link);
    }
    // The talks leave the band's wider header free: no cell covers a link.
    const talk = cell(grid, "o1").getBoundingClientRect();
    expect(Math.max(...links.map((link) => link.getBoundingClientRect().right))).toBeLessThanOrEqual(talk.left);
    await expect.element(page.getByRole("link", { name: "Zoom (Orals I)" })).toBeVisible();
    await expect.element(page.getByRole("link", { name: "Livestream (Orals I)" })).toBeVisible();
    expect(await findAccessibilityViolations(grid)).toEqual([]);
  });

  it("keeps them clear of the talks right to left too", async () => {
    const rtl = document.createElement("div");
    rtl.dir = "rtl";
    document.body.append(rtl);
    // One room, so that the band is in the test page's narrow viewport.
    const orals = { ...program, rooms: program.rooms.slice(0, 1), sessions: program.sessions.slice(0, 1) };
    const grid = await renderGrid({ program: { ...orals, items: program.items.slice(0, 2) }, view: "grid" }, 400);
    rtl.append(grid);
    await settle(grid);
    const talk = cell(grid, "o1").getBoundingClientRect();
    for (const link of linksIn(band(grid))) {
      expect(hitAt(grid, link)).toBe(link);
      const box = link.getBoundingClientRect();
      expect(box.right <= talk.left || box.left >= talk.right).toBe(true);
    }
  });

  it("makes them Tab stops before the session's talks, outside the arrow keys' order", async () => {
    const grid = await renderGrid({ program, view: "grid" });
    root(grid).querySelector<HTMLElement>('input[type="search"]')!.focus();
    const [zoomLink, streamLink] = linksIn(band(grid));
    expect(await tabUntil(grid, (focused) => focused === zoomLink)).toBe(zoomLink);
    await userEvent.tab();
    expect(root(grid).activeElement).toBe(streamLink);
    // An arrow key here is the page's (it scrolls): the grid's tab stop stays where it was.
    key(streamLink!, "ArrowRight");
    await settle(grid);
    expect(root(grid).activeElement).toBe(streamLink);
    expect(cell(grid, "o1").querySelector<HTMLElement>(".open")!.tabIndex).toBe(0);
  });

  it("ends a line of links too long for a one-row band in an ellipsis, and scrolls a focused one into view", async () => {
    const many = {
      ...program,
      sessions: [
        {
          ...program.sessions[0]!,
          items: ["o1"],
          links: ["Zoom", "Discord", "Slack", "Gather", "Rocket.Chat"].map((label, index) => ({
            kind: "web",
            url: `https://chat.example/${index}`,
            label,
          })),
        },
        program.sessions[1]!,
      ],
    };
    const grid = await renderGrid({ program: many, view: "grid" });
    const line = band(grid).querySelector<HTMLElement>(".session-links")!;
    expect([getComputedStyle(line).textOverflow, line.scrollHeight > line.clientHeight]).toEqual(["ellipsis", true]);
    const last = linksIn(band(grid)).at(-1)!;
    last.focus();
    expect(inside(last.getBoundingClientRect(), line.getBoundingClientRect())).toBe(true);
  });
});

describe("<schedule-grid>: a concurrent session's links in its cell", () => {
  it("shows them under the chairs, inside the cell, above its list, named with the session", async () => {
    const grid = await renderGrid({ program, view: "grid" });
    const [link] = linksIn(posterCell(grid));
    expect([link!.textContent, link!.getAttribute("aria-label")]).toEqual(["Zoom", "Zoom (Poster session 1)"]);
    const box = posterCell(grid).getBoundingClientRect();
    expect(inside(link!.getBoundingClientRect(), box)).toBe(true);
    expect(hitAt(grid, link!)).toBe(link);
    // The "+1 more" sign is still inside the cell below them.
    expect(inside(posterCell(grid).querySelector("button")!.getBoundingClientRect(), box)).toBe(true);
    expect(await findAccessibilityViolations(grid)).toEqual([]);
  });

  it("keeps them and the sign in a one-row cell under a title of two lines and the session's chairs", async () => {
    // SIGDIAL/INLG 2023's first oral session (its calendar wrote a zoom and a discord link), alone in its row.
    const titled = {
      ...program,
      people: [{ id: "chair", name: "Ching-Chi Chen" }],
      sessions: [
        {
          ...program.sessions[1]!,
          title: "INLG Oral Session 1: Trustworthiness of NLG systems",
          chairs: ["chair"],
          links: [zoom, { kind: "web", url: "https://discord.com/channels/1", label: "Discord" }],
        },
      ],
      items: program.items.slice(2),
    };
    const grid = await renderGrid({ program: titled, view: "grid" }, 400);
    const box = posterCell(grid).getBoundingClientRect();
    for (const drawn of [...linksIn(posterCell(grid)), posterCell(grid).querySelector("button")!])
      expect(inside(drawn.getBoundingClientRect(), box), drawn.textContent!).toBe(true);
  });

  it("is a Tab stop of the cell, from which the arrow keys move on as from the cell, right to left too", async () => {
    const pageBox = document.createElement("div");
    document.body.append(pageBox);
    for (const dir of ["ltr", "rtl"]) {
      pageBox.dir = dir;
      const grid = await renderGrid({ program, view: "grid" });
      pageBox.replaceChildren(grid);
      await settle(grid);
      const [link] = linksIn(posterCell(grid));
      cell(grid, "o1").querySelector<HTMLElement>(".open")!.focus();
      expect(await tabUntil(grid, (focused) => focused === link), dir).toBe(link);
      // Back towards the talks: the left arrow left to right, the right arrow right to left.
      key(link!, dir === "rtl" ? "ArrowRight" : "ArrowLeft");
      await settle(grid);
      expect(root(grid).activeElement, dir).toBe(cell(grid, "o1").querySelector(".open"));
      // Focusing the link made the session the grid's tab stop before moving on from it.
      key(root(grid).activeElement!, dir === "rtl" ? "ArrowLeft" : "ArrowRight");
      await settle(grid);
      expect(root(grid).activeElement, dir).toBe(posterCell(grid).querySelector("button"));
    }
  });
});

describe("<schedule-grid>: untrusted session links", () => {
  it("never receives a javascript: link (the model rejects the program) and draws no mailto: as a call", async () => {
    const hostile = structuredClone(program);
    hostile.sessions[0]!.links = [{ kind: "web", url: "javascript:alert(1)", label: "Zoom" }];
    const rejected = await renderGrid({ program: hostile, view: "grid" });
    await expect
      .poll(() => root(rejected).querySelector("[role=alert] li")?.textContent ?? "")
      .toContain("sessions[0].links[0].url");
    expect(root(rejected).querySelector("a[href^='javascript']")).toBeNull();
    const mail = structuredClone(program);
    mail.sessions[1]!.links = [{ kind: "web", url: "mailto:chair@example.org", label: "Write to the chair" }];
    const grid = await renderGrid({ program: mail, view: "grid" });
    expect(posterCell(grid).querySelector(".session-links")).toBeNull();
    expect(root(grid).querySelector("a[href^='mailto']")).toBeNull();
  });
});
