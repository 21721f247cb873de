import { afterEach, describe, expect, it } from "vitest";
import { findAccessibilityViolations } from "../testing/axe.js";
import { programFrom } from "../testing/fixtures.js";
import "./define.js";
import type { TalkCardElement } from "./talk-card.element.js";

const program = programFrom({
  event: { title: "Lernen 2026", kind: "workshop", startDate: "2026-05-04", timeZone: "Europe/Berlin", language: "en" },
  items: [
    {
      id: "talk",
      kind: "invited-talk",
      title: "Learning to rank",
      subtitle: "A survey <b>of</b> *methods*",
      start: "2026-05-04T10:00",
      duration: 30,
    },
    {
      id: "translated",
      kind: "invited-talk",
      title: "Über Lernen",
      subtitle: "Ein Überblick",
      language: "de",
      translations: [{ language: "en", title: "On learning" }],
      start: "2026-05-04T11:00",
      duration: 30,
    },
    { id: "plain", kind: "invited-talk", title: "No subtitle here", start: "2026-05-04T12:00", duration: 30 },
  ],
});

async function renderCard(itemId: string): Promise<TalkCardElement> {
  const card = Object.assign(document.createElement("talk-card"), {
    program,
    itemId,
    locale: "en-GB",
    viewerZone: "Europe/Berlin",
  });
  document.body.append(card);
  await card.updateComplete;
  return card;
}

afterEach(() => document.body.replaceChildren());

describe("<talk-card> subtitle", () => {
  it("shows the subtitle under the title as plain text, outside the heading", async () => {
    const card = await renderCard("talk");
    const root = card.shadowRoot!;
    const subtitle = root.querySelector<HTMLElement>('[part="subtitle"]')!;
    expect(subtitle.textContent).toBe("A survey <b>of</b> *methods*");
    expect(subtitle.querySelector("b, em")).toBeNull();
    const title = root.querySelector(".title")!;
    expect(title.textContent!.trim()).toBe("Learning to rank");
    // Right under the title.
    expect(title.nextElementSibling).toBe(subtitle);
    expect(await findAccessibilityViolations(card)).toEqual([]);
  });

  it("keeps the original's subtitle, with its lang, under a translated title", async () => {
    const card = await renderCard("translated");
    const subtitle = card.shadowRoot!.querySelector<HTMLElement>(".subtitle")!;
    expect([subtitle.textContent, subtitle.lang]).toEqual(["Ein Überblick", "de"]);
  });

  it("draws no subtitle for an item without one", async () => {
    const card = await renderCard("plain");
    expect(card.shadowRoot!.querySelector(".subtitle")).toBeNull();
  });
});
