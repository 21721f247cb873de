import { describe, expect, it } from "vitest";
import { findAccessibilityViolations } from "../testing/axe.js";
import { programData } from "../testing/fixtures.js";
import type { TalkCardElement } from "../talk-card/talk-card.element.js";
import { cards, clean, example, renderList, texts, useCleanPage } from "./talk-list-test-kit.js";

useCleanPage();

type Data = Record<string, any>;
const itemOf = (data: Data, id: string) => data.items.find((item: { id: string }) => item.id === id);

/**
 * The reading group as published before: classifier-free-guidance was on 13 March (when the
 * series met in Seminar Room B), and consistency-models was not announced yet.
 */
function earlierVersion(): Data {
  const before = programData(example);
  Object.assign(itemOf(before, "classifier-free-guidance"), { start: "2026-03-13T16:00" });
  before.items = before.items.filter((item: { id: string }) => item.id !== "consistency-models");
  return before;
}

const cardOf = (list: HTMLElement, id: string) =>
  cards(list as never).find((card) => card.itemId === id) as TalkCardElement;
const change = (list: HTMLElement, id: string) =>
  clean(cardOf(list, id).shadowRoot!.querySelector('[part="change"]')?.textContent);

describe("<talk-list>: changes against a previous version", () => {
  it("marks a moved talk with its old day, time and room (the series' room that day), and a new one", async () => {
    const list = await renderList({ previousProgram: earlierVersion() });
    await expect
      .poll(() => change(list, "classifier-free-guidance"))
      .toBe("Moved was Fri 13 Mar 16:00–17:00, Seminar Room B");
    await expect.poll(() => change(list, "consistency-models")).toBe("New");
    expect(change(list, "edm")).toBeUndefined();
  });

  it("reads previous-src like src", async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(earlierVersion())], { type: "application/json" }));
    const list = await renderList({ previousSrc: url });
    await expect.poll(() => change(list, "consistency-models")).toBe("New");
  });

  it("marks a talk Cancelled when the series cancels its meeting, and keeps it listed", async () => {
    const after = programData(example);
    after.series.cancellations.push({ date: "2026-04-10", reason: "Strike" });
    const list = await renderList({ program: after, previousProgram: programData(example) });
    await expect.poll(() => change(list, "edm")).toBe("Cancelled");
    expect(cardOf(list, "edm").shadowRoot!.querySelector("article")!.classList).toContain("cancelled");
  });

  it("compares both versions with the series applied: a meeting cancelled in both marks nothing", async () => {
    const withCancellation = () => {
      const data = programData(example);
      data.series.cancellations.push({ date: "2026-04-10", reason: "Strike" });
      return data;
    };
    const list = await renderList({ program: withCancellation(), previousProgram: withCancellation() });
    await expect.poll(() => change(list, "consistency-models")).toBeUndefined();
    // Give the diff its chance to land: still nothing marked.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(cards(list).filter((card) => card.shadowRoot!.querySelector(".change"))).toEqual([]);
  });

  it("says above the talks that a previous-src it cannot read was not compared", async () => {
    const url = URL.createObjectURL(new Blob(["[1,"], { type: "application/json" }));
    const list = await renderList({ previousSrc: url });
    await expect
      .poll(() => texts(list, '[part="problems"]').join(" "))
      .toContain(`The previous version from ${url} could not be read (1 problem)`);
    expect(cards(list).length).toBeGreaterThan(5);
  });

  it("has no accessibility violations with the badges shown", async () => {
    const list = await renderList({ previousProgram: earlierVersion() });
    await expect.poll(() => change(list, "consistency-models")).toBe("New");
    expect(await findAccessibilityViolations(list)).toEqual([]);
  });
});
