import { describe, expect, it } from "vitest";
import { cell, renderGrid, root, settle, useCleanPage } from "./schedule-grid.test-helpers.js";
import type { ScheduleGridElement } from "./schedule-grid.element.js";
import { talkCardExportParts } from "./talk-dialog.js";

useCleanPage();

// One talk with everything a card can draw: subtitle, session, speaker, abstract and a link.
const program = {
  event: { title: "Lernen 2026", kind: "workshop", startDate: "2026-05-04", timeZone: "Europe/Berlin" },
  people: [{ id: "ana", name: "Ana Silva" }],
  sessions: [{ id: "orals", title: "Orals I", chairs: ["ana"], start: "2026-05-04T10:00", items: ["talk"] }],
  items: [
    {
      id: "talk",
      kind: "invited-talk",
      title: "Learning to rank",
      subtitle: "A survey of methods",
      speakers: ["ana"],
      abstract: "We compare rankers.",
      links: [{ kind: "slides", url: "https://example.org/slides.pdf" }],
      duration: 30,
    },
  ],
};

/** Opens the talk's dialog and returns its card's shadow root, drawn. */
async function openCard(grid: ScheduleGridElement): Promise<ShadowRoot> {
  cell(grid, "talk").querySelector<HTMLElement>(".open")!.click();
  await settle(grid);
  // The dialog's <talk-card> is registered on first use: wait for its class, then its drawing.
  await customElements.whenDefined("talk-card");
  await expect.poll(() => root(grid).querySelector("dialog")!.open).toBe(true);
  const card = root(grid).querySelector("dialog talk-card") as HTMLElement & { updateComplete: Promise<unknown> };
  await card.updateComplete;
  return card.shadowRoot!;
}

describe("<schedule-grid>: the dialog card's exported parts", () => {
  it("lets a page's schedule-grid::part(talk-subtitle) rule style the open talk's subtitle", async () => {
    const sheet = document.createElement("style");
    sheet.textContent = "schedule-grid::part(talk-subtitle) { color: rgb(4, 5, 6); }";
    document.head.append(sheet);
    try {
      const card = await openCard(await renderGrid({ program, view: "grid" }));
      const subtitle = card.querySelector<HTMLElement>('[part~="subtitle"]')!;
      expect(subtitle.textContent).toBe("A survey of methods");
      expect(getComputedStyle(subtitle).color).toBe("rgb(4, 5, 6)");
      // The rule reaches the subtitle only: the title keeps the card's own colour.
      expect(getComputedStyle(card.querySelector('[part~="title"]')!).color).not.toBe("rgb(4, 5, 6)");
    } finally {
      sheet.remove();
    }
  });

  it("exports every part the card draws, each under a talk- name", async () => {
    const card = await openCard(await renderGrid({ program, view: "grid" }));
    const drawn = new Set([...card.querySelectorAll("[part]")].flatMap((element) => [...element.part]));
    const exported = new Map(
      talkCardExportParts.split(",").map((pair) => {
        const [from = "", to = ""] = pair.split(":");
        return [from.trim(), to.trim()] as const;
      }),
    );
    expect([...drawn].filter((part) => !exported.has(part))).toEqual([]);
    expect(drawn).toContain("subtitle");
    expect(drawn).toContain("session");
    for (const part of drawn) expect(exported.get(part)).toBe(`talk-${part}`);
  });
});
