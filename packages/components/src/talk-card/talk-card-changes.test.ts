import { afterEach, describe, expect, it } from "vitest";
import { findAccessibilityViolations } from "../testing/axe.js";
import { deltaVersions } from "../testing/delta-versions.js";
import { programFrom } from "../testing/fixtures.js";
import "./define.js";
import type { TalkCardElement } from "./talk-card.element.js";

/** A card of the newer DeLTa version (see deltaVersions), in en-GB, the viewer in São Paulo. */
async function renderCard(props: Partial<TalkCardElement> & { itemId: string }): Promise<TalkCardElement> {
  const card = document.createElement("talk-card");
  Object.assign(card, {
    program: programFrom(deltaVersions().after),
    locale: "en-GB",
    viewerZone: "America/Sao_Paulo",
    ...props,
  });
  document.body.append(card);
  await card.updateComplete;
  return card;
}

const badges = (card: TalkCardElement) =>
  [...card.shadowRoot!.querySelectorAll(".change .badge")].map((badge) => badge.textContent);
const text = (card: TalkCardElement, selector: string) =>
  card.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, " ").trim();

afterEach(() => {
  document.body.replaceChildren();
});

describe("<talk-card>: changes against a previous version", () => {
  it("says a moved talk is Moved, with its old time in the event's zone beside the new one", async () => {
    const card = await renderCard({ itemId: "talk-chen", previousProgram: deltaVersions().before });
    await expect.poll(() => badges(card)).toEqual(["Moved"]);
    expect(text(card, '[part="change"]')).toBe("Moved was 14:00–14:30");
    expect(text(card, ".time")).toMatch(/^09:40–10:10/);
  });

  it("reads previous-src like the grid", async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(deltaVersions().before)], { type: "application/json" }));
    const card = await renderCard({ itemId: "talk-chen", previousSrc: url });
    await expect.poll(() => badges(card)).toEqual(["Moved"]);
  });

  it("in the viewer's zone only, names the event's zone of the old time", async () => {
    const card = await renderCard({
      itemId: "talk-chen",
      previousProgram: deltaVersions().before,
      timeZoneMode: "viewer",
      viewerZone: "Europe/Berlin",
    });
    await expect.poll(() => text(card, '[part="change"]')).toBe("Moved was 14:00–14:30 GMT-3");
  });

  it("keeps a cancelled talk, marked Cancelled once (the change badge, not the status badge too)", async () => {
    const card = await renderCard({ itemId: "talk-doucet", previousProgram: deltaVersions().before });
    await expect.poll(() => badges(card)).toEqual(["Cancelled"]);
    const cancelledWords = [...card.shadowRoot!.querySelectorAll(".badge")].filter((badge) =>
      /Cancelled/.test(badge.textContent ?? ""),
    );
    expect(cancelledWords).toHaveLength(1);
    expect(card.shadowRoot!.querySelector("article")!.classList).toContain("cancelled");
    expect(text(card, ".title")).toBeTruthy();
  });

  it("says New of a talk the previous version did not have, and nothing of an unchanged one", async () => {
    const { before } = deltaVersions();
    const added = await renderCard({ itemId: "oral-query-lower-bounds", previousProgram: before });
    const unchanged = await renderCard({ itemId: "talk-vidal", previousProgram: before });
    await expect.poll(() => badges(added)).toEqual(["New"]);
    expect(added.shadowRoot!.querySelector(".change .was")).toBeNull();
    expect(unchanged.shadowRoot!.querySelector(".change")).toBeNull();
  });

  it("shows a mark handed over by the grid or a list, without a previous version of its own", async () => {
    const card = await renderCard({
      itemId: "talk-vidal",
      changeMark: { badges: ["moved", "retitled"], timeChanged: false, beforeRoom: "Room 2", beforeTitle: "Geometry" },
    });
    await expect.poll(() => badges(card)).toEqual(["Moved", "Retitled"]);
    expect(text(card, ".change .was")).toBe("was Room 2, “Geometry”");
  });

  it("shows no badges without a previous version", async () => {
    const card = await renderCard({ itemId: "talk-chen" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(card.shadowRoot!.querySelector(".change")).toBeNull();
  });

  it.each(["light", "dark"] as const)(
    "has no accessibility violations (contrast included) in the %s theme",
    async (theme) => {
      const { before } = deltaVersions();
      const cards = await Promise.all(
        ["talk-chen", "talk-doucet", "oral-query-lower-bounds"].map((itemId) =>
          renderCard({ itemId, previousProgram: before, theme }),
        ),
      );
      await expect.poll(() => cards.map((card) => badges(card).length)).toEqual([1, 1, 1]);
      for (const card of cards) expect(await findAccessibilityViolations(card)).toEqual([]);
    },
  );
});
