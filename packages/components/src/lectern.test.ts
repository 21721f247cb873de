import readingGroup from "@lectern/core/examples/reading-group-2026.json";
import sigmetrics from "@lectern/core/examples/sigmetrics-2026.json";
import { describe, expect, it } from "vitest";

const jsonUrl = (data: unknown) => URL.createObjectURL(new Blob([JSON.stringify(data)], { type: "application/json" }));
const shadowText = (selector: string) =>
  document.querySelector(selector)?.shadowRoot?.textContent?.replace(/\s+/g, " ") ?? "";

// This file has a page of its own: the elements are in it before lectern.js runs, as on a
// webmaster's page, so the early fetch, the at-once and the on-first-use registration all see them.
describe("lectern.js (src/lectern.ts) on a page with one bad src (issue 18)", () => {
  it("registers every element: the good ones render, the bad one says its src is not an address", async () => {
    document.body.innerHTML = `
      <schedule-grid id="bad" src="http://["></schedule-grid>
      <schedule-grid id="good" src="${jsonUrl(sigmetrics)}" locale="en-GB"></schedule-grid>
      <talk-list id="list" src="${jsonUrl(readingGroup)}" locale="en-GB"></talk-list>`;
    await import("./lectern.js");

    await expect.poll(() => shadowText("#good"), { timeout: 10_000 }).toContain("Theory for Discrete Diffusions");
    // <talk-list> (registered on first use) shows its meetings, each talk in a card.
    await expect
      .poll(() => document.querySelector("#list")!.shadowRoot?.querySelectorAll("talk-card").length ?? 0, {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
    await expect
      .poll(() => document.querySelector("#bad")!.shadowRoot?.querySelector("[role=alert]")?.textContent ?? "")
      .toContain('"http://[" is not an address');
    for (const good of ["#good", "#list"])
      expect(document.querySelector(good)!.shadowRoot!.querySelector("[role=alert]"), good).toBeNull();
  });
});
