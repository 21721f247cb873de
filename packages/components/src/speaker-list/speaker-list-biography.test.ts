import { afterEach, describe, expect, it } from "vitest";
import { deltaProgram, programData, programFrom } from "../testing/fixtures.js";
import { cardOf, cardText, clean, renderList } from "./speaker-list-test-kit.js";

afterEach(() => {
  document.body.replaceChildren();
});

describe("<speaker-list> biographies", () => {
  it("keeps biographies collapsed behind a real button until clicked", async () => {
    const list = await renderList();
    const card = cardOf(list, "Sitan Chen");
    const button = card.querySelector<HTMLButtonElement>("button.toggle")!;
    const biography = card.querySelector<HTMLElement>(".biography")!;
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(button.getAttribute("aria-controls")).toBe(biography.id);
    expect(biography.hidden).toBe(true);
    expect(biography.checkVisibility()).toBe(false);
  });

  it("opens and closes a biography on click, toggling aria-expanded and firing biography-toggle", async () => {
    const list = await renderList();
    const events: [string, boolean, boolean, boolean][] = [];
    list.addEventListener("biography-toggle", (event) =>
      events.push([event.personId, event.expanded, event.bubbles, event.composed]),
    );
    const card = cardOf(list, "Sitan Chen");
    const button = card.querySelector<HTMLButtonElement>("button.toggle")!;
    button.click();
    await list.updateComplete;
    expect([button.getAttribute("aria-expanded"), clean(button.textContent)]).toEqual([
      "true",
      "Hide biography (Sitan Chen)",
    ]);
    expect(cardText(card, ".biography")).toMatch(
      /^Sitan Chen is an Assistant Professor of Computer Science at Harvard University/,
    );
    expect(card.querySelector<HTMLElement>(".biography")!.checkVisibility()).toBe(true);
    button.click();
    await list.updateComplete;
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(events).toEqual([
      ["sitan-chen", true, true, true],
      ["sitan-chen", false, true, true],
    ]);
  });

  it("names the person in the biography button for screen readers", async () => {
    const list = await renderList();
    const button = cardOf(list, "Qing Qu").querySelector("button.toggle")!;
    expect(clean(button.textContent)).toBe("Show biography (Qing Qu)");
    expect(clean(button.querySelector(".visually-hidden")?.textContent)).toBe("(Qing Qu)");
  });

  it("fires no biography-toggle without a user action", async () => {
    let fired = 0;
    const list = await renderList();
    list.addEventListener("biography-toggle", () => (fired += 1));
    list.people = "all";
    await list.updateComplete;
    expect(fired).toBe(0);
  });

  it("renders a biography's paragraphs", async () => {
    const list = await renderList();
    const card = cardOf(list, "Yingbin Liang");
    card.querySelector<HTMLButtonElement>("button.toggle")!.click();
    await list.updateComplete;
    expect(card.querySelectorAll(".biography p").length).toBeGreaterThan(0);
    const data = programData(deltaProgram);
    data.people.find((person: any) => person.id === "rene-vidal").biography =
      "First paragraph with $x^2$.\n\nSecond paragraph.";
    const delta = await renderList({}, programFrom(data));
    const vidal = cardOf(delta, "René Vidal");
    vidal.querySelector<HTMLButtonElement>("button.toggle")!.click();
    await expect.poll(() => vidal.querySelector(".biography math"), { timeout: 5000 }).not.toBeNull();
    expect(vidal.querySelectorAll(".biography p")).toHaveLength(2);
  });
});
