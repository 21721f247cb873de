import { afterEach, describe, expect, it } from "vitest";
import { syntheticDigest } from "../testing/paper-digests.js";
import { whilePrinting } from "../testing/print-media.js";
import { all, cardTitled, clean, renderList, settle } from "./paper-list-test-kit.js";

afterEach(() => {
  document.body.replaceChildren();
});

/** The abstract boxes of the cards shown, with their text and whether a reader sees them. */
const abstracts = (list: Parameters<typeof all>[0]) =>
  all(list, ".card .abstract").map((box) => ({ text: clean(box.textContent), visible: box.checkVisibility() }));

describe("<paper-list>: abstracts drawn when they show", () => {
  it("draws no abstract text in a collapsed card, only the box its button controls", async () => {
    const list = await renderList({ digest: syntheticDigest(200) });
    const boxes = abstracts(list);
    expect(boxes).toHaveLength(50);
    expect(boxes.every((box) => box.text === "" && !box.visible)).toBe(true);
    for (const button of all(list, "button.toggle"))
      expect(list.shadowRoot!.getElementById(button.getAttribute("aria-controls")!)).not.toBeNull();
  });

  it("draws the text when the visitor opens one, and only that one", async () => {
    const list = await renderList();
    const card = cardTitled(list, "Denoising Diffusion Probabilistic Models");
    card.querySelector<HTMLButtonElement>("button.toggle")!.click();
    await settle(list);
    const shown = abstracts(list).filter((box) => box.text !== "");
    expect(shown).toHaveLength(1);
    expect(shown[0]!.visible).toBe(true);
    expect(shown[0]!.text).toMatch(/^Trains a diffusion model by predicting the noise/);
  });

  it("draws and shows every abstract of the page on paper, and folds them again after", async () => {
    const list = await renderList({ digest: syntheticDigest(200) });
    const printed = await whilePrinting(async () => {
      await settle(list);
      return abstracts(list);
    });
    expect(printed).toHaveLength(50);
    expect(printed.every((box) => box.text!.length > 100 && box.visible)).toBe(true);
    await settle(list);
    expect(abstracts(list).every((box) => box.text === "" && !box.visible)).toBe(true);
  });

  it("draws every abstract before a real print lays out the page (beforeprint)", async () => {
    const list = await renderList({ digest: syntheticDigest(200) });
    dispatchEvent(new Event("beforeprint"));
    // Lit's update runs in the microtasks right after the event, before the print's layout.
    await list.updateComplete;
    expect(abstracts(list).every((box) => box.text !== "")).toBe(true);
    dispatchEvent(new Event("afterprint"));
    await list.updateComplete;
    expect(abstracts(list).every((box) => box.text === "")).toBe(true);
  });
});
